import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, hex } from '../apdu/errors.ts';
import { decodeRecord, decodeRecords, encodeRecord, encodeRecords, TlvFormatError, type TlvRecord } from './tlv.ts';

const record: fc.Arbitrary<TlvRecord> = fc.record({
  tag: fc.integer({ min: 0, max: 255 }),
  value: fc.uint8Array({ maxLength: 255 }).map((v) => Buffer.from(v)),
});

describe('tag-length-value records', () => {
  it('decodes the card number record of EF05', () => {
    expect(decodeRecord(fromHex('07 09 413132333435363734'))).toEqual({ tag: 7, value: Buffer.from('A12345674') });
  });

  it('is an exact inverse for one record and for runs', () => {
    fc.assert(fc.property(record, (r) => {
        expect(decodeRecord(encodeRecord(r))).toEqual(r);
      }));
    fc.assert(fc.property(fc.array(record, { maxLength: 8 }), (rs) => {
        expect(decodeRecords(encodeRecords(rs))).toEqual(rs);
      }));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          expect(hex(encodeRecords(decodeRecords(bytes)))).toBe(hex(bytes));
        } catch (err) {
          expect(err).toBeInstanceOf(TlvFormatError);
        }
      }),
    );
  });

  it('asserts every byte is consumed', () => {
    expect(() => decodeRecord(fromHex('0701AA00'))).toThrow(TlvFormatError);
    expect(() => decodeRecord(fromHex('0702AA'))).toThrow(TlvFormatError);
    expect(() => decodeRecords(fromHex('07'))).toThrow(TlvFormatError);
    expect(() => decodeRecord(Buffer.alloc(0))).toThrow(TlvFormatError);
    expect(() => encodeRecord({ tag: 7, value: Buffer.alloc(256) })).toThrow(TlvFormatError);
  });
});
