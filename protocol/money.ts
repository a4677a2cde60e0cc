/**
 * Money, the one module (DESIGN.md "Money", STYLE.md item 13): decimal yuan strings with two
 * places on every wire — the HIS API, the national interface, the central link ("12.34",
 * "-0.05") — and integer fen inside: a JS number in the engine and the services (exact below
 * 2^53), a bigint where the central link sums without bound. Never a binary float.
 *
 * gateway/engine/fixed.ts (ratios, half-up rounding) re-exports `parseScaled`, `fen` and
 * `yuan`; protocol/center re-exports the bigint forms. Two string forms are accepted:
 * - the API form `toFen` reads (the HIS API's MONEY schema: optional minus, 1–13 integer
 *   digits, exactly two places, leading zeros allowed), and
 * - the canonical form every formatter here writes and the central link requires
 *   (`MONEY_RE`: no leading zeros, no "-0.00").
 * Invalid input throws a RangeError.
 */

// ---- decimal strings (money, and the national interface's cnt (16,4) and pric (16,6)) ----

/**
 * Parses a non-negative decimal string with at most `places` fraction digits into an
 * integer scaled by 10^places: parseScaled("0.80", 2) = 80, parseScaled("100", 4) = 1000000,
 * parseScaled("0.8", 6) = 800000. The caller has checked the format (JSON Schema pattern);
 * this only refuses values that are not safe integers once scaled.
 */
export function parseScaled(text: string, places: number): number {
  // One pass over the characters (this runs several times per fee line).
  let n = 0;
  let frac = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */ && frac < 0) {
      frac = 0;
      continue;
    }
    if (c < 48 || c > 57) throw new RangeError(`not a decimal: ${text}`);
    if (frac >= 0 && ++frac > places) throw new RangeError(`more than ${places} decimal places: ${text}`);
    n = n * 10 + (c - 48);
  }
  if (text.length === 0 || frac === 0) throw new RangeError(`not a decimal: ${text}`);
  for (let k = frac < 0 ? 0 : frac; k < places; k++) n *= 10;
  if (!Number.isSafeInteger(n)) throw new RangeError(`out of range: ${text}`);
  return n;
}

// ---- fen as a number ----------------------------------------------------------------

/** The HIS API's money string (gateway/api/schemas.ts MONEY): "12.34", "-0.50", "012.00". */
const API_MONEY = /^(-)?(\d{1,13})\.(\d{2})$/;

/** An API money string → fen: "12.34" → 1234, "-0.05" → -5. */
export function toFen(s: string): number {
  const m = API_MONEY.exec(s);
  if (!m) throw new RangeError(`not a money string with two places: ${JSON.stringify(s)}`);
  const v = Number(m[2]) * 100 + Number(m[3]);
  return m[1] ? -v : v;
}

/** A non-negative amount with up to two places, as the engine reads fee lines: "12.34", "12.3", "12" → fen. */
export function fen(text: string): number {
  return parseScaled(text, 2);
}

/** fen → the canonical string: 1234 → "12.34", -5 → "-0.05", 0 and -0 → "0.00". */
export function fromFen(f: number): string {
  if (f === 0) return '0.00';
  if (!Number.isSafeInteger(f)) throw new RangeError(`not a whole number of fen: ${f}`);
  const neg = f < 0;
  const a = neg ? -f : f;
  const r = a % 100;
  return `${neg ? '-' : ''}${(a - r) / 100}.${r < 10 ? '0' : ''}${r}`;
}

// ---- fen as a bigint (the central link) -----------------------------------------------

/** The canonical form: two places, optional minus, no leading zeros: "0.00", "-12.30", "1500.00". */
export const MONEY_RE = /^-?(0|[1-9][0-9]*)\.[0-9]{2}$/;

export function isMoney(value: string): boolean {
  return MONEY_RE.test(value);
}

/** "12.34" → 1234n; "-0.05" → -5n. Only the canonical form (MONEY_RE). */
export function yuanToFen(value: string): bigint {
  if (!MONEY_RE.test(value)) throw new RangeError(`not a two-place yuan amount: ${JSON.stringify(value)}`);
  const negative = value.startsWith('-');
  const digits = (negative ? value.slice(1) : value).replace('.', '');
  const f = BigInt(digits);
  return negative ? -f : f;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** 1234n → "12.34"; -5n → "-0.05"; 0n → "0.00". The exact inverse of yuanToFen; fromFen's output where both apply. */
export function fenToYuan(f: bigint): string {
  if (f <= MAX_SAFE && f >= -MAX_SAFE) return fromFen(Number(f));
  const negative = f < 0n;
  const abs = negative ? -f : f;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Sum of yuan strings, exact. */
export function addYuan(...values: string[]): string {
  return fenToYuan(values.reduce((sum, v) => sum + yuanToFen(v), 0n));
}

/** "12.34" → "-12.34"; "0.00" stays "0.00". */
export function negateYuan(value: string): string {
  return fenToYuan(-yuanToFen(value));
}
