// Exact money arithmetic on integer fen and basis points. Only integer operations whose results stay
// within Number.MAX_SAFE_INTEGER, so every amount a JS number can hold exactly is computed exactly.

const BP_PER_UNIT = 10000;

/**
 * half_up(x × bp) of DOMAIN.md §5: floor((x × bp + 5000) / 10000), for 0 ≤ x ≤ MAX_SAFE_INTEGER and
 * 0 ≤ bp ≤ 10000. x × bp itself can pass 2^53, so x is split as q·10000 + r and only q·bp (≤ x)
 * and r·bp (< 10^8) are ever formed.
 */
export function halfUpBp(x: number, bp: number): number {
  const r = x % BP_PER_UNIT;
  const q = (x - r) / BP_PER_UNIT;
  const t = r * bp + 5000;
  return q * bp + (t - (t % BP_PER_UNIT)) / BP_PER_UNIT;
}

/**
 * round_half_up(x × numerator / denominator) for 0 ≤ numerator ≤ denominator ≤ 31 (days of a month):
 * x is split by the denominator so no product exceeds x.
 */
export function halfUpFraction(x: number, numerator: number, denominator: number): number {
  const r = x % denominator;
  const q = (x - r) / denominator;
  const twice = 2 * r * numerator + denominator;
  const twiceDenominator = 2 * denominator;
  return q * numerator + (twice - (twice % twiceDenominator)) / twiceDenominator;
}

export function isFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** "12,345.67" for 1234567 fen; "-0.05" for -5. Integer arithmetic on the fen, never a float. */
export function formatYuan(fen: number | bigint): string {
  if (typeof fen === 'bigint') return formatYuanDigits(fen < 0n ? String(-fen) : String(fen), fen < 0n);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatYuan needs an integer number of fen, got ${fen}`);
  const negative = fen < 0;
  const magnitude = negative ? -fen : fen;
  const cents = magnitude % 100;
  let yuan = (magnitude - cents) / 100;
  let text = '.' + PADDED[cents].slice(1);
  while (yuan >= 1000) {
    const group = yuan % 1000;
    yuan = (yuan - group) / 1000;
    text = ',' + PADDED[group] + text;
  }
  text = PLAIN[yuan] + text;
  return negative ? '-' + text : text;
}

// Texts are rendered by the dozen per settlement: look the digit groups up rather than convert them.
const PLAIN = Array.from({ length: 1000 }, (_, i) => String(i));
const PADDED = PLAIN.map((digits) => digits.padStart(3, '0'));

/** The same from the decimal digits of a magnitude, for bigint amounts beyond Number.MAX_SAFE_INTEGER. */
function formatYuanDigits(digits: string, negative: boolean): string {
  const padded = digits.padStart(3, '0');
  const yuan = padded.slice(0, -2);
  let grouped = yuan.slice(0, ((yuan.length - 1) % 3) + 1);
  for (let i = grouped.length; i < yuan.length; i += 3) grouped += ',' + yuan.slice(i, i + 3);
  return (negative ? '-' : '') + grouped + '.' + padded.slice(-2);
}

/** "70%", "72.5%", "0.05%" for 7000, 7250, 5 bp. */
export function formatRate(bp: number): string {
  const hundredths = bp % 100;
  const whole = (bp - hundredths) / 100;
  if (hundredths === 0) return `${whole}%`;
  const fraction = String(hundredths).padStart(2, '0').replace(/0$/, '');
  return `${whole}.${fraction}%`;
}
