import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardNumberCheckChar,
  CheckCharacterError,
  idNumberBirthDate,
  idNumberCheckChar,
  idNumberSex,
  isValidCardNumber,
  isValidIdNumber,
  makeCardNumber,
  makeIdNumber,
} from './check-chars.ts';

describe('check characters', () => {
  it('computes the worked examples in the module comment', () => {
    expect(makeCardNumber('A1234567')).toBe('A12345674');
    expect(makeIdNumber('11010519491231002')).toBe('11010519491231002X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(idNumberBirthDate('11010519491231002X')).toBe('19491231');
    expect(idNumberSex('11010519491231002X')).toBe('2');
  });

  it('maps 10 to X and 11 to 0 on card numbers', () => {
    const bodies = fc.sample(fc.stringMatching(/^[0-9A-Z]{8}$/), 2000);
    const checks = new Set(bodies.map(cardNumberCheckChar));
    expect(checks.has('X')).toBe(true);
    expect(checks.has('0')).toBe(true);
    expect([...checks].every((c) => /^[0-9X]$/.test(c))).toBe(true);
  });

  it('generated numbers validate, and any single-character change is caught', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{8}$/), fc.integer({ min: 0, max: 8 }), fc.constantFrom(...'0123456789X'), (body, at, ch) => {
        const n = makeCardNumber(body);
        expect(isValidCardNumber(n)).toBe(true);
        const changed = n.slice(0, at) + ch + n.slice(at + 1);
        if (at === 8 && changed !== n) expect(isValidCardNumber(changed)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{17}$/), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const id = makeIdNumber(body);
        expect(isValidIdNumber(id)).toBe(true);
        const digit = (Number(id[at]) + delta) % 10;
        expect(isValidIdNumber(id.slice(0, at) + String(digit) + id.slice(at + 1))).toBe(false);
      }),
    );
  });

  it('refuses malformed bodies with a typed error and malformed numbers with false', () => {
    expect(() => cardNumberCheckChar('a1234567')).toThrow(CheckCharacterError);
    expect(() => idNumberCheckChar('1234')).toThrow(CheckCharacterError);
    expect(isValidCardNumber('A1234567')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
  });
});
