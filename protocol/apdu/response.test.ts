import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApduFormatError, fromHex, hex } from './errors.ts';
import { decodeResponse, encodeResponse, swHex } from './response.ts';

describe('response APDU codec', () => {
  it('splits data and status word', () => {
    expect(decodeResponse(fromHex('0709413132333435363738 9000'))).toEqual({ data: fromHex('0709413132333435363738'), sw: 0x9000 });
    expect(decodeResponse(fromHex('6A82'))).toEqual({ data: Buffer.alloc(0), sw: 0x6a82 });
    expect(swHex(0x61_0b)).toBe('610B');
  });

  it('is an exact inverse both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: 0xffff }), (data, sw) => {
        const r = { data: Buffer.from(data), sw };
        expect(decodeResponse(encodeResponse(r))).toEqual(r);
      }),
    );
    fc.assert(fc.property(fc.uint8Array({ minLength: 2, maxLength: 300 }), (b) => {
        expect(hex(encodeResponse(decodeResponse(b)))).toBe(hex(b));
      }));
  });

  it('refuses fewer than two bytes and impossible status words', () => {
    expect(() => decodeResponse(fromHex('90'))).toThrow(ApduFormatError);
    expect(() => encodeResponse({ data: Buffer.alloc(0), sw: 0x10000 })).toThrow(ApduFormatError);
  });
});
