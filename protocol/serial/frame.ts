/**
 * The serial reader frame (README.md §Frame) — one codec for both directions:
 *
 *   STX  LEN(2, BE)  SEQ  CMD  DATA(LEN−2)  CRC(2, BE)  ETX
 *   02   0002        01   10                CBA0        03     STATUS, sequence 1
 *
 * LEN counts SEQ + CMD + DATA (2..MAX_DATA+2); CRC is CRC-16/CCITT-FALSE over LEN, SEQ, CMD
 * and DATA. A frame is LEN + 6 bytes long. `encodeFrame` and `decodeFrame` are exact
 * inverses; `decodeFrame` insists the buffer is exactly one frame. `FrameDecoder` is the
 * streaming side: it takes chunks as the port delivers them, skips garbage, and
 * resynchronises on the next STX.
 */
import { CodecError, hex } from '../apdu/errors.ts';
import { crc16 } from './crc16.ts';

export const STX = 0x02;
export const ETX = 0x03;
/** Largest DATA: a short command APDU (5 + 255 + 1) or response (256 + 2) fits with room to spare. */
export const MAX_DATA = 512;
/** Frame bytes around DATA: STX, LEN×2, SEQ, CMD, CRC×2, ETX. */
export const FRAME_OVERHEAD = 8;

export interface Frame {
  /** 1..255 for a request and its response; 0 for the reader's unsolicited events. */
  readonly seq: number;
  readonly cmd: number;
  readonly data: Buffer;
}

export type FrameErrorReason = 'short' | 'stx' | 'length' | 'etx' | 'crc' | 'trailing' | 'field';

/** A frame that breaks README.md §Frame; `reason` says which rule. */
export class SerialFrameError extends CodecError {
  readonly reason: FrameErrorReason;

  constructor(reason: FrameErrorReason, message: string, input?: Uint8Array) {
    super(message, input ? { input: hex(input) } : {});
    this.name = 'SerialFrameError';
    this.reason = reason;
  }
}

function checkByte(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) {
    throw new SerialFrameError('field', `${name} must be a byte, got ${value}`);
  }
}

export function encodeFrame(frame: Frame): Buffer {
  checkByte('SEQ', frame.seq);
  checkByte('CMD', frame.cmd);
  if (frame.data.length > MAX_DATA) {
    throw new SerialFrameError('length', `DATA of ${frame.data.length} bytes exceeds ${MAX_DATA}`);
  }
  const len = frame.data.length + 2;
  const out = Buffer.alloc(len + 6);
  out[0] = STX;
  out.writeUInt16BE(len, 1);
  out[3] = frame.seq;
  out[4] = frame.cmd;
  frame.data.copy(out, 5);
  out.writeUInt16BE(crc16(out.subarray(1, 3 + len)), 3 + len);
  out[out.length - 1] = ETX;
  return out;
}

type Inspection =
  | { readonly kind: 'frame'; readonly frame: Frame; readonly size: number }
  | { readonly kind: 'need'; readonly size: number }
  | { readonly kind: 'bad'; readonly reason: FrameErrorReason; readonly message: string; readonly size: number };

/** Looks at the bytes from `bytes[0]` (which must be STX) and says what they are. */
function inspect(bytes: Buffer): Inspection {
  if (bytes.length < 3) return { kind: 'need', size: 3 };
  const len = bytes.readUInt16BE(1);
  if (len < 2 || len > MAX_DATA + 2) {
    return { kind: 'bad', reason: 'length', message: `LEN ${len} outside 2..${MAX_DATA + 2}`, size: 3 };
  }
  const size = len + 6;
  if (bytes.length < size) return { kind: 'need', size };
  if (bytes[size - 1] !== ETX) {
    return { kind: 'bad', reason: 'etx', message: `byte ${size - 1} is ${bytes[size - 1]?.toString(16)}, not ETX`, size };
  }
  const expected = crc16(bytes.subarray(1, 3 + len));
  const actual = bytes.readUInt16BE(3 + len);
  if (expected !== actual) {
    return { kind: 'bad', reason: 'crc', message: `CRC ${actual.toString(16)} should be ${expected.toString(16)}`, size };
  }
  const frame: Frame = { seq: bytes[3] ?? 0, cmd: bytes[4] ?? 0, data: Buffer.from(bytes.subarray(5, 3 + len)) };
  return { kind: 'frame', frame, size };
}

/** Decodes exactly one frame; anything short, long, or wrong throws `SerialFrameError`. */
export function decodeFrame(bytes: Buffer): Frame {
  if (bytes[0] !== STX) throw new SerialFrameError('stx', 'frame does not start with STX', bytes);
  const result = inspect(bytes);
  switch (result.kind) {
    case 'need':
      throw new SerialFrameError('short', `frame needs ${result.size} bytes, got ${bytes.length}`, bytes);
    case 'bad':
      throw new SerialFrameError(result.reason, result.message, bytes);
    case 'frame':
      if (result.size !== bytes.length) {
        throw new SerialFrameError('trailing', `${bytes.length - result.size} bytes after the frame`, bytes);
      }
      return result.frame;
    default: {
      const never: never = result;
      throw new Error(`unreachable ${String(never)}`);
    }
  }
}

export type DecodeEvent =
  /** A whole, checked frame. */
  | { readonly kind: 'frame'; readonly frame: Frame }
  /**
   * Bytes shaped like a frame (STX, sane LEN, ETX in place) whose CRC fails: line noise hit a
   * real frame. The client answers it with REPEAT instead of waiting for a timeout.
   */
  | { readonly kind: 'corrupt'; readonly bytes: Buffer };

/**
 * Streaming decoder. `push(chunk)` returns the events completed by that chunk; bytes that
 * cannot start a frame are dropped and counted in `discarded`. It never holds more than one
 * maximal frame (MAX_DATA + 8 bytes) of undecided input, so garbage cannot make it grow.
 */
export class FrameDecoder {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes dropped while hunting for STX or after a false start. */
  discarded = 0;

  push(chunk: Uint8Array): DecodeEvent[] {
    this.pending = this.pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.pending, chunk]);
    return this.drain();
  }

  /**
   * The inter-character timeout fired (README.md §Timing): the bytes held cannot be the start
   * of a frame that is still arriving. Drop the STX they start with and decode what follows —
   * a false STX in line noise with a large LEN must not hold back the real frame behind it.
   */
  abandon(): DecodeEvent[] {
    if (this.pending.length === 0) return [];
    this.discarded += 1;
    this.pending = this.pending.subarray(1);
    return this.drain();
  }

  private drain(): DecodeEvent[] {
    const events: DecodeEvent[] = [];
    for (;;) {
      const start = this.pending.indexOf(STX);
      if (start < 0) {
        this.discarded += this.pending.length;
        this.pending = Buffer.alloc(0);
        return events;
      }
      if (start > 0) {
        this.discarded += start;
        this.pending = this.pending.subarray(start);
      }
      const result = inspect(this.pending);
      if (result.kind === 'need') return events;
      if (result.kind === 'frame') {
        events.push({ kind: 'frame', frame: result.frame });
        this.pending = this.pending.subarray(result.size);
        continue;
      }
      // A false start: drop only the STX and look again from the next byte, so a real frame
      // that begins inside the rejected span is still found.
      if (result.reason === 'crc') events.push({ kind: 'corrupt', bytes: Buffer.from(this.pending.subarray(0, result.size)) });
      this.discarded += 1;
      this.pending = this.pending.subarray(1);
    }
  }

  /** Bytes held while waiting for the rest of a frame. */
  get buffered(): number {
    return this.pending.length;
  }

  reset(): void {
    this.pending = Buffer.alloc(0);
  }
}
