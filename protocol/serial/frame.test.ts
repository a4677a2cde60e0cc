import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameDecoder, MAX_DATA, SerialFrameError, decodeFrame, encodeFrame, type DecodeEvent, type Frame } from './frame.ts';

const frameArb: fc.Arbitrary<Frame> = fc.record({
  seq: fc.integer({ min: 0, max: 255 }),
  cmd: fc.integer({ min: 0, max: 255 }),
  data: fc.uint8Array({ maxLength: MAX_DATA }).map((a) => Buffer.from(a)),
});

function frames(events: DecodeEvent[]): Frame[] {
  return events.flatMap((e) => (e.kind === 'frame' ? [e.frame] : []));
}

/** Splits `bytes` at the given cut points (any order, duplicates allowed). */
function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

describe('serial frame codec', () => {
  it('encodes STATUS seq 1 as the README example', () => {
    // 02 0002 01 10 <CRC over 00 02 01 10> 03
    expect(encodeFrame({ seq: 1, cmd: 0x10, data: Buffer.alloc(0) }).toString('hex').toUpperCase()).toBe('0200020110CBA003');
  });

  it('decode is the exact inverse of encode', () => {
    fc.assert(
      fc.property(frameArb, (frame) => {
        const bytes = encodeFrame(frame);
        expect(bytes.length).toBe(frame.data.length + 8);
        const back = decodeFrame(bytes);
        expect(back).toEqual(frame);
        expect(encodeFrame(back).equals(bytes)).toBe(true);
      }),
    );
  });

  it('rejects trailing bytes, short input, a flipped bit — each with its reason', () => {
    const bytes = encodeFrame({ seq: 7, cmd: 0x13, data: Buffer.from('00A4040000', 'hex') });
    const reason = (b: Buffer): string => {
      try {
        decodeFrame(b);
        return 'accepted';
      } catch (err) {
        expect(err).toBeInstanceOf(SerialFrameError);
        return (err as SerialFrameError).reason;
      }
    };
    expect(reason(Buffer.concat([bytes, Buffer.from([0])]))).toBe('trailing');
    expect(reason(bytes.subarray(0, bytes.length - 1))).toBe('short');
    expect(reason(Buffer.concat([Buffer.from([0]), bytes]))).toBe('stx');
    const flipped = Buffer.from(bytes);
    flipped[6] = (flipped[6] ?? 0) ^ 0x01;
    expect(reason(flipped)).toBe('crc');
    const noEtx = Buffer.from(bytes);
    noEtx[noEtx.length - 1] = 0x04;
    expect(reason(noEtx)).toBe('etx');
    expect(reason(Buffer.from('02FFFF', 'hex'))).toBe('length');
  });

  it('refuses to encode data longer than MAX_DATA or a SEQ that is not a byte', () => {
    expect(() => encodeFrame({ seq: 1, cmd: 1, data: Buffer.alloc(MAX_DATA + 1) })).toThrow(SerialFrameError);
    expect(() => encodeFrame({ seq: 256, cmd: 1, data: Buffer.alloc(0) })).toThrow(SerialFrameError);
  });
});

describe('FrameDecoder (streaming)', () => {
  it('yields every frame whatever the chunking', () => {
    fc.assert(
      fc.property(fc.array(frameArb, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 20 }), (list, cuts) => {
        const stream = Buffer.concat(list.map(encodeFrame));
        const decoder = new FrameDecoder();
        const got = split(stream, cuts).flatMap((chunk) => frames(decoder.push(chunk)));
        expect(got).toEqual(list);
        expect(decoder.buffered).toBe(0);
        expect(decoder.discarded).toBe(0);
      }),
    );
  });

  it('resynchronises after garbage without STX between frames', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(frameArb, fc.uint8Array({ maxLength: 40 }).map((g) => Buffer.from(g.filter((b) => b !== 0x02)))), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (pairs, cuts) => {
          const stream = Buffer.concat(pairs.flatMap(([frame, garbage]) => [garbage, encodeFrame(frame)]));
          const decoder = new FrameDecoder();
          const got = split(stream, cuts).flatMap((chunk) => frames(decoder.push(chunk)));
          expect(got).toEqual(pairs.map(([frame]) => frame));
          expect(decoder.discarded).toBe(pairs.reduce((n, [, g]) => n + g.length, 0));
        },
      ),
    );
  });

  it('finds a frame after arbitrary garbage once the inter-character timeout abandons false starts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60 }), frameArb, (garbage, frame) => {
        const decoder = new FrameDecoder();
        const events = decoder.push(Buffer.concat([Buffer.from(garbage), encodeFrame(frame)]));
        // Each abandon drops one byte, so the loop ends; the real frame must come out.
        for (let i = 0; i < garbage.length && !frames(events).some((f) => f.seq === frame.seq && f.cmd === frame.cmd && f.data.equals(frame.data)); i++) {
          events.push(...decoder.abandon());
        }
        expect(frames(events)).toContainEqual(frame);
      }),
    );
  });

  it('reports a frame-shaped run with a bad CRC as corrupt and goes on to the next frame', () => {
    const good = encodeFrame({ seq: 2, cmd: 0x93, data: Buffer.from('9000', 'hex') });
    const bad = Buffer.from(good);
    bad[5] = 0x91;
    const decoder = new FrameDecoder();
    const events = decoder.push(Buffer.concat([bad, good]));
    expect(events[0]?.kind).toBe('corrupt');
    expect(frames(events)).toEqual([{ seq: 2, cmd: 0x93, data: Buffer.from('9000', 'hex') }]);
  });

  it('never throws, never grows beyond one maximal frame, on random bytes (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), (chunks) => {
        const decoder = new FrameDecoder();
        for (const chunk of chunks) {
          decoder.push(chunk);
          expect(decoder.buffered).toBeLessThanOrEqual(MAX_DATA + 8 + 300);
        }
        while (decoder.buffered > 0) decoder.abandon();
        expect(decoder.buffered).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('decodeFrame on random bytes either returns a frame that re-encodes to them or throws SerialFrameError (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (raw) => {
        const bytes = Buffer.from(raw);
        try {
          const frame = decodeFrame(bytes);
          expect(encodeFrame(frame).equals(bytes)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(SerialFrameError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
