import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../apdu/errors.ts';
import { FieldFormatError } from './fields.ts';
import {
  decodeFile,
  DF04_EF05_FIELDS,
  DF04_EF06_FIELDS,
  EF05_FIELDS,
  EF06_FIELDS,
  encodeFile,
  makeCardIdCode,
  parseCardIdCode,
  type Ef05,
  type Ef06,
} from './records.ts';
import { decodeRecords, encodeRecords } from './tlv.ts';

const ef05: Ef05 = {
  cardIdCode: '152200D1560000050123456789ABCDEF',
  cardType: '3',
  specVersion: '3.00',
  initOrg: '000000000000000000000001',
  issueDate: '20200115',
  expiryDate: '20300115',
  cardNumber: 'A12345674',
};
const ef06: Ef06 = {
  idNumber: '11010519491231002X',
  name: '张三',
  nameExtension: '',
  sex: '2',
  nation: '01',
  birthplace: '152200',
  birthDate: '19491231',
};

describe('record layouts', () => {
  it('encodes the card number record with the bytes of the reference', () => {
    const records = encodeFile(EF05_FIELDS, ef05);
    expect(records.find((r) => r.tag === 7)?.value).toEqual(Buffer.from('A12345674'));
    expect(records.map((r) => r.tag)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('round-trips whole files through their records', () => {
    for (const [defs, values] of [
      [EF05_FIELDS, ef05],
      [EF06_FIELDS, ef06],
      [DF04_EF05_FIELDS, { insuredRegion: '152201', insuranceType: '390', personType: '11', personNumber: '15220100000001' }],
      [DF04_EF06_FIELDS, { lastOnline: '20261120083000', offlineCount: 2, offlineAmountFen: 12345 }],
    ] as const) {
      const bytes = encodeRecords(encodeFile(defs, values as never));
      expect(decodeFile(defs, decodeRecords(bytes))).toEqual(values);
    }
  });

  it('leaves the optional name extension out when absent', () => {
    const { nameExtension: _, ...v1 } = ef06;
    const records = encodeFile(EF06_FIELDS, v1);
    expect(records.some((r) => r.tag === 0x4e)).toBe(false);
    expect(decodeFile(EF06_FIELDS, records)).toEqual(v1);
  });

  it('refuses unknown, duplicate, missing and wrong-length records', () => {
    const records = encodeFile(EF05_FIELDS, ef05);
    expect(() => decodeFile(EF05_FIELDS, [...records, { tag: 0x99, value: Buffer.alloc(1) }])).toThrow(FieldFormatError);
    expect(() => decodeFile(EF05_FIELDS, [...records, records[0]!])).toThrow(FieldFormatError);
    expect(() => decodeFile(EF05_FIELDS, records.slice(1))).toThrow(FieldFormatError);
    expect(() => decodeFile(EF05_FIELDS, [{ tag: 7, value: Buffer.from('A1234567') }, ...records.slice(0, 6)])).toThrow(FieldFormatError);
    expect(() => encodeFile(EF05_FIELDS, { ...ef05, extra: 'x' } as Ef05)).toThrow(FieldFormatError);
  });

  it('parses and builds the card identification code', () => {
    expect(parseCardIdCode('152200D1560000050123456789ABCDEF')).toEqual({ region: '152200', unique: '0123456789ABCDEF' });
    expect(() => parseCardIdCode('152200D1560000060123456789ABCDEF')).toThrow(FieldFormatError);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6}$/), fc.stringMatching(/^[0-9A-F]{16}$/), (region, unique) => {
        expect(parseCardIdCode(makeCardIdCode({ region, unique }))).toEqual({ region, unique });
      }),
    );
    expect(fromHex(ef05.cardIdCode)).toHaveLength(16);
  });
});
