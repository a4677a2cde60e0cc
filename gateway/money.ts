/**
 * Money on the wire is a decimal string with exactly two places ("12.34"); inside, sums are
 * integer fen (DESIGN.md "Money"). These two conversions are the only place that crosses.
 */
const MONEY = /^(-)?(\d{1,13})\.(\d{2})$/;

export function isMoney(s: unknown): s is string {
  return typeof s === 'string' && MONEY.test(s);
}

/** "12.34" → 1234. Throws a TypeError on anything that is not a two-place decimal string. */
export function toFen(s: string): number {
  const m = MONEY.exec(s);
  if (!m) throw new TypeError(`not a money string with two places: ${JSON.stringify(s)}`);
  const v = Number(m[2]) * 100 + Number(m[3]);
  return m[1] ? -v : v;
}

/** 1234 → "12.34"; -5 → "-0.05". */
export function fromFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new TypeError(`not a whole number of fen: ${fen}`);
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
