import { describe, expect, it } from 'vitest';
import { fromHex, hex } from '../apdu/errors.ts';
import { algorithmFor, cardFactor, cardKey, cityFactor, cryptogram, diversify, encryptEcb } from './crypto.ts';

describe('card key diversification and cryptograms (SPEC.md "Keys")', () => {
  it('uses real SM4: the GB/T 32907 example vector', () => {
    const k = fromHex('0123456789ABCDEFFEDCBA9876543210');
    expect(hex(encryptEcb('sm4', k, k))).toBe('681EDF34D206965E86B3E94F536E4246');
  });

  it('uses real two-key 3DES: equal halves degrade to single DES (FIPS 81 vector)', () => {
    // K = 0123456789ABCDEF twice → 3DES-EDE = DES; DES(0123456789ABCDEF, "Now is t") = 3FA40E8A984D4815
    const k = fromHex('0123456789ABCDEF0123456789ABCDEF');
    expect(hex(encryptEcb('3des', k, Buffer.from('Now is t')))).toBe('3FA40E8A984D4815');
  });

  it('derives factors from the card identification code', () => {
    const code = '152200D1560000050123456789ABCDEF';
    expect(hex(cityFactor(code))).toBe('152200FFFFFFFFFF');
    expect(hex(cardFactor(code))).toBe('0123456789ABCDEF');
  });

  it('diversifies per SPEC: D(K,f) = E(K, f‖~f) for SM4 and E(K,f)‖E(K,~f) for 3DES', () => {
    const master = fromHex('00112233445566778899AABBCCDDEEFF');
    const f = fromHex('152200FFFFFFFFFF');
    const notF = fromHex('EADDFF0000000000');
    expect(diversify('sm4', master, f)).toEqual(encryptEcb('sm4', master, Buffer.concat([f, notF])));
    expect(diversify('3des', master, f)).toEqual(Buffer.concat([encryptEcb('3des', master, f), encryptEcb('3des', master, notF)]));
    const k = cardKey('sm4', master, f, fromHex('0123456789ABCDEF'));
    expect(k).toEqual(diversify('sm4', diversify('sm4', master, f), fromHex('0123456789ABCDEF')));
    const x = fromHex('1122334455667788');
    expect(cryptogram('sm4', k, x)).toEqual(encryptEcb('sm4', k, Buffer.concat([x, Buffer.alloc(8)])).subarray(0, 8));
    expect(cryptogram('3des', k, x)).toEqual(encryptEcb('3des', k, x));
    expect(cryptogram('3des', k, x)).toHaveLength(8);
  });

  it('picks the algorithm by generation', () => {
    expect(algorithmFor('1.00')).toBe('3des');
    expect(algorithmFor('2.00')).toBe('3des');
    expect(algorithmFor('3.00')).toBe('sm4');
  });
});
