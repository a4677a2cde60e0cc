/**
 * The fingerprint of a request body, for idempotency: SHA-256 over JSON with object keys
 * sorted at every level, so `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same request.
 *
 * The stored fingerprints were made as `JSON.stringify` of a key-sorted copy; `canonicalJson`
 * writes that same text in one pass, without building the copy (same output for every JSON
 * value: keys sorted by UTF-16 code units, keys with undefined values left out of objects,
 * undefined in arrays written as null — as JSON.stringify does). One quirk is kept on purpose:
 * a JavaScript object lists array-index keys ("0", "17") first, in numeric order, so the
 * sorted copy did too — `{"b":1,"10":2,"9":3}` was fingerprinted as `{"9":3,"10":2,"b":1}`.
 */
import { hash } from 'node:crypto';

/** "0", "17", …, "4294967294": the keys an object enumerates first, in numeric order (ECMA-262 OrdinaryOwnPropertyKeys). */
function isArrayIndex(k: string): boolean {
  return /^(0|[1-9][0-9]{0,9})$/.test(k) && Number(k) < 4294967295;
}

function keyOrder(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  const indices = keys.filter(isArrayIndex);
  if (indices.length === 0) return keys.sort();
  return [...indices.sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isArrayIndex(k)).sort()];
}

export function canonicalJson(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return canonicalJson((v as { toJSON: () => unknown }).toJSON());
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(v[i]) ?? 'null';
    }
    return `${out}]`;
  }
  const record = v as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const k of keyOrder(record)) {
    const value = canonicalJson(record[k]);
    if (value === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${value}`;
    first = false;
  }
  return `${out}}`;
}

export function canonicalHash(value: unknown): string {
  return hash('sha256', canonicalJson(value) ?? 'undefined', 'hex');
}
