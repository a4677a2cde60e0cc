/**
 * protobufjs decodes int64/uint64 fields to `Long` objects when the `long` package is
 * present (it is a dependency of protobufjs). Our 64-bit fields — Unix milliseconds and
 * cursors — stay far below 2^53, so they are plain numbers in code.
 */
interface LongLike {
  toNumber(): number;
}

export function toNumber(value: number | LongLike | null | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  const n = value.toNumber();
  if (!Number.isSafeInteger(n)) throw new RangeError(`64-bit value ${String(value)} exceeds 2^53`);
  return n;
}
