import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, hex } from '../apdu/errors.ts';
import {
  decodeAscii,
  decodeBcd,
  decodeDate,
  decodeDateTime,
  decodeField,
  decodeGbk,
  encodeAscii,
  encodeBcd,
  encodeDate,
  encodeDateTime,
  encodeField,
  encodeGbk,
  FieldFormatError,
  type FieldEncoding,
} from './fields.ts';

const dateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
const dateTimeArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 19).replace(/[-T:]/g, ''));
const hanzi = fc.constantFrom(...'张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤巴特尔乌兰图雅'.split(''));
const gbkText = fc.array(fc.oneof(hanzi, fc.constantFrom('·', 'A', 'b', '1', ' ')), { maxLength: 15 }).map((a) => a.join('').replace(/ +$/, ''));

/** decode(encode(v)) = v for values, encode(decode(b)) = b for bytes that decode. */
function checkInverse(encoding: FieldEncoding, width: number, values: fc.Arbitrary<string | number>): void {
  fc.assert(fc.property(values, (v) => {
        expect(decodeField(encoding, encodeField(encoding, v, width), width)).toEqual(v);
      }));
  fc.assert(
    fc.property(fc.uint8Array({ minLength: width, maxLength: width }), (bytes) => {
      let value: string | number;
      try {
        value = decodeField(encoding, bytes, width);
      } catch (err) {
        expect(err).toBeInstanceOf(FieldFormatError);
        return;
      }
      expect(hex(encodeField(encoding, value, width))).toBe(hex(bytes));
    }),
  );
}

describe('field codecs', () => {
  it('BCD is F-padded and left-aligned', () => {
    expect(hex(encodeBcd('152200', 3))).toBe('152200');
    expect(hex(encodeBcd('0109', 3))).toBe('0109FF');
    expect(decodeBcd(fromHex('0109FF'))).toBe('0109');
    expect(() => decodeBcd(fromHex('01F9FF'))).toThrow(FieldFormatError);
    expect(() => decodeBcd(fromHex('0A'))).toThrow(FieldFormatError);
    expect(() => encodeBcd('1234567', 3)).toThrow(FieldFormatError);
    checkInverse('bcd', 3, fc.stringMatching(/^[0-9]{0,6}$/));
  });

  it('dates are real YYYYMMDD calendar dates in BCD', () => {
    expect(hex(encodeDate('19850317'))).toBe('19850317');
    expect(decodeDate(fromHex('20240229'))).toBe('20240229');
    expect(() => decodeDate(fromHex('20230229'))).toThrow(FieldFormatError);
    expect(() => decodeDate(fromHex('2023130F'))).toThrow(FieldFormatError);
    expect(decodeDateTime(fromHex('20261122143000'))).toBe('20261122143000');
    expect(() => encodeDateTime('20261122246000')).toThrow(FieldFormatError);
    checkInverse('date', 4, dateArb);
    checkInverse('datetime', 7, dateTimeArb);
  });

  it('ASCII is 00-padded printable text', () => {
    expect(hex(encodeAscii('11', 4))).toBe('31310000');
    expect(decodeAscii(fromHex('332E3030'))).toBe('3.00');
    expect(() => decodeAscii(fromHex('31003100'))).toThrow(FieldFormatError);
    expect(() => decodeAscii(fromHex('3109'))).toThrow(FieldFormatError);
    expect(() => encodeAscii('é', 4)).toThrow(FieldFormatError);
    checkInverse('ascii', 9, fc.stringMatching(/^[\x20-\x7e]{0,9}$/));
  });

  it('GBK names are 00-padded and must be valid GBK', () => {
    expect(hex(encodeGbk('张三', 6))).toBe('D5C5C8FD0000');
    expect(decodeGbk(fromHex('D5C5C8FD0000'))).toBe('张三');
    expect(() => decodeGbk(fromHex('D5FF0000'))).toThrow(FieldFormatError);
    expect(() => encodeGbk('张三李四', 6)).toThrow(FieldFormatError);
    expect(() => encodeGbk('😀', 6)).toThrow(FieldFormatError);
    // A control byte (ESC drives receipt printers) is no name: refused both ways.
    expect(() => decodeGbk(fromHex('D5C51B400000'))).toThrow(/control character/);
    expect(() => encodeGbk('张\u001b三', 8)).toThrow(FieldFormatError);
    checkInverse('gbk', 30, gbkText);
  });

  it('binary and uint round-trip', () => {
    checkInverse('binary', 12, fc.uint8Array({ minLength: 12, maxLength: 12 }).map((b) => hex(b)));
    checkInverse('uint', 4, fc.integer({ min: 0, max: 0xffffffff }));
    checkInverse('uint', 1, fc.integer({ min: 0, max: 255 }));
    expect(() => encodeField('uint', 256, 1)).toThrow(FieldFormatError);
    expect(() => encodeField('uint', '1', 1)).toThrow(FieldFormatError);
    expect(() => encodeField('binary', 'abcd', 2)).toThrow(FieldFormatError);
  });
});
