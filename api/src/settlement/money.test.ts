import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRate, formatYuan, halfUpBp, halfUpFraction } from './money';

const MAX = Number.MAX_SAFE_INTEGER;

describe('halfUpBp: floor((x × bp + 5000) / 10000) exactly, even where x × bp passes 2^53', () => {
  it('rounds half up', () => {
    expect(halfUpBp(2250625, 7000)).toBe(1575438); // 1,575,437.5 -> up (case 02's assistance)
    expect(halfUpBp(1, 5000)).toBe(1); // 0.5 -> 1
    expect(halfUpBp(1, 4999)).toBe(0); // 0.4999 -> 0
    expect(halfUpBp(3, 1666)).toBe(0); // 0.4998 -> 0
    expect(halfUpBp(12345, 0)).toBe(0);
    expect(halfUpBp(12345, 10000)).toBe(12345);
  });

  it('is exact for amounts of 10^12 fen and beyond', () => {
    expect(halfUpBp(1_000_000_000_000, 6500)).toBe(650_000_000_000);
    expect(halfUpBp(999_999_999_999, 6555)).toBe(655_499_999_999); // 655,499,999,999.3445
    expect(halfUpBp(MAX, 10000)).toBe(MAX);
    expect(halfUpBp(MAX, 5000)).toBe(4503599627370496); // 4,503,599,627,370,495.5 -> up
    // the naive float formula is off here: MAX × 3333 is not representable
    expect(halfUpBp(MAX, 3333)).toBe(Number((BigInt(MAX) * 3333n + 5000n) / 10000n));
  });

  it('matches a BigInt reference for every safe amount and rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 0, max: 10000 }), (x, bp) => {
        expect(BigInt(halfUpBp(x, bp))).toBe((BigInt(x) * BigInt(bp) + 5000n) / 10000n);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('halfUpFraction: round_half_up(x × days / daysInMonth)', () => {
  it('prorates a monthly standard', () => {
    expect(halfUpFraction(350000, 21, 30)).toBe(245000);
    expect(halfUpFraction(100, 1, 8 * 3 + 4)).toBe(4); // 3.571… -> 4
    expect(halfUpFraction(1, 1, 2 * 15)).toBe(0); // 0.033…
    expect(halfUpFraction(15, 1, 30)).toBe(1); // 0.5 -> 1
    expect(halfUpFraction(14, 1, 28)).toBe(1); // 0.5 -> 1
  });

  it('matches a BigInt reference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX }),
        fc.integer({ min: 28, max: 31 }).chain((dim) => fc.tuple(fc.constant(dim), fc.integer({ min: 0, max: dim }))),
        (x, [daysInMonth, days]) => {
          const reference = (2n * BigInt(x) * BigInt(days) + BigInt(daysInMonth)) / (2n * BigInt(daysInMonth));
          expect(BigInt(halfUpFraction(x, days, daysInMonth))).toBe(reference);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatYuan', () => {
  it('writes yuan with thousands separators and two decimals', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(50)).toBe('0.50');
    expect(formatYuan(100)).toBe('1.00');
    expect(formatYuan(2133250)).toBe('21,332.50');
    expect(formatYuan(6047500)).toBe('60,475.00');
    expect(formatYuan(100000)).toBe('1,000.00');
    expect(formatYuan(100_000_000_000_000)).toBe('1,000,000,000,000.00');
    expect(formatYuan(-8700000)).toBe('-87,000.00');
    expect(formatYuan(-5)).toBe('-0.05');
    expect(formatYuan(MAX)).toBe('90,071,992,547,409.91');
    expect(formatYuan(123456789012345678901234567890n)).toBe('1,234,567,890,123,456,789,012,345,678.90');
    expect(formatYuan(-1234n)).toBe('-12.34');
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
    expect(() => formatYuan(2 ** 53)).toThrow(RangeError);
  });

  it('agrees with BigInt locale formatting for any safe amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX, max: MAX }), (fen) => {
        const magnitude = BigInt(fen < 0 ? -fen : fen);
        const expected = `${fen < 0 ? '-' : ''}${(magnitude / 100n).toLocaleString('en-US')}.${String(magnitude % 100n).padStart(2, '0')}`;
        expect(formatYuan(fen)).toBe(expected);
        expect(formatYuan(BigInt(fen))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatRate', () => {
  it('writes basis points as a percentage without trailing zeros', () => {
    expect(formatRate(7000)).toBe('70%');
    expect(formatRate(7250)).toBe('72.5%');
    expect(formatRate(6525)).toBe('65.25%');
    expect(formatRate(5)).toBe('0.05%');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(10000)).toBe('100%');
  });
});
