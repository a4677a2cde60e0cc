/**
 * Response APDU codec — ISO/IEC 7816-4 §5.1: `data ‖ SW1 SW2`.
 *   `7378312E…CF 9000` → { data: 7378…CF, sw: 0x9000 }
 */
import { ApduFormatError, hex } from './errors.ts';

export interface ResponseApdu {
  readonly data: Buffer;
  /** SW1SW2 as one number, e.g. 0x9000, 0x6a82. */
  readonly sw: number;
}

export function encodeResponse(response: ResponseApdu): Buffer {
  if (!Number.isInteger(response.sw) || response.sw < 0 || response.sw > 0xffff) {
    throw new ApduFormatError(`status word must be 0x0000..0xFFFF, got ${response.sw}`);
  }
  if (response.data.length > 65536) throw new ApduFormatError(`response data of ${response.data.length} bytes exceeds 65536`);
  return Buffer.concat([response.data, Buffer.from([response.sw >> 8, response.sw & 0xff])]);
}

export function decodeResponse(bytes: Uint8Array): ResponseApdu {
  const buf = Buffer.from(bytes);
  if (buf.length < 2) throw new ApduFormatError(`a response APDU has at least SW1 SW2, got ${buf.length} bytes`, { input: hex(buf) });
  if (buf.length > 65538) throw new ApduFormatError(`response of ${buf.length} bytes exceeds 65536 data bytes + SW`);
  const sw = (buf[buf.length - 2]! << 8) | buf[buf.length - 1]!;
  return { data: Buffer.from(buf.subarray(0, buf.length - 2)), sw };
}

/** `response(data, 0x9000)` — shorthand for cards and tests. */
export function response(data: Uint8Array | undefined, sw: number): Buffer {
  return encodeResponse({ data: data ? Buffer.from(data) : Buffer.alloc(0), sw });
}

export function swHex(sw: number): string {
  return sw.toString(16).toUpperCase().padStart(4, '0');
}
