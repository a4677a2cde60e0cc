/**
 * Money on the central link: decimal yuan strings with exactly two places ("12.34", "-0.50").
 * DESIGN.md "Money": never a binary float. Sums are done in integer fen (bigint), so
 * "0.10" + "0.20" is exactly "0.30".
 */

/** Yuan with exactly two places, optional minus, no leading zeros: "0.00", "-12.30", "1500.00". */
export const MONEY_RE = /^-?(0|[1-9][0-9]*)\.[0-9]{2}$/;

export function isMoney(value: string): boolean {
  return MONEY_RE.test(value);
}

/** "12.34" → 1234n; "-0.05" → -5n. Throws RangeError on anything that is not MONEY_RE. */
export function yuanToFen(value: string): bigint {
  if (!MONEY_RE.test(value)) throw new RangeError(`not a two-place yuan amount: ${JSON.stringify(value)}`);
  const negative = value.startsWith('-');
  const digits = (negative ? value.slice(1) : value).replace('.', '');
  const fen = BigInt(digits);
  return negative ? -fen : fen;
}

/** 1234n → "12.34"; -5n → "-0.05"; 0n → "0.00". The exact inverse of yuanToFen. */
export function fenToYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative && abs !== 0n ? '-' : ''}${yuan}.${cents}`;
}

/** Sum of yuan strings, exact. */
export function addYuan(...values: string[]): string {
  return fenToYuan(values.reduce((sum, v) => sum + yuanToFen(v), 0n));
}

/** "12.34" → "-12.34"; "0.00" stays "0.00". */
export function negateYuan(value: string): string {
  return fenToYuan(-yuanToFen(value));
}
