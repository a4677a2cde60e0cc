import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { canonicalHash, canonicalJson } from './canonical.ts';

/** The first definition, whose hashes are stored in existing databases. */
function sortedCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedCopy);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedCopy((v as Record<string, unknown>)[k])]));
  return v;
}

describe('canonical request fingerprint', () => {
  it('is the same text as JSON.stringify of a key-sorted copy, for any JSON value (stored fingerprints stay valid)', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(canonicalJson(v)).toBe(JSON.stringify(sortedCopy(v)));
      expect(canonicalHash(v)).toBe(createHash('sha256').update(JSON.stringify(sortedCopy(v))).digest('hex'));
    }), { numRuns: 2000 });
  });

  it('ignores key order and leaves out undefined fields, as JSON does', () => {
    expect(canonicalJson({ b: 2, a: [1, { d: 1, c: undefined }] })).toBe('{"a":[1,{"d":1}],"b":2}');
    expect(canonicalHash({ a: 1, b: 2 })).toBe(canonicalHash({ b: 2, a: 1 }));
    expect(canonicalJson([undefined])).toBe(JSON.stringify([undefined]));
    expect(canonicalJson({ b: 1, 10: 2, 9: 3 })).toBe('{"9":3,"10":2,"b":1}');
  });
});
