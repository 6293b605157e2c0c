import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeResidentId, parseResidentId } from './resident-id';

const TODAY = '2026-11-23';

describe('resident ID (GB 11643)', () => {
  it('accepts the standard example and reads birth date and sex from it', () => {
    expect(parseResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      countyCode: '110105',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
    });
  });

  it('accepts a lower-case x and reads an odd sequence as male', () => {
    const id = makeResidentId('513428', '1980-02-29', 15);
    expect(parseResidentId(id.toLowerCase(), TODAY)).toMatchObject({ ok: true, sex: 'MALE', birthDate: '1980-02-29' });
  });

  it.each([
    ['11010519491231002', /18 characters, not 17/],
    ['1101051949123100XX', /17 digits followed by a digit or X/],
    ['01010519491231002X', /not a county code/],
    ['110105' + '19490231' + '0021', /19490231, which is not a real date/],
    ['110105' + '18990101' + '0021', /not possible/],
    ['110105' + '20300101' + '0021', /not possible/],
    ['110105194912310021', /check character 1, but the first 17 digits give X/],
  ])('rejects %s naming the fault', (id, fault) => {
    const check = parseResidentId(id, TODAY);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.fault).toMatch(fault);
  });

  it('detects every single mistyped digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (sequence, position, shift) => {
        const id = makeResidentId('371728', '1975-06-15', sequence);
        const digit = (Number(id[position]) + shift) % 10;
        const typo = id.slice(0, position) + digit + id.slice(position + 1);
        expect(parseResidentId(typo, TODAY).ok).toBe(false);
      }),
    );
  });

  it('round-trips every generated ID', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1920-01-01'), max: new Date('2026-01-01'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }), (date, sequence) => {
        const birthDate = date.toISOString().slice(0, 10);
        const check = parseResidentId(makeResidentId('360402', birthDate, sequence), TODAY);
        expect(check).toMatchObject({ ok: true, birthDate, countyCode: '360402', sex: sequence % 2 ? 'MALE' : 'FEMALE' });
      }),
    );
  });
});
