import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from './audit-key.ts';

describe('the audit chain\'s HMAC', () => {
  it('is exactly HMAC-SHA-256 (node:crypto createHmac), for any text and for keys longer than a block', () => {
    for (const len of [32, 64, 65, 100]) {
      const key = { key: randomBytes(len), keyedFrom: 1, file: null };
      for (const text of ['', 'a', '0'.repeat(64) + '\n[1,"2026-12-03","收款员","settle","S1",{}]', 'x'.repeat(10_000)]) {
        expect(hmacSha256Hex(key, text)).toBe(createHmac('sha256', key.key).update(text).digest('hex'));
      }
    }
  });
});
