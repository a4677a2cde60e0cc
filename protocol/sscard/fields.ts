/**
 * Field encodings of the card's records (shared/reference/social-security-card.md:
 * "Numeric-string fields are left-aligned and padded with F; alphanumeric fields are
 * left-aligned and padded with 00"). Each codec is a pair of exact inverses over a fixed
 * width: `decode(encode(v, n)) = v` for every valid v, and `encode(decode(b), b.length) = b`
 * for every valid b. Anything else throws `FieldFormatError`.
 *
 *   bcd      `152200` (3 bytes)            ↔ "152200";  `0109FF` ↔ "0109"
 *   date     `19850317` (4 bytes)          ↔ "19850317" (a real calendar date)
 *   datetime `20261122143000` (7 bytes)    ↔ "20261122143000"
 *   ascii    `332E3030` ↔ "3.00";          `31310000` ↔ "11"
 *   gbk      `D5C5C8FD0000…` (30 bytes)    ↔ "张三"
 *   binary   `152200D156000005…` ↔ "152200D156000005…" (upper-case hex)
 *   uint     `000004D2` (4 bytes)          ↔ 1234
 */
import iconv from 'iconv-lite';
import { CodecError, hex } from '../apdu/errors.ts';

export class FieldFormatError extends CodecError {
  constructor(message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options);
    this.name = 'FieldFormatError';
  }
}

export type FieldEncoding = 'bcd' | 'date' | 'datetime' | 'ascii' | 'gbk' | 'binary' | 'uint';

function fail(message: string, bytes?: Uint8Array): never {
  throw new FieldFormatError(message, bytes ? { input: hex(bytes) } : {});
}

// ---- BCD, F-padded -------------------------------------------------------------------

export function encodeBcd(digits: string, width: number): Buffer {
  if (!/^[0-9]*$/.test(digits)) fail(`BCD field takes digits only, got ${JSON.stringify(digits)}`);
  if (digits.length > width * 2) fail(`${digits.length} digits do not fit ${width} BCD bytes`);
  return Buffer.from(digits.padEnd(width * 2, 'F'), 'hex');
}

export function decodeBcd(bytes: Uint8Array): string {
  const nibbles = hex(bytes);
  const firstPad = nibbles.indexOf('F');
  const digits = firstPad < 0 ? nibbles : nibbles.slice(0, firstPad);
  if (!/^[0-9]*$/.test(digits)) fail('BCD field holds a nibble A–E', bytes);
  if (firstPad >= 0 && !/^F*$/.test(nibbles.slice(firstPad))) fail('BCD field has digits after the F padding', bytes);
  return digits;
}

// ---- dates ---------------------------------------------------------------------------

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** `YYYYMMDD` in 4 bytes of BCD, a real calendar date. */
export function encodeDate(value: string, width = 4): Buffer {
  if (width !== 4) fail(`a date is 4 bytes, not ${width}`);
  assertDate(value);
  return Buffer.from(value, 'hex');
}

export function decodeDate(bytes: Uint8Array): string {
  if (bytes.length !== 4) fail(`a date is 4 bytes, got ${bytes.length}`, bytes);
  const value = hex(bytes);
  if (!/^[0-9]{8}$/.test(value)) fail('date is not 8 BCD digits', bytes);
  try {
    assertDate(value);
  } catch (cause) {
    throw new FieldFormatError(`not a calendar date: ${value}`, { input: value, cause });
  }
  return value;
}

function assertDate(value: string): void {
  const m = /^([0-9]{4})([0-9]{2})([0-9]{2})$/.exec(value);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) fail(`not a YYYYMMDD calendar date: ${JSON.stringify(value)}`);
}

/** `YYYYMMDDhhmmss` in 7 bytes of BCD (DF04 EF06 tag 90). */
export function encodeDateTime(value: string, width = 7): Buffer {
  if (width !== 7) fail(`a date-time is 7 bytes, not ${width}`);
  assertDateTime(value);
  return Buffer.from(value, 'hex');
}

export function decodeDateTime(bytes: Uint8Array): string {
  if (bytes.length !== 7) fail(`a date-time is 7 bytes, got ${bytes.length}`, bytes);
  const value = hex(bytes);
  if (!/^[0-9]{14}$/.test(value)) fail('date-time is not 14 BCD digits', bytes);
  try {
    assertDateTime(value);
  } catch (cause) {
    throw new FieldFormatError(`not a date-time: ${value}`, { input: value, cause });
  }
  return value;
}

function assertDateTime(value: string): void {
  const m = /^([0-9]{8})([0-9]{2})([0-9]{2})([0-9]{2})$/.exec(value);
  if (!m) fail(`not a YYYYMMDDhhmmss date-time: ${JSON.stringify(value)}`);
  assertDate(m[1]!);
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 59) fail(`not a time of day: ${value}`);
}

// ---- 00-padded text --------------------------------------------------------------------

function stripZeroPadding(bytes: Uint8Array): Buffer {
  const buf = Buffer.from(bytes);
  let end = buf.length;
  while (end > 0 && buf[end - 1] === 0) end--;
  if (buf.subarray(0, end).includes(0)) fail('text field has a 00 byte before its padding', bytes);
  return buf.subarray(0, end);
}

/** Printable ASCII (20–7E), left-aligned, `00`-padded. */
export function encodeAscii(text: string, width: number): Buffer {
  if (!/^[\x20-\x7e]*$/.test(text)) fail(`ASCII field takes printable ASCII only, got ${JSON.stringify(text)}`);
  if (text.length > width) fail(`${text.length} characters do not fit ${width} bytes`);
  const out = Buffer.alloc(width);
  out.write(text, 'latin1');
  return out;
}

export function decodeAscii(bytes: Uint8Array): string {
  const body = stripZeroPadding(bytes);
  for (const b of body) if (b < 0x20 || b > 0x7e) fail('ASCII field holds a non-printable byte', bytes);
  return body.toString('latin1');
}

/**
 * GBK text (names), left-aligned, `00`-padded; bytes that are not valid GBK are refused, and so
 * are control characters (01–1F, 7F: single bytes in GBK, since its trail bytes start at 40),
 * which no name holds and which would reach the HIS, the receipt printer and the centre.
 */
export function encodeGbk(text: string, width: number): Buffer {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(text)) fail(`GBK field cannot hold control characters, got ${JSON.stringify(text)}`);
  const body = iconv.encode(text, 'gbk');
  if (iconv.decode(body, 'gbk') !== text) fail(`text is not representable in GBK: ${JSON.stringify(text)}`);
  if (body.length > width) fail(`${body.length} GBK bytes do not fit ${width}`);
  const out = Buffer.alloc(width);
  body.copy(out);
  return out;
}

export function decodeGbk(bytes: Uint8Array): string {
  const body = stripZeroPadding(bytes);
  for (const b of body) if (b < 0x20 || b === 0x7f) fail('GBK field holds a control character', bytes);
  const text = iconv.decode(body, 'gbk');
  // iconv replaces invalid sequences with U+FFFD; re-encoding shows whether that happened.
  if (text.includes('\uFFFD') || !iconv.encode(text, 'gbk').equals(body)) fail('GBK field holds bytes that are not GBK text', bytes);
  return text;
}

// ---- binary --------------------------------------------------------------------------

export function encodeBinary(hexText: string, width: number): Buffer {
  if (!/^([0-9A-F]{2})*$/.test(hexText)) fail(`binary field takes upper-case hex, got ${JSON.stringify(hexText)}`);
  if (hexText.length !== width * 2) fail(`binary field is ${width} bytes, got ${hexText.length / 2}`);
  return Buffer.from(hexText, 'hex');
}

export function decodeBinary(bytes: Uint8Array): string {
  return hex(bytes);
}

/** Unsigned big-endian integer, 1..6 bytes. */
export function encodeUint(value: number, width: number): Buffer {
  if (width < 1 || width > 6) fail(`uint width must be 1..6, got ${width}`);
  if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** (8 * width)) fail(`${value} does not fit an unsigned ${width}-byte integer`);
  const out = Buffer.alloc(width);
  out.writeUIntBE(value, 0, width);
  return out;
}

export function decodeUint(bytes: Uint8Array): number {
  if (bytes.length < 1 || bytes.length > 6) fail(`uint width must be 1..6, got ${bytes.length}`, bytes);
  return Buffer.from(bytes).readUIntBE(0, bytes.length);
}

// ---- by name -------------------------------------------------------------------------

export type FieldValue = string | number;

/** Encodes a value with the named encoding into exactly `width` bytes. */
export function encodeField(encoding: FieldEncoding, value: FieldValue, width: number): Buffer {
  if (encoding === 'uint') {
    if (typeof value !== 'number') fail(`uint field takes a number, got ${typeof value}`);
    return encodeUint(value, width);
  }
  if (typeof value !== 'string') fail(`${encoding} field takes a string, got ${typeof value}`);
  switch (encoding) {
    case 'bcd':
      return encodeBcd(value, width);
    case 'date':
      return encodeDate(value, width);
    case 'datetime':
      return encodeDateTime(value, width);
    case 'ascii':
      return encodeAscii(value, width);
    case 'gbk':
      return encodeGbk(value, width);
    case 'binary':
      return encodeBinary(value, width);
    default: {
      const never: never = encoding;
      return fail(`unknown encoding ${String(never)}`);
    }
  }
}

/** Decodes bytes with the named encoding; `width` (when given) must equal the byte count. */
export function decodeField(encoding: FieldEncoding, bytes: Uint8Array, width?: number): FieldValue {
  if (width !== undefined && bytes.length !== width) fail(`field is ${width} bytes, got ${bytes.length}`, bytes);
  switch (encoding) {
    case 'uint':
      return decodeUint(bytes);
    case 'bcd':
      return decodeBcd(bytes);
    case 'date':
      return decodeDate(bytes);
    case 'datetime':
      return decodeDateTime(bytes);
    case 'ascii':
      return decodeAscii(bytes);
    case 'gbk':
      return decodeGbk(bytes);
    case 'binary':
      return decodeBinary(bytes);
    default: {
      const never: never = encoding;
      return fail(`unknown encoding ${String(never)}`);
    }
  }
}
