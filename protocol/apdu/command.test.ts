import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apduCase, decodeCommand, encodeCommand, type CommandApdu } from './command.ts';
import { ApduFormatError, fromHex, hex } from './errors.ts';

const byte = fc.integer({ min: 0, max: 255 });

/** Any valid command APDU, in its canonical decoded form (explicit `extended`). */
const commandApdu: fc.Arbitrary<CommandApdu> = fc
  .record({
    cla: byte,
    ins: byte,
    p1: byte,
    p2: byte,
    extended: fc.boolean(),
    hasLe: fc.boolean(),
    dataLen: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 255 }), fc.integer({ min: 256, max: 700 })),
    leShort: fc.integer({ min: 1, max: 256 }),
    leExt: fc.integer({ min: 1, max: 65536 }),
  })
  .chain((r) =>
    fc.uint8Array({ minLength: r.dataLen, maxLength: r.dataLen }).map((data): CommandApdu => {
      const extended = r.dataLen === 0 && !r.hasLe ? false : r.extended || r.dataLen > 255;
      const le = r.hasLe ? (extended ? r.leExt : r.leShort) : undefined;
      return { cla: r.cla, ins: r.ins, p1: r.p1, p2: r.p2, data: Buffer.from(data), ...(le === undefined ? {} : { le }), extended };
    }),
  );

describe('command APDU codec', () => {
  it('decodes the reference SELECT SSSE as case 3S', () => {
    const apdu = decodeCommand(fromHex('00A404000F7378312E73682EC9E7BBE1B1A3D5CF'));
    expect(apdu).toEqual({ cla: 0, ins: 0xa4, p1: 4, p2: 0, data: fromHex('7378312E73682EC9E7BBE1B1A3D5CF'), extended: false });
    expect(apduCase(apdu)).toBe('3S');
  });

  it('encodes the worked examples of each case', () => {
    const h = (a: CommandApdu): string => hex(encodeCommand(a));
    const none = Buffer.alloc(0);
    expect(h({ cla: 0, ins: 0x44, p1: 0, p2: 0, data: none })).toBe('00440000');
    expect(h({ cla: 0, ins: 0xb2, p1: 7, p2: 0x28, data: none, le: 11 })).toBe('00B207280B');
    expect(h({ cla: 0, ins: 0xb2, p1: 7, p2: 0x28, data: none, le: 256 })).toBe('00B2072800');
    expect(h({ cla: 0, ins: 0xa4, p1: 4, p2: 0, data: fromHex('D15600000590'), le: 256 })).toBe('00A4040006D1560000059000');
    expect(h({ cla: 0, ins: 0xb0, p1: 0, p2: 0, data: none, le: 65536 })).toBe('00B00000000000');
    expect(h({ cla: 0, ins: 0xb0, p1: 0, p2: 0, data: none, le: 300 })).toBe('00B0000000012C');
    expect(h({ cla: 0, ins: 0xd6, p1: 0, p2: 0, data: Buffer.alloc(256, 0xaa) }).slice(0, 14)).toBe('00D60000000100');
  });

  it('round-trips every valid command: decode(encode(a)) = a', () => {
    fc.assert(fc.property(commandApdu, (a) => {
        expect(decodeCommand(encodeCommand(a))).toEqual(a);
      }));
  });

  it('round-trips every decodable byte string: encode(decode(b)) = b', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (bytes) => {
        let decoded: CommandApdu;
        try {
          decoded = decodeCommand(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(ApduFormatError);
          return;
        }
        expect(hex(encodeCommand(decoded))).toBe(hex(bytes));
      }),
    );
  });

  it('refuses bytes left over or missing after the declared Lc', () => {
    expect(() => decodeCommand(fromHex('00A4020002EF'))).toThrow(ApduFormatError);
    expect(() => decodeCommand(fromHex('00A4020002EF0500FF'))).toThrow(ApduFormatError);
    expect(() => decodeCommand(fromHex('00A402'))).toThrow(ApduFormatError);
    expect(() => decodeCommand(fromHex('00A4020000000000'))).toThrow(ApduFormatError);
  });

  it('refuses to squeeze long fields into a short APDU', () => {
    const none = Buffer.alloc(0);
    expect(() => encodeCommand({ cla: 0, ins: 0xb0, p1: 0, p2: 0, data: none, le: 300, extended: false })).toThrow(ApduFormatError);
    expect(() => encodeCommand({ cla: 0x100, ins: 0xb0, p1: 0, p2: 0, data: none })).toThrow(ApduFormatError);
    expect(() => encodeCommand({ cla: 0, ins: 0xb0, p1: 0, p2: 0, data: none, le: 0 })).toThrow(ApduFormatError);
  });
});
