/**
 * Fuzz: random bytes into every decoder never crash (no RangeError/TypeError) and never
 * hang — each either decodes or throws a typed `CodecError`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCommand } from '../apdu/command.ts';
import { CodecError } from '../apdu/errors.ts';
import { decodeResponse } from '../apdu/response.ts';
import { decodeChangePinData, decodePin } from './commands.ts';
import { decodeField, type FieldEncoding } from './fields.ts';
import { decodeFile, DF04_EF05_FIELDS, DF04_EF06_FIELDS, EF05_FIELDS, EF06_FIELDS } from './records.ts';
import { decodeRecord, decodeRecords } from './tlv.ts';

const decoders: Record<string, (b: Uint8Array) => unknown> = {
  command: decodeCommand,
  response: decodeResponse,
  record: decodeRecord,
  records: decodeRecords,
  pin: decodePin,
  changePin: decodeChangePinData,
  ef05: (b) => decodeFile(EF05_FIELDS, decodeRecords(b)),
  ef06: (b) => decodeFile(EF06_FIELDS, decodeRecords(b)),
  df04ef05: (b) => decodeFile(DF04_EF05_FIELDS, decodeRecords(b)),
  df04ef06: (b) => decodeFile(DF04_EF06_FIELDS, decodeRecords(b)),
  ...Object.fromEntries(
    (['bcd', 'date', 'datetime', 'ascii', 'gbk', 'binary', 'uint'] as FieldEncoding[]).map((e) => [`field:${e}`, (b: Uint8Array) => decodeField(e, b)]),
  ),
};

describe('fuzzing the decoders', () => {
  for (const [name, decode] of Object.entries(decoders)) {
    it(`${name}: random bytes give a value or a typed error`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
          try {
            decode(bytes);
          } catch (err) {
            expect(err).toBeInstanceOf(CodecError);
          }
        }),
        { numRuns: 400 },
      );
    });
  }

  it('record runs built from random TLV-shaped bytes either decode or give a typed error', () => {
    const tlvish = fc
      .array(fc.record({ tag: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 0x0a, 0x4e), value: fc.uint8Array({ maxLength: 40 }) }), { maxLength: 8 })
      .map((rs) => Buffer.concat(rs.map((r) => Buffer.concat([Buffer.from([r.tag, r.value.length]), r.value]))));
    fc.assert(
      fc.property(tlvish, (bytes) => {
        for (const defs of [EF05_FIELDS, EF06_FIELDS]) {
          try {
            decodeFile(defs, decodeRecords(bytes));
          } catch (err) {
            expect(err).toBeInstanceOf(CodecError);
          }
        }
      }),
    );
  });
});
