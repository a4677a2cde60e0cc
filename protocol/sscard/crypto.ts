/**
 * Key diversification and cryptograms of protocol/sscard/SPEC.md ("Keys"), shared by the
 * virtual card and the virtual PSAM (and usable by the driver's tests). Real SM4 (GB/T 32907,
 * `sm4-ecb`) and two-key 3DES (`des-ede3-ecb` with K‖K[0..8]), ECB, no padding.
 *
 *   D(K, f) = E(K, f ‖ ~f)             SM4  (one 16-byte block)
 *   D(K, f) = E(K, f) ‖ E(K, ~f)       3DES
 *   K1 = D(master, city factor), Kcard = D(K1, card factor)
 *   C(K, x) = first 8 bytes of E(K, x ‖ 00×8)  SM4;   E(K, x)  3DES
 *
 * city factor: EF05 tag 01 region (3 bytes BCD) ‖ FF×5, e.g. `152200FFFFFFFFFF`;
 * card factor: the last 8 bytes of EF05 tag 01.
 */
import { createCipheriv } from 'node:crypto';
import { CodecError, fromHex } from '../apdu/errors.ts';
import { parseCardIdCode, type SpecVersion } from './records.ts';

export type CardAlgorithm = 'sm4' | '3des';

/** PSAM dialect algorithm byte (`801A <keyId> <alg>`): 01 SM4, 02 3DES. */
export const ALGORITHM_CODE: Readonly<Record<CardAlgorithm, number>> = { sm4: 0x01, '3des': 0x02 };

/** Key ids in the card's key file and in the PSAM. */
export const KEY_ID = { RKSSSE: 0x01, IKSSSE: 0x02 } as const;

/** 1.00 and 2.00 cards use 3DES, 3.00 cards SM4 (SPEC.md "Generations"). */
export function algorithmFor(version: SpecVersion): CardAlgorithm {
  return version === '3.00' ? 'sm4' : '3des';
}

function assertLength(what: string, buf: Uint8Array, length: number): void {
  if (buf.length !== length) throw new CodecError(`${what} must be ${length} bytes, got ${buf.length}`);
}

/** One ECB encryption without padding; `data` is a whole number of blocks. */
export function encryptEcb(alg: CardAlgorithm, key: Uint8Array, data: Uint8Array): Buffer {
  assertLength('key', key, 16);
  const k = Buffer.from(key);
  const cipher =
    alg === 'sm4' ? createCipheriv('sm4-ecb', k, null) : createCipheriv('des-ede3-ecb', Buffer.concat([k, k.subarray(0, 8)]), null);
  cipher.setAutoPadding(false);
  const block = alg === 'sm4' ? 16 : 8;
  if (data.length % block !== 0) throw new CodecError(`${alg} ECB takes whole ${block}-byte blocks, got ${data.length} bytes`);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

const not = (b: Uint8Array): Buffer => Buffer.from(Array.from(b, (x) => ~x & 0xff));

/** D(K, f) of SPEC.md: a 16-byte child key from a 16-byte key and an 8-byte factor. */
export function diversify(alg: CardAlgorithm, key: Uint8Array, factor: Uint8Array): Buffer {
  assertLength('factor', factor, 8);
  if (alg === 'sm4') return encryptEcb('sm4', key, Buffer.concat([factor, not(factor)]));
  return Buffer.concat([encryptEcb('3des', key, factor), encryptEcb('3des', key, not(factor))]);
}

/** C(K, x) of SPEC.md: the 8-byte cryptogram of 8 bytes x. */
export function cryptogram(alg: CardAlgorithm, key: Uint8Array, x: Uint8Array): Buffer {
  assertLength('cryptogram input', x, 8);
  if (alg === 'sm4') return encryptEcb('sm4', key, Buffer.concat([x, Buffer.alloc(8)])).subarray(0, 8);
  return encryptEcb('3des', key, x);
}

/** `152200D156000005…` → `152200FFFFFFFFFF`. */
export function cityFactor(cardIdCode: string): Buffer {
  const { region } = parseCardIdCode(cardIdCode);
  return Buffer.concat([fromHex(region), Buffer.alloc(5, 0xff)]);
}

/** The last 8 bytes of the card identification code. */
export function cardFactor(cardIdCode: string): Buffer {
  return fromHex(parseCardIdCode(cardIdCode).unique);
}

/** Kcard = D(D(master, city factor), card factor). */
export function cardKey(alg: CardAlgorithm, master: Uint8Array, city: Uint8Array, card: Uint8Array): Buffer {
  return diversify(alg, diversify(alg, master, city), card);
}
