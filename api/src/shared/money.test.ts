import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fenToYuan, yuanToFen } from './money';

describe('money on the wire', () => {
  it('writes fen as yuan with two decimals, beyond 2^31 and 2^53 fen', () => {
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(-5)).toBe('-0.05');
    expect(fenToYuan(1234567)).toBe('12345.67');
    expect(fenToYuan(2 ** 31 + 1)).toBe('21474836.49');
    expect(fenToYuan(12345678901234567890n)).toBe('123456789012345678.90');
  });

  it('reads yuan exactly, with zero, one or two decimals', () => {
    expect(yuanToFen('12345.67')).toBe(1234567);
    expect(yuanToFen('12345.6')).toBe(1234560);
    expect(yuanToFen('12345')).toBe(1234500);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('-3.05')).toBe(-305);
  });

  it.each(['1.005', '1e5', '1,000.00', 'abc', '', '.5', '99999999999999999'])('refuses %j instead of rounding it', (text) => {
    expect(() => yuanToFen(text)).toThrow(/yuan with at most two decimals|too large/);
  });

  it('round-trips every safe amount', () => {
    fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (fen) => {
      expect(yuanToFen(fenToYuan(fen))).toBe(fen);
    }));
  });
});
