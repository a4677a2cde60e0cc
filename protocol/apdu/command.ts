/**
 * Command APDU codec — ISO/IEC 7816-3:2006 §12.1.3 (the four cases, short and extended).
 *
 *   case 1   CLA INS P1 P2                                  `00 44 00 00` (activate file)
 *   case 2S  CLA INS P1 P2 Le                               `00 84 00 00 08` get challenge
 *   case 3S  CLA INS P1 P2 Lc data                          `00 A4 02 00 02 EF05` select EF05
 *   case 4S  CLA INS P1 P2 Lc data Le                       `00 A4 04 00 06 D15600000590 00`
 *   case 2E  CLA INS P1 P2 00 Le1 Le2                       Le `0000` means 65536
 *   case 3E  CLA INS P1 P2 00 Lc1 Lc2 data                  Lc 1..65535
 *   case 4E  CLA INS P1 P2 00 Lc1 Lc2 data Le1 Le2
 *
 * Short Le `00` means 256. The decoder follows the standard's length rules exactly, so every
 * byte string is either one case or malformed, and `encode(decode(b))` gives `b` back.
 */
import { ApduFormatError, hex } from './errors.ts';

export interface CommandApdu {
  readonly cla: number;
  readonly ins: number;
  readonly p1: number;
  readonly p2: number;
  /** Command data (Nc bytes); empty for cases 1 and 2. */
  readonly data: Buffer;
  /** Ne, the maximum number of response bytes expected (1..256 short, 1..65536 extended); absent for cases 1 and 3. */
  readonly le?: number | undefined;
  /** Extended length fields. When absent, the encoder uses short fields whenever they fit. */
  readonly extended?: boolean | undefined;
}

export type ApduCase = '1' | '2S' | '3S' | '4S' | '2E' | '3E' | '4E';

function checkByte(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) {
    throw new ApduFormatError(`${name} must be a byte, got ${value}`);
  }
}

/** The case the command takes when encoded. */
export function apduCase(apdu: CommandApdu): ApduCase {
  const nc = apdu.data.length;
  const ne = apdu.le;
  const needsExtended = nc > 255 || (ne !== undefined && ne > 256);
  const extended = apdu.extended ?? needsExtended;
  if (!extended && needsExtended) {
    throw new ApduFormatError(`Nc=${nc} / Ne=${ne} do not fit short length fields`);
  }
  if (nc > 65535) throw new ApduFormatError(`Nc=${nc} exceeds 65535`);
  if (ne !== undefined && (!Number.isInteger(ne) || ne < 1 || ne > 65536)) {
    throw new ApduFormatError(`Ne must be 1..65536, got ${ne}`);
  }
  if (nc === 0 && ne === undefined) {
    if (apdu.extended) throw new ApduFormatError('case 1 has no length fields and cannot be extended');
    return '1';
  }
  const suffix = extended ? 'E' : 'S';
  if (nc === 0) return `2${suffix}`;
  return ne === undefined ? `3${suffix}` : `4${suffix}`;
}

export function encodeCommand(apdu: CommandApdu): Buffer {
  checkByte('CLA', apdu.cla);
  checkByte('INS', apdu.ins);
  checkByte('P1', apdu.p1);
  checkByte('P2', apdu.p2);
  const kind = apduCase(apdu);
  const header = Buffer.from([apdu.cla, apdu.ins, apdu.p1, apdu.p2]);
  const nc = apdu.data.length;
  const ne = apdu.le ?? 0;
  const shortLe = Buffer.from([ne === 256 ? 0 : ne]);
  const extLe = Buffer.from([(ne === 65536 ? 0 : ne) >> 8, (ne === 65536 ? 0 : ne) & 0xff]);
  switch (kind) {
    case '1':
      return header;
    case '2S':
      return Buffer.concat([header, shortLe]);
    case '3S':
      return Buffer.concat([header, Buffer.from([nc]), apdu.data]);
    case '4S':
      return Buffer.concat([header, Buffer.from([nc]), apdu.data, shortLe]);
    case '2E':
      return Buffer.concat([header, Buffer.from([0]), extLe]);
    case '3E':
      return Buffer.concat([header, Buffer.from([0, nc >> 8, nc & 0xff]), apdu.data]);
    case '4E':
      return Buffer.concat([header, Buffer.from([0, nc >> 8, nc & 0xff]), apdu.data, extLe]);
    default: {
      const never: never = kind;
      throw new ApduFormatError(`unknown case ${String(never)}`);
    }
  }
}

/** Decodes one command APDU; every byte must belong to it. */
export function decodeCommand(bytes: Uint8Array): CommandApdu {
  const buf = Buffer.from(bytes);
  const fail = (why: string): never => {
    throw new ApduFormatError(`malformed command APDU (${why})`, { input: hex(buf) });
  };
  if (buf.length < 4) fail(`${buf.length} bytes, the header alone is 4`);
  const [cla, ins, p1, p2] = [buf[0]!, buf[1]!, buf[2]!, buf[3]!];
  const body = buf.subarray(4);
  const base = { cla, ins, p1, p2 };
  const L = body.length;
  if (L === 0) return { ...base, data: Buffer.alloc(0), extended: false };
  const b1 = body[0]!;
  if (L === 1) return { ...base, data: Buffer.alloc(0), le: b1 === 0 ? 256 : b1, extended: false };
  if (b1 !== 0) {
    if (L === 1 + b1) return { ...base, data: Buffer.from(body.subarray(1)), extended: false };
    if (L === 2 + b1) {
      const le = body[L - 1]!;
      return { ...base, data: Buffer.from(body.subarray(1, 1 + b1)), le: le === 0 ? 256 : le, extended: false };
    }
    return fail(`short Lc=${b1} but ${L - 1} bytes follow`);
  }
  // b1 === 0: extended length fields
  if (L < 3) return fail('extended length marker without two length bytes');
  const n = (body[1]! << 8) | body[2]!;
  if (L === 3) return { ...base, data: Buffer.alloc(0), le: n === 0 ? 65536 : n, extended: true };
  if (n === 0) return fail('extended Lc of 0');
  if (L === 3 + n) return { ...base, data: Buffer.from(body.subarray(3)), extended: true };
  if (L === 5 + n) {
    const le = (body[L - 2]! << 8) | body[L - 1]!;
    return { ...base, data: Buffer.from(body.subarray(3, 3 + n)), le: le === 0 ? 65536 : le, extended: true };
  }
  return fail(`extended Lc=${n} but ${L - 3} bytes follow`);
}

/** Shorthand used by APDU builders: `command(0x00, 0xb2, 0x07, 0x28, undefined, 0x0b)`. */
export function command(cla: number, ins: number, p1: number, p2: number, data?: Uint8Array, le?: number): Buffer {
  return encodeCommand({ cla, ins, p1, p2, data: data ? Buffer.from(data) : Buffer.alloc(0), le });
}
