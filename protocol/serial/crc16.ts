/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR) — the check the
 * serial reader frame carries (README.md §Frame). The catalogue check value of the ASCII
 * string "123456789" is 0x29B1, pinned in `crc16.test.ts`.
 *
 * Written out here (16 lines) rather than pulled in as a package: it is a table-less loop over
 * at most 520 bytes a frame, and the catalogue value pins it.
 */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}
