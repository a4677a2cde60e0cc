import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYuan, fenToYuan, isMoney, negateYuan, yuanToFen } from './money.ts';

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
