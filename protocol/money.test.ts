import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYuan, fen, fenToYuan, fromFen, isMoney, negateYuan, parseScaled, toFen, yuanToFen } from './money.ts';

describe('yuan strings on the wire', () => {
  it('fenToYuan and yuanToFen are exact inverses (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (fen) => {
      const yuan = fenToYuan(fen);
      expect(isMoney(yuan)).toBe(true);
      expect(yuanToFen(yuan)).toBe(fen);
    }));
  });

  it('formats the edge cases', () => {
    expect(fenToYuan(0n)).toBe('0.00');
    expect(fenToYuan(-5n)).toBe('-0.05');
    expect(fenToYuan(123456n)).toBe('1234.56');
    expect(negateYuan('0.00')).toBe('0.00');
    expect(addYuan('0.10', '0.20')).toBe('0.30');
  });

  it('refuses what is not two-place yuan', () => {
    for (const bad of ['1', '1.0', '1.234', '01.00', '-0', '1e2', ' 1.00', '1.00 ', '+1.00', '', '１.００']) {
      expect(isMoney(bad), bad).toBe(false);
      expect(() => yuanToFen(bad)).toThrow(RangeError);
    }
  });
});

describe('fen as a number', () => {
  it('toFen and fromFen are exact inverses over the API range (13 integer digits), and agree with the bigint forms (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -(10 ** 15 - 1), max: 10 ** 15 - 1 }), (f) => {
      const text = fromFen(f);
      expect(toFen(text)).toBe(f);
      expect(text).toBe(fenToYuan(BigInt(f)));
      expect(BigInt(toFen(text))).toBe(yuanToFen(text));
      if (f >= 0) expect(fen(text)).toBe(f);
    }));
  });

  it('toFen reads the API form (leading zeros allowed, exactly two places); fen reads fee-line amounts', () => {
    expect(toFen('012.30')).toBe(1230);
    expect(toFen('-0.05')).toBe(-5);
    expect(fromFen(toFen('-0.00'))).toBe('0.00');
    expect(fromFen(-0)).toBe('0.00');
    for (const bad of ['1', '1.0', '1.234', '+1.00', '12345678901234.00', ' 1.00', '']) expect(() => toFen(bad), bad).toThrow(RangeError);
    expect(fen('12.3')).toBe(1230);
    expect(fen('12')).toBe(1200);
    expect(parseScaled('0.8', 6)).toBe(800_000);
    for (const bad of ['-1.00', '1.234', '.', '1.', '']) expect(() => fen(bad), bad).toThrow(RangeError);
    expect(() => fromFen(0.5)).toThrow(RangeError);
    expect(() => fromFen(2 ** 53)).toThrow(RangeError);
  });

  it('the bigint forms go beyond 2^53', () => {
    const big = 10n ** 20n + 7n;
    expect(fenToYuan(big)).toBe('1000000000000000000.07');
    expect(yuanToFen(fenToYuan(-big))).toBe(-big);
  });
});
