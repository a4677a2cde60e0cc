import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen, half, mulDivHalfUp, parseScaled, pct, ratioText, yuan } from './fixed.ts';

describe('fixed-point money', () => {
  it('parses and prints as exact inverses', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (f) => {
      expect(fen(yuan(f))).toBe(f);
    }));
    expect(fen('12.3')).toBe(1230);
    expect(fen('12')).toBe(1200);
    expect(yuan(5)).toBe('0.05');
    expect(parseScaled('0.8', 6)).toBe(800_000);
  });

  it('rounds half-up once: 123.45 × 55 % = 67.8975 → 67.90; 1,000.10 × 55 % = 550.055 → 550.06', () => {
    expect(pct(12_345, 5_500)).toBe(6_790);
    expect(pct(100_010, 5_500)).toBe(55_006);
    expect(half(10_005)).toBe(5_003);
    expect(ratioText(5_500)).toBe('0.5500');
  });

  it('agrees with BigInt arithmetic beyond 2^53', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e15 }), fc.integer({ min: 0, max: 1e15 }), (a, b) => {
      const exact = (BigInt(a) * BigInt(b) + 50_000_000n) / 100_000_000n;
      if (exact > BigInt(Number.MAX_SAFE_INTEGER)) expect(() => mulDivHalfUp(a, b, 100_000_000)).toThrow(RangeError);
      else expect(mulDivHalfUp(a, b, 100_000_000)).toBe(Number(exact));
    }));
  });
});
