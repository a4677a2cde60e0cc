/**
 * The APDUs of the social security card and of the product's PSAM dialect, built once here
 * (shared/reference/social-security-card.md "APDUs"; protocol/sscard/SPEC.md). The driver
 * sends them, the virtual card parses them; both use these constants.
 */
import { command } from '../apdu/command.ts';
import { CodecError, fromHex } from '../apdu/errors.ts';

/** `sx1.sh.` + GBK 社会保障 — the SSSE application name. */
export const SSSE_AID = fromHex('7378312E73682EC9E7BBE1B1A3D5CF');
/** DF04 social insurance 2 / medical. */
export const DF04_AID = fromHex('D15600000503');
/** The Yibao PSAM application (dialect yibao-psam-v1). */
export const PSAM_AID = fromHex('D15600000590');

export const FID = { MF: 0x3f00, EF05: 0xef05, EF06: 0xef06, EF07: 0xef07, EF08: 0xef08 } as const;
export const SFI = { EF05: 5, EF06: 6 } as const;

export const INS = {
  SELECT: 0xa4,
  READ_RECORD: 0xb2,
  READ_BINARY: 0xb0,
  VERIFY: 0x20,
  CHANGE_PIN: 0x5e,
  GET_CHALLENGE: 0x84,
  EXTERNAL_AUTHENTICATE: 0x82,
  INTERNAL_AUTHENTICATE: 0x88,
  GET_RESPONSE: 0xc0,
  PSAM_DIVERSIFY: 0x1a,
  PSAM_CRYPTOGRAM: 0xfa,
} as const;

/** `00A4 04 00 0F 7378…CF` — select by name (SSSE, DF04 or the PSAM application). */
export function selectByName(aid: Uint8Array): Buffer {
  return command(0x00, INS.SELECT, 0x04, 0x00, aid);
}

/** `00A4 02 00 02 EF05` — select an EF under the current DF by file id. */
export function selectEf(fid: number): Buffer {
  return command(0x00, INS.SELECT, 0x02, 0x00, Buffer.from([fid >> 8, fid & 0xff]));
}

/** `00A4 00 00 02 3F00` — select the MF (or any file by id). */
export function selectFile(fid: number): Buffer {
  return command(0x00, INS.SELECT, 0x00, 0x00, Buffer.from([fid >> 8, fid & 0xff]));
}

/**
 * READ RECORD by tag: `00B2 07 28 0B` (EF05 tag 07 via SFI 5) or `00B2 07 00 0B` (current EF).
 * `valueLength` is the value's length; Le adds the tag and length bytes.
 */
export function readRecordByTag(tag: number, valueLength: number, sfi?: number): Buffer {
  return command(0x00, INS.READ_RECORD, tag, sfi === undefined ? 0x00 : sfi << 3, undefined, valueLength + 2);
}

/** `00B2 <n> 04 <Le>` — read record number n of the current EF. */
export function readRecordByNumber(n: number, le: number): Buffer {
  return command(0x00, INS.READ_RECORD, n, 0x04, undefined, le);
}

/** `00C0 0000 xx` — GET RESPONSE after `61xx` (T=0). */
export function getResponse(length: number): Buffer {
  return command(0x00, INS.GET_RESPONSE, 0x00, 0x00, undefined, length);
}

/** PIN as packed BCD, F-padded to whole bytes: "123456" → `123456`, "12345" → `12345F`. */
export function encodePin(pin: string): Buffer {
  if (!/^[0-9]{2,12}$/.test(pin)) throw new CodecError('a PIN is 2 to 12 digits');
  return Buffer.from(pin.length % 2 ? `${pin}F` : pin, 'hex');
}

export function decodePin(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('hex').toUpperCase();
  const pin = text.endsWith('F') ? text.slice(0, -1) : text;
  if (!/^[0-9]{2,12}$/.test(pin)) throw new CodecError('PIN bytes are not packed BCD digits');
  return pin;
}

/** `0020 0000 03 123456` — VERIFY the holder PIN. */
export function verifyPin(pin: string): Buffer {
  return command(0x00, INS.VERIFY, 0x00, 0x00, encodePin(pin));
}

/** `805E 0100 07 123456 FF 654321` — change PIN (old FF new). */
export function changePin(oldPin: string, newPin: string): Buffer {
  return command(0x80, INS.CHANGE_PIN, 0x01, 0x00, Buffer.concat([encodePin(oldPin), Buffer.from([0xff]), encodePin(newPin)]));
}

/** Splits the CHANGE PIN data `old FF new`; a PIN byte is never FF, so the first FF separates. */
export function decodeChangePinData(data: Uint8Array): { oldPin: string; newPin: string } {
  const buf = Buffer.from(data);
  const sep = buf.indexOf(0xff);
  if (sep < 0) throw new CodecError('CHANGE PIN data has no FF separator');
  return { oldPin: decodePin(buf.subarray(0, sep)), newPin: decodePin(buf.subarray(sep + 1)) };
}

/** `0084 0000 08` — GET CHALLENGE (8 random bytes). */
export function getChallenge(): Buffer {
  return command(0x00, INS.GET_CHALLENGE, 0x00, 0x00, undefined, 8);
}

/** `0082 00 <keyId> 10 <cryptogram 8> <random 8>` — EXTERNAL AUTHENTICATE. */
export function externalAuthenticate(keyId: number, cryptogramBytes: Uint8Array, random: Uint8Array): Buffer {
  if (cryptogramBytes.length !== 8 || random.length !== 8) throw new CodecError('external authentication takes an 8-byte cryptogram and an 8-byte random');
  return command(0x00, INS.EXTERNAL_AUTHENTICATE, 0x00, keyId, Buffer.concat([cryptogramBytes, random]));
}

/** `0088 0000 10 <card factor 8> <data 8>` — INTERNAL AUTHENTICATE, answer C(Kint, data) (SPEC.md: no Le). */
export function internalAuthenticate(factor: Uint8Array, data: Uint8Array): Buffer {
  if (factor.length !== 8 || data.length !== 8) throw new CodecError('internal authentication takes an 8-byte factor and 8 bytes of data');
  return command(0x00, INS.INTERNAL_AUTHENTICATE, 0x00, 0x00, Buffer.concat([factor, data]));
}

// ---- PSAM dialect yibao-psam-v1 (SPEC.md) --------------------------------------------

export const PSAM = {
  /** `00A4040006D15600000590` */
  select: (): Buffer => selectByName(PSAM_AID),
  /** `00B0960006` — read the 6-byte BCD terminal number (SFI 16 via P1 = 80|16). */
  readTerminalNumber: (): Buffer => command(0x00, INS.READ_BINARY, 0x96, 0x00, undefined, 6),
  /** `801A <keyId> <alg> 10 <city factor 8> <card factor 8>` */
  diversify: (keyId: number, algCode: number, city: Uint8Array, card: Uint8Array): Buffer => {
    if (city.length !== 8 || card.length !== 8) throw new CodecError('PSAM diversification takes two 8-byte factors');
    return command(0x80, INS.PSAM_DIVERSIFY, keyId, algCode, Buffer.concat([city, card]));
  },
  /** `80FA0000 08 <x 8>` — cryptogram C(Kcard, x). */
  cryptogram: (x: Uint8Array): Buffer => {
    if (x.length !== 8) throw new CodecError('PSAM cryptogram takes 8 bytes');
    return command(0x80, INS.PSAM_CRYPTOGRAM, 0x00, 0x00, x);
  },
} as const;
