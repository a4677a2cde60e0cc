/**
 * The reader's commands, answers and events (README.md §Commands) as typed values, and their
 * exact-inverse codecs onto `Frame`. A response carries the request's CMD with bit 7 set and
 * the request's SEQ; an error carries CMD 7F; an unsolicited card event carries CMD 40, SEQ 0.
 *
 *   host   → 02 0007 05 20 1E 06 06 00 00 … 03   VERIFY PIN ON PAD (30 s, 6..6 digits, CLA 00, key 00)
 *   reader → 02 0004 05 A0 63 C2 …  03           the card said 63C2: wrong, 2 tries left
 *
 * Text for the pad's display goes as GBK, the encoding of every Chinese PIN pad we model. The
 * decoder re-encodes what it decoded and refuses bytes that do not survive the round trip, so
 * `encode(decode(b))` is `b` for every accepted `b`.
 */
import iconv from 'iconv-lite';
import { SerialFrameError, type Frame } from './frame.ts';

/** Command codes, host → reader (README.md §Commands). */
export const CMD = {
  repeat: 0x0f,
  status: 0x10,
  powerOn: 0x11,
  powerOff: 0x12,
  transmit: 0x13,
  verifyPin: 0x20,
  changePin: 0x21,
  display: 0x30,
  beep: 0x31,
} as const;

/** Reader → host codes that are not a request's code | 0x80. */
export const ERROR_CMD = 0x7f;
export const EVENT_CMD = 0x40;
export const RESPONSE_BIT = 0x80;

/** What the reader reports about the card slot. */
export const CARD_STATE = { absent: 0x00, present: 0x01, powered: 0x02 } as const;
export type CardState = keyof typeof CARD_STATE;

/** Error codes in an error response (README.md §Errors). */
export const READER_ERROR = {
  noCard: 0x01,
  cardMute: 0x02,
  notPowered: 0x03,
  badChecksum: 0x04,
  unknownCommand: 0x05,
  badParameter: 0x06,
  pinCancelled: 0x07,
  pinTimeout: 0x08,
  nothingToRepeat: 0x09,
  busy: 0x0a,
} as const;
export type ReaderErrorName = keyof typeof READER_ERROR;

/**
 * PIN entry on the pad: the pad prompts, collects the digits and sends the VERIFY (or CHANGE
 * PIN) APDU to the card itself. The host learns only the card's status word.
 */
export interface PinEntryParams {
  /** How long the pad waits for the holder, 1..255 s. */
  readonly timeoutSeconds: number;
  /** Accepted PIN lengths, 4 ≤ min ≤ max ≤ 12 digits. */
  readonly minLength: number;
  readonly maxLength: number;
  /** Shown on the pad's display, e.g. "请输入密码". */
  readonly prompt: string;
}

export type ReaderRequest =
  | { readonly cmd: 'repeat' }
  | { readonly cmd: 'status' }
  | { readonly cmd: 'powerOn' }
  | { readonly cmd: 'powerOff' }
  | { readonly cmd: 'transmit'; readonly apdu: Buffer }
  /** `CLA 20 00 keyRef Lc <PIN packed BCD, F-padded>` built by the pad. */
  | ({ readonly cmd: 'verifyPin'; readonly cla: number; readonly keyRef: number } & PinEntryParams)
  /** `80 5E 01 00 Lc <old> FF <new>` built by the pad (new PIN typed twice on the pad). */
  | ({ readonly cmd: 'changePin' } & PinEntryParams)
  | { readonly cmd: 'display'; readonly line: number; readonly text: string }
  | { readonly cmd: 'beep'; readonly count: number; readonly durationMs: number };

export type RequestName = ReaderRequest['cmd'];

export type ReaderReply =
  | { readonly cmd: 'status'; readonly card: CardState }
  | { readonly cmd: 'powerOn'; readonly atr: Buffer }
  | { readonly cmd: 'powerOff' }
  | { readonly cmd: 'transmit'; readonly response: Buffer }
  | { readonly cmd: 'verifyPin'; readonly sw: number }
  | { readonly cmd: 'changePin'; readonly sw: number }
  | { readonly cmd: 'display' }
  | { readonly cmd: 'beep' }
  /** The reader could not do what was asked; `request` is the CMD byte it refused. */
  | { readonly cmd: 'error'; readonly request: number; readonly error: ReaderErrorName }
  /** Unsolicited (SEQ 0): a card was inserted or removed. */
  | { readonly cmd: 'cardEvent'; readonly card: CardState };

const NAME_OF_CMD = new Map<number, RequestName>(Object.entries(CMD).map(([name, code]) => [code, name as RequestName]));
const NAME_OF_STATE = new Map<number, CardState>(Object.entries(CARD_STATE).map(([name, code]) => [code, name as CardState]));
const NAME_OF_ERROR = new Map<number, ReaderErrorName>(Object.entries(READER_ERROR).map(([name, code]) => [code, name as ReaderErrorName]));

export function requestName(code: number): RequestName | undefined {
  return NAME_OF_CMD.get(code);
}

function fail(message: string, data?: Buffer): never {
  throw new SerialFrameError('field', message, data);
}

function byte(name: string, value: number, min = 0, max = 0xff): number {
  if (!Number.isInteger(value) || value < min || value > max) fail(`${name} must be ${min}..${max}, got ${value}`);
  return value;
}

/** GBK bytes of `text`; refuses text GBK cannot carry (it would come back as `?`). */
export function encodeGbk(text: string): Buffer {
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== text) fail(`text ${JSON.stringify(text)} is not representable in GBK`);
  return bytes;
}

/** Text of GBK `bytes`; refuses bytes that are not canonical GBK (no exact inverse). */
export function decodeGbk(bytes: Buffer): string {
  const text = iconv.decode(bytes, 'gbk');
  if (!iconv.encode(text, 'gbk').equals(bytes)) fail('text bytes are not valid GBK', bytes);
  return text;
}

function checkPinParams(p: PinEntryParams): void {
  byte('timeoutSeconds', p.timeoutSeconds, 1, 255);
  byte('minLength', p.minLength, 4, 12);
  byte('maxLength', p.maxLength, p.minLength, 12);
}

function requestData(req: ReaderRequest): Buffer {
  switch (req.cmd) {
    case 'repeat':
    case 'status':
    case 'powerOn':
    case 'powerOff':
      return Buffer.alloc(0);
    case 'transmit':
      if (req.apdu.length < 4) fail(`a command APDU has at least 4 bytes, got ${req.apdu.length}`);
      return req.apdu;
    case 'verifyPin':
      checkPinParams(req);
      // 1E 04 06 00 00 <prompt> — 30 s, 4..6 digits, CLA 00, key reference 00
      return Buffer.concat([
        Buffer.from([req.timeoutSeconds, req.minLength, req.maxLength, byte('cla', req.cla), byte('keyRef', req.keyRef)]),
        encodeGbk(req.prompt),
      ]);
    case 'changePin':
      checkPinParams(req);
      return Buffer.concat([Buffer.from([req.timeoutSeconds, req.minLength, req.maxLength]), encodeGbk(req.prompt)]);
    case 'display':
      // 01 <GBK text> — line 1
      return Buffer.concat([Buffer.from([byte('line', req.line, 0, 3)]), encodeGbk(req.text)]);
    case 'beep':
      if (!Number.isInteger(req.durationMs) || req.durationMs % 10 !== 0) fail(`durationMs must be a multiple of 10, got ${req.durationMs}`);
      // 02 0A — twice, 100 ms each
      return Buffer.from([byte('count', req.count, 1, 9), byte('durationMs/10', req.durationMs / 10, 1, 255)]);
    default: {
      const never: never = req;
      return fail(`unknown request ${JSON.stringify(never)}`);
    }
  }
}

export function encodeRequest(seq: number, req: ReaderRequest): Frame {
  return { seq: byte('seq', seq, 1, 255), cmd: CMD[req.cmd], data: requestData(req) };
}

function expectLength(data: Buffer, length: number, what: string): void {
  if (data.length !== length) fail(`${what} carries ${length} data bytes, got ${data.length}`, data);
}

function pinParams(data: Buffer, at: number): PinEntryParams {
  const params: PinEntryParams = {
    timeoutSeconds: data[0] ?? 0,
    minLength: data[1] ?? 0,
    maxLength: data[2] ?? 0,
    prompt: decodeGbk(data.subarray(at)),
  };
  checkPinParams(params);
  return params;
}

export function decodeRequest(frame: Frame): { seq: number; request: ReaderRequest } {
  const name = requestName(frame.cmd);
  if (!name) fail(`unknown command ${frame.cmd.toString(16)}`);
  if (frame.seq === 0) fail('a request has SEQ 1..255');
  const { data } = frame;
  const request = ((): ReaderRequest => {
    switch (name) {
      case 'repeat':
      case 'status':
      case 'powerOn':
      case 'powerOff':
        expectLength(data, 0, name);
        return { cmd: name };
      case 'transmit':
        if (data.length < 4) fail(`a command APDU has at least 4 bytes, got ${data.length}`, data);
        return { cmd: 'transmit', apdu: data };
      case 'verifyPin':
        if (data.length < 5) fail('VERIFY PIN ON PAD needs 5 parameter bytes', data);
        return { cmd: 'verifyPin', ...pinParams(data, 5), cla: data[3] ?? 0, keyRef: data[4] ?? 0 };
      case 'changePin':
        if (data.length < 3) fail('CHANGE PIN ON PAD needs 3 parameter bytes', data);
        return { cmd: 'changePin', ...pinParams(data, 3) };
      case 'display':
        if (data.length < 1) fail('DISPLAY needs a line byte', data);
        return { cmd: 'display', line: byte('line', data[0] ?? 0, 0, 3), text: decodeGbk(data.subarray(1)) };
      case 'beep':
        expectLength(data, 2, 'BEEP');
        return { cmd: 'beep', count: byte('count', data[0] ?? 0, 1, 9), durationMs: byte('durationMs/10', data[1] ?? 0, 1, 255) * 10 };
      default: {
        const never: never = name;
        return fail(`unknown command ${String(never)}`);
      }
    }
  })();
  return { seq: frame.seq, request };
}

function sw(value: number): Buffer {
  return Buffer.from([byte('SW1', value >> 8), value & 0xff]);
}

function state(card: CardState): number {
  return CARD_STATE[card];
}

export function encodeReply(seq: number, reply: ReaderReply): Frame {
  switch (reply.cmd) {
    case 'error':
      return { seq: byte('seq', seq), cmd: ERROR_CMD, data: Buffer.from([byte('request', reply.request), READER_ERROR[reply.error]]) };
    case 'cardEvent':
      if (seq !== 0) fail('a card event has SEQ 0');
      return { seq: 0, cmd: EVENT_CMD, data: Buffer.from([state(reply.card)]) };
    default:
  }
  const cmd = CMD[reply.cmd] | RESPONSE_BIT;
  const header = { seq: byte('seq', seq, 1, 255), cmd };
  switch (reply.cmd) {
    case 'status':
      return { ...header, data: Buffer.from([state(reply.card)]) };
    case 'powerOn':
      if (reply.atr.length < 2 || reply.atr.length > 33) fail(`an ATR has 2..33 bytes, got ${reply.atr.length}`);
      return { ...header, data: reply.atr };
    case 'transmit':
      if (reply.response.length < 2) fail('a response APDU ends in SW1 SW2');
      return { ...header, data: reply.response };
    case 'verifyPin':
    case 'changePin':
      return { ...header, data: sw(byte('sw', reply.sw, 0, 0xffff)) };
    case 'powerOff':
    case 'display':
    case 'beep':
      return { ...header, data: Buffer.alloc(0) };
    default: {
      const never: never = reply;
      return fail(`unknown reply ${JSON.stringify(never)}`);
    }
  }
}

function decodeState(data: Buffer): CardState {
  expectLength(data, 1, 'a card state');
  const card = NAME_OF_STATE.get(data[0] ?? -1);
  if (!card) fail(`unknown card state ${data[0]}`, data);
  return card;
}

export function decodeReply(frame: Frame): { seq: number; reply: ReaderReply } {
  const { seq, data } = frame;
  if (frame.cmd === EVENT_CMD) {
    if (seq !== 0) fail('a card event has SEQ 0');
    return { seq, reply: { cmd: 'cardEvent', card: decodeState(data) } };
  }
  if (frame.cmd === ERROR_CMD) {
    expectLength(data, 2, 'an error response');
    const error = NAME_OF_ERROR.get(data[1] ?? -1);
    if (!error) fail(`unknown reader error ${data[1]}`, data);
    return { seq, reply: { cmd: 'error', request: data[0] ?? 0, error } };
  }
  const name = (frame.cmd & RESPONSE_BIT) !== 0 ? requestName(frame.cmd & ~RESPONSE_BIT) : undefined;
  if (!name || name === 'repeat') fail(`unknown response code ${frame.cmd.toString(16)}`);
  if (seq === 0) fail('a response has SEQ 1..255');
  const reply = ((): ReaderReply => {
    switch (name) {
      case 'status':
        return { cmd: 'status', card: decodeState(data) };
      case 'powerOn':
        if (data.length < 2 || data.length > 33) fail(`an ATR has 2..33 bytes, got ${data.length}`, data);
        return { cmd: 'powerOn', atr: data };
      case 'transmit':
        if (data.length < 2) fail('a response APDU ends in SW1 SW2', data);
        return { cmd: 'transmit', response: data };
      case 'verifyPin':
      case 'changePin':
        expectLength(data, 2, 'a PIN answer');
        return { cmd: name, sw: data.readUInt16BE(0) };
      case 'powerOff':
      case 'display':
      case 'beep':
        expectLength(data, 0, name);
        return { cmd: name };
      default: {
        const never: never = name;
        return fail(`unknown response ${String(never)}`);
      }
    }
  })();
  return { seq, reply };
}
