/**
 * The historical bytes of an answer to reset (ISO/IEC 7816-3 §8.2): the reader-DLL string's
 * "card reset information" field carries them.
 *
 *   3B 6F 00 00 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00
 *   TS T0=6F: K = 15 historical bytes, TB1 TC1 present (Y1 = 6) → `00 00` are TB1 TC1,
 *   historical = 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00
 */
export function atrHistoricalBytes(atr: Uint8Array): Buffer {
  const bytes = Buffer.from(atr);
  if (bytes.length < 2) return Buffer.alloc(0);
  const t0 = bytes[1]!;
  const k = t0 & 0x0f;
  let y = t0 >> 4;
  let at = 2;
  // walk the interface bytes TA_i TB_i TC_i TD_i; TD_i announces the next group
  for (;;) {
    const hasTd = (y & 0x8) !== 0;
    at += ((y & 0x1) !== 0 ? 1 : 0) + ((y & 0x2) !== 0 ? 1 : 0) + ((y & 0x4) !== 0 ? 1 : 0);
    if (!hasTd) break;
    const td = bytes[at];
    if (td === undefined) return Buffer.alloc(0);
    at += 1;
    y = td >> 4;
  }
  return Buffer.from(bytes.subarray(at, Math.min(at + k, bytes.length)));
}
