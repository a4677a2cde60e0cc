/**
 * ATRs of the virtual cards (protocol/sscard/SPEC.md "Card behaviour details", ISO/IEC 7816-3 §8).
 *
 *   T=0: 3B 6C 00 00 <12 historical bytes>                 TS, T0 (TB1 TC1, K=12), TB1, TC1
 *   T=1: 3B EC 00 00 81 31 FE 45 <historical> <TCK>          TD1=81 → T=1; TD2=31 → TA3 FE, TB3 45
 * Historical bytes of a card: "SSC" + generation digit + the 8 card-unique bytes.
 */
import type { SpecVersion } from '../../protocol/sscard/records.ts';

export type CardProtocol = 'T=0' | 'T=1';

export function buildAtr(protocol: CardProtocol, historical: Uint8Array): Buffer {
  if (historical.length > 15) throw new RangeError('at most 15 historical bytes');
  const k = historical.length;
  if (protocol === 'T=0') return Buffer.concat([Buffer.from([0x3b, 0x60 | k, 0x00, 0x00]), historical]);
  const body = Buffer.concat([Buffer.from([0xe0 | k, 0x00, 0x00, 0x81, 0x31, 0xfe, 0x45]), historical]);
  let tck = 0;
  for (const b of body) tck ^= b;
  return Buffer.concat([Buffer.from([0x3b]), body, Buffer.from([tck])]);
}

export function cardHistoricalBytes(version: SpecVersion, unique: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`SSC${version[0]}`, 'latin1'), unique]);
}

/** The historical bytes of an ATR built by `buildAtr` (for the reader-DLL string). */
export function historicalBytes(atr: Uint8Array): Buffer {
  const t0 = atr[1] ?? 0;
  const k = t0 & 0x0f;
  const start = (t0 & 0x80) !== 0 ? 8 : 4;
  return Buffer.from(atr.subarray(start, start + k));
}
