/**
 * Fixed-point arithmetic for the engine (DESIGN.md "Money", STYLE.md item 13).
 *
 * Money inside the engine is an integer number of fen (0.01 yuan); quantities are integers
 * of 1/10,000 (the national interface's `cnt` is (16,4)), unit prices integers of 1/1,000,000
 * (`pric` is (16,6)), ratios integers of basis points (1/100 of a percentage point).
 * Every product is computed exactly on integers — as a JS number while it stays below 2^53,
 * otherwise as a BigInt — and rounded half-up once, where benefit-rules.md says.
 * No binary fraction ever touches an amount.
 */

export const SAFE = Number.MAX_SAFE_INTEGER;

// Decimal strings and fen ↔ yuan live in the one money module; the engine keeps its names.
export { parseScaled, fen, fromFen as yuan } from '../../protocol/money.ts';

/** Integer x (≥ 0) divided by 10^k, rounded half-up: divHalfUp(12345, 2) = 123. */
function divPow10HalfUp(x: number, divisor: number): number {
  const t = x + divisor / 2;
  const r = t % divisor;
  return (t - r) / divisor;
}

function divPow10HalfUpBig(x: bigint, divisor: bigint): number {
  const q = (x + divisor / 2n) / divisor;
  const n = Number(q);
  if (!Number.isSafeInteger(n)) throw new RangeError('amount out of range');
  return n;
}

/**
 * a × b / divisor, rounded half-up, for non-negative integers a, b and a power of ten
 * divisor. Exact: the product is formed on integers (BigInt when it would pass 2^53).
 */
export function mulDivHalfUp(a: number, b: number, divisor: number): number {
  const p = a * b;
  if (p <= SAFE - divisor) return divPow10HalfUp(p, divisor);
  return divPow10HalfUpBig(BigInt(a) * BigInt(b), BigInt(divisor));
}

/** amount (fen) × ratio (basis points) rounded half-up to the fen: pct(12345, 5500) = 6790 (123.45 × 55 % = 67.8975 → 67.90). */
export function pct(amountFen: number, bp: number): number {
  return mulDivHalfUp(amountFen, bp, 10_000);
}

/** Half of an amount, rounded half-up to the fen: half(10005) = 5003 (100.05 / 2 = 50.025 → 50.03). */
export function half(amountFen: number): number {
  return mulDivHalfUp(amountFen, 5, 10);
}

/** Percentage points (e.g. 55 or 62.5) → basis points (5500, 6250). */
export function percentToBp(percent: number): number {
  const bp = Math.round(percent * 100);
  if (Math.abs(bp - percent * 100) > 1e-6) throw new RangeError(`ratio with more than 2 decimals: ${percent}`);
  return bp;
}

/** Basis points → the national interface's (5,4) ratio: 5500 → "0.5500". */
export function ratioText(bp: number): string {
  const r = bp % 10_000;
  return `${(bp - r) / 10_000}.${String(r).padStart(4, '0')}`;
}

/** Basis points → a percentage for people: 5500 → "55%", 6250 → "62.5%". */
export function percentText(bp: number): string {
  return `${bp / 100}%`;
}
