import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SerialFrameError, decodeFrame, encodeFrame } from './frame.ts';
import { CARD_STATE, CMD, READER_ERROR, decodeReply, decodeRequest, encodeReply, encodeRequest, type CardState, type ReaderErrorName, type ReaderReply, type ReaderRequest } from './messages.ts';

/** Text the pad can show: ASCII letters and digits, and common Chinese prompt characters. */
const gbkText = fc.string({ unit: fc.constantFrom(...'请输入密码确认新旧卡号ABCxyz0123 :：。'.split('')), maxLength: 20 });
const bytes = (min: number, max: number): fc.Arbitrary<Buffer> => fc.uint8Array({ minLength: min, maxLength: max }).map((a) => Buffer.from(a));
const pinParams = fc
  .record({ timeoutSeconds: fc.integer({ min: 1, max: 255 }), minLength: fc.integer({ min: 4, max: 12 }), extra: fc.nat({ max: 8 }), prompt: gbkText })
  .map(({ extra, ...p }) => ({ ...p, maxLength: Math.min(12, p.minLength + extra) }));
const cardState = fc.constantFrom(...(Object.keys(CARD_STATE) as CardState[]));

const requestArb: fc.Arbitrary<ReaderRequest> = fc.oneof(
  fc.constantFrom<ReaderRequest>({ cmd: 'repeat' }, { cmd: 'status' }, { cmd: 'powerOn' }, { cmd: 'powerOff' }),
  bytes(4, 261).map((apdu): ReaderRequest => ({ cmd: 'transmit', apdu })),
  fc.tuple(pinParams, fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([p, cla, keyRef]): ReaderRequest => ({ cmd: 'verifyPin', ...p, cla, keyRef })),
  pinParams.map((p): ReaderRequest => ({ cmd: 'changePin', ...p })),
  fc.record({ line: fc.integer({ min: 0, max: 3 }), text: gbkText }).map((r): ReaderRequest => ({ cmd: 'display', ...r })),
  fc.record({ count: fc.integer({ min: 1, max: 9 }), tens: fc.integer({ min: 1, max: 255 }) }).map((r): ReaderRequest => ({ cmd: 'beep', count: r.count, durationMs: r.tens * 10 })),
);

const replyArb: fc.Arbitrary<ReaderReply> = fc.oneof(
  cardState.map((card): ReaderReply => ({ cmd: 'status', card })),
  bytes(2, 33).map((atr): ReaderReply => ({ cmd: 'powerOn', atr })),
  bytes(2, 258).map((response): ReaderReply => ({ cmd: 'transmit', response })),
  fc.tuple(fc.constantFrom('verifyPin' as const, 'changePin' as const), fc.integer({ min: 0, max: 0xffff })).map(([cmd, sw]): ReaderReply => ({ cmd, sw })),
  fc.constantFrom<ReaderReply>({ cmd: 'powerOff' }, { cmd: 'display' }, { cmd: 'beep' }),
  fc.tuple(fc.constantFrom(...Object.values(CMD)), fc.constantFrom(...(Object.keys(READER_ERROR) as ReaderErrorName[]))).map(([request, error]): ReaderReply => ({ cmd: 'error', request, error })),
);

describe('serial reader messages', () => {
  it('request codec: decode(encode(r)) = r and the frame bytes survive the round trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 255 }), requestArb, (seq, request) => {
        const wire = encodeFrame(encodeRequest(seq, request));
        const back = decodeRequest(decodeFrame(wire));
        expect(back).toEqual({ seq, request });
        expect(encodeFrame(encodeRequest(back.seq, back.request)).equals(wire)).toBe(true);
      }),
    );
  });

  it('reply codec: decode(encode(r)) = r, including unsolicited card events', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 255 }), replyArb, (seq, reply) => {
        const wire = encodeFrame(encodeReply(seq, reply));
        expect(decodeReply(decodeFrame(wire))).toEqual({ seq, reply });
      }),
    );
    fc.assert(
      fc.property(cardState, (card) => {
        expect(decodeReply(decodeFrame(encodeFrame(encodeReply(0, { cmd: 'cardEvent', card }))))).toEqual({ seq: 0, reply: { cmd: 'cardEvent', card } });
      }),
    );
  });

  it('encodes every worked example of README.md byte for byte, and decodes it back', () => {
    const examples: Array<[string, 'request' | 'reply', number, ReaderRequest | ReaderReply]> = [
      ['02 0002 01 10 CBA0 03', 'request', 1, { cmd: 'status' }],
      ['02 0003 01 90 01 B52A 03', 'reply', 1, { cmd: 'status', card: 'present' }],
      ['02 0002 02 11 8ED2 03', 'request', 2, { cmd: 'powerOn' }],
      ['02 000E 02 91 3B6800000073C84013009000 E61E 03', 'reply', 2, { cmd: 'powerOn', atr: Buffer.from('3B6800000073C84013009000', 'hex') }],
      ['02 0007 03 13 0084000008 454D 03', 'request', 3, { cmd: 'transmit', apdu: Buffer.from('0084000008', 'hex') }],
      ['02 000C 03 93 11223344556677889000 7020 03', 'reply', 3, { cmd: 'transmit', response: Buffer.from('11223344556677889000', 'hex') }],
      ['02 0007 05 20 1E06060000 CD0E 03', 'request', 5, { cmd: 'verifyPin', timeoutSeconds: 30, minLength: 6, maxLength: 6, cla: 0, keyRef: 0, prompt: '' }],
      ['02 0004 05 A0 63C2 21B8 03', 'reply', 5, { cmd: 'verifyPin', sw: 0x63c2 }],
      ['02 0004 06 7F 1301 12B7 03', 'reply', 6, { cmd: 'error', request: 0x13, error: 'noCard' }],
      ['02 0002 06 0F B1E9 03', 'request', 6, { cmd: 'repeat' }],
      ['02 0003 00 40 00 871C 03', 'reply', 0, { cmd: 'cardEvent', card: 'absent' }],
      ['02 0009 07 30 01C7EBB2E5BFA8 723C 03', 'request', 7, { cmd: 'display', line: 1, text: '请插卡' }],
      ['02 0004 08 31 020A 3768 03', 'request', 8, { cmd: 'beep', count: 2, durationMs: 100 }],
    ];
    for (const [text, side, seq, message] of examples) {
      const wire = Buffer.from(text.replace(/ /g, ''), 'hex');
      if (side === 'request') {
        expect(encodeFrame(encodeRequest(seq, message as ReaderRequest))).toEqual(wire);
        expect(decodeRequest(decodeFrame(wire))).toEqual({ seq, request: message });
      } else {
        expect(encodeFrame(encodeReply(seq, message as ReaderReply))).toEqual(wire);
        expect(decodeReply(decodeFrame(wire))).toEqual({ seq, reply: message });
      }
    }
  });

  it('refuses text GBK cannot carry and bytes that are not canonical GBK', () => {
    expect(() => encodeRequest(1, { cmd: 'display', line: 0, text: '😀' })).toThrow(SerialFrameError);
    expect(() => decodeRequest({ seq: 1, cmd: CMD.display, data: Buffer.from('00FF', 'hex') })).toThrow(SerialFrameError);
  });

  it('any frame either decodes to a message that re-encodes to it, or throws SerialFrameError (fuzz)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), bytes(0, 40), (seq, cmd, data) => {
        for (const side of ['request', 'reply'] as const) {
          try {
            if (side === 'request') {
              const back = decodeRequest({ seq, cmd, data });
              expect(encodeRequest(back.seq, back.request)).toEqual({ seq, cmd, data });
            } else {
              const back = decodeReply({ seq, cmd, data });
              expect(encodeReply(back.seq, back.reply)).toEqual({ seq, cmd, data });
            }
          } catch (err) {
            expect(err).toBeInstanceOf(SerialFrameError);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
