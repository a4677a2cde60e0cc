/**
 * The card's `tag(1) len(1) value` records (shared/reference/social-security-card.md,
 * "Application and files"; LD/T 32). Not BER-TLV: the tag is always one byte and the length
 * one byte (0..255), with no constructed tags.
 *
 *   `07 09 413132333435363738` — EF05 tag 07, card number "A12345678" (9 bytes)
 *
 * READ RECORD by tag returns the whole record, tag and length included, so `Le = len + 2`.
 */
import { CodecError, hex } from '../apdu/errors.ts';

export class TlvFormatError extends CodecError {
  constructor(message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options);
    this.name = 'TlvFormatError';
  }
}

export interface TlvRecord {
  readonly tag: number;
  readonly value: Buffer;
}

export function encodeRecord(record: TlvRecord): Buffer {
  if (!Number.isInteger(record.tag) || record.tag < 0 || record.tag > 0xff) {
    throw new TlvFormatError(`tag must be one byte, got ${record.tag}`);
  }
  if (record.value.length > 0xff) throw new TlvFormatError(`value of ${record.value.length} bytes does not fit a one-byte length`);
  return Buffer.concat([Buffer.from([record.tag, record.value.length]), record.value]);
}

/** Decodes exactly one record; trailing or missing bytes are an error. */
export function decodeRecord(bytes: Uint8Array): TlvRecord {
  const records = decodeRecords(bytes);
  if (records.length !== 1) {
    throw new TlvFormatError(`expected exactly one record, found ${records.length}`, { input: hex(bytes) });
  }
  return records[0]!;
}

export function encodeRecords(records: readonly TlvRecord[]): Buffer {
  return Buffer.concat(records.map(encodeRecord));
}

/** Decodes a run of records that must cover every byte. */
export function decodeRecords(bytes: Uint8Array): TlvRecord[] {
  const buf = Buffer.from(bytes);
  const out: TlvRecord[] = [];
  let at = 0;
  while (at < buf.length) {
    if (at + 2 > buf.length) throw new TlvFormatError(`record at offset ${at} has a tag but no length`, { input: hex(buf) });
    const tag = buf[at]!;
    const len = buf[at + 1]!;
    if (at + 2 + len > buf.length) {
      throw new TlvFormatError(`record ${tag.toString(16).padStart(2, '0')} declares ${len} bytes, ${buf.length - at - 2} remain`, { input: hex(buf) });
    }
    out.push({ tag, value: Buffer.from(buf.subarray(at + 2, at + 2 + len)) });
    at += 2 + len;
  }
  return out;
}
