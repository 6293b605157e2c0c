import { GraphQLError } from 'graphql';

/** Fen a JS number can hold exactly; anything larger is refused rather than rounded. */
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/** Integer fen → decimal yuan string with two decimals ("12345.67", "-0.05"), by integer arithmetic only. */
export function fenToYuan(fen: number | bigint | string): string {
  const value = BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

const YUAN_PATTERN = /^(-)?(\d{1,16})(?:\.(\d{1,2}))?$/;

/**
 * Decimal yuan string → integer fen, exactly. Refuses more than two decimals (no silent rounding of
 * money), exponents, thousands separators and amounts beyond what is exactly representable.
 */
export function yuanToFen(text: string): number {
  const match = YUAN_PATTERN.exec(text.trim());
  if (!match) {
    throw new GraphQLError(
      `"${text}" is not an amount in yuan with at most two decimals, e.g. "12345.67". 金额格式应为最多两位小数的元ï¼例如 "12345.67"。`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  const [, minus, whole, decimals = ''] = match;
  const fen = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (fen > MAX_FEN) throw new GraphQLError(`${text} is too large. 金额过大。`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(minus ? -fen : fen);
}
