/**
 * The device side of the serial reader / PIN-pad protocol (protocol/serial/README.md): a
 * reader with one card slot and a PIN pad, hosting a card in-process. It is transport-free —
 * bytes from the host go into `receive()`, bytes to the host come out of `onSend()` — so the
 * same device runs behind a pseudo-terminal (`pty-emulator.ts`, for the real `serialport`
 * driver) and behind the mock line (`drivers/serial/mock-port.ts`, for fast unit tests).
 *
 * It keeps its last answer and that answer's SEQ, and re-sends them on REPEAT without running
 * the command again (README.md §Exchange rules). Fault handles (`faults`) let tests corrupt,
 * drop or prefix answers with line noise.
 */
import type { Logger } from 'pino';
import { FrameDecoder, SerialFrameError, encodeFrame, type Frame } from '../../protocol/serial/frame.ts';
import { CMD, decodeRequest, encodeReply, requestName, type CardState, type ReaderErrorName, type ReaderReply, type ReaderRequest } from '../../protocol/serial/messages.ts';
import { apduLabel, encodePinBcd, type PadEntry, type PinPad } from './pin-pad.ts';

/** The card in the slot — `VirtualCard` from simulator/card fits this shape. */
export interface SlotCard {
  /** Cold reset; returns the ATR. */
  powerOn(): Buffer | Promise<Buffer>;
  powerOff?(): void;
  transmit(apdu: Buffer): Buffer | Promise<Buffer>;
}

export interface ReaderFaults {
  /** Flip a byte in the next n answers (CRC fails at the host). */
  corruptReplies: number;
  /** Do not send the next n answers at all (host times out). */
  dropReplies: number;
  /** Bytes of line noise to send before the next answer. */
  noiseBeforeReply: Buffer | undefined;
  /** Flip a byte in the next n commands as they arrive (the reader answers ERROR 04). */
  corruptCommands: number;
}

export interface ReaderDeviceOptions {
  readonly pad: PinPad;
  readonly logger?: Logger;
}

export class SerialReaderDevice {
  readonly pad: PinPad;
  readonly faults: ReaderFaults = { corruptReplies: 0, dropReplies: 0, noiseBeforeReply: undefined, corruptCommands: 0 };
  /** What the display shows, line by line (a handle for tests). */
  readonly display: string[] = ['', '', '', ''];
  /** Beeps so far. */
  beeps = 0;
  /** Commands executed (REPEATs not counted): how tests see that a REPEAT did not run twice. */
  executed = 0;
  readonly #log: Logger | undefined;
  readonly #decoder = new FrameDecoder();
  readonly #send = new Set<(bytes: Buffer) => void>();
  #card: SlotCard | undefined;
  #powered = false;
  /** SEQ of the command running now (a PIN entry takes seconds). */
  #running: number | undefined;
  #last: { seq: number; bytes: Buffer } | undefined;

  constructor(options: ReaderDeviceOptions) {
    this.pad = options.pad;
    this.#log = options.logger;
  }

  get cardState(): CardState {
    if (!this.#card) return 'absent';
    return this.#powered ? 'powered' : 'present';
  }

  /** Puts a card in the slot and tells the host (CARD EVENT, SEQ 0). */
  insert(card: SlotCard): void {
    this.#card = card;
    this.#powered = false;
    this.#emit(encodeFrame(encodeReply(0, { cmd: 'cardEvent', card: 'present' })));
  }

  /** Takes the card out (also mid-command: its next APDU finds no card). */
  remove(): void {
    this.#card?.powerOff?.();
    this.#card = undefined;
    this.#powered = false;
    this.#emit(encodeFrame(encodeReply(0, { cmd: 'cardEvent', card: 'absent' })));
  }

  /** Bytes to the host. Returns the unsubscribe. */
  onSend(listener: (bytes: Buffer) => void): () => void {
    this.#send.add(listener);
    return () => this.#send.delete(listener);
  }

  /** Bytes from the host, in any chunking. */
  receive(chunk: Buffer): void {
    let bytes = chunk;
    if (this.faults.corruptCommands > 0 && bytes.length > 5) {
      this.faults.corruptCommands--;
      bytes = Buffer.from(bytes);
      bytes[5] = (bytes[5] ?? 0) ^ 0xa5;
    }
    for (const event of this.#decoder.push(bytes)) {
      if (event.kind === 'corrupt') {
        // README.md: ERROR 04 with the SEQ byte as read; the host sends the command again
        this.#reply(event.bytes[3] ?? 0, { cmd: 'error', request: event.bytes[4] ?? 0, error: 'badChecksum' }, false);
        continue;
      }
      void this.#onFrame(event.frame);
    }
  }

  async #onFrame(frame: Frame): Promise<void> {
    let decoded: { seq: number; request: ReaderRequest };
    try {
      decoded = decodeRequest(frame);
    } catch (err) {
      if (!(err instanceof SerialFrameError)) throw err;
      this.#log?.warn({ err: err.message, cmd: frame.cmd }, 'bad command');
      const error: ReaderErrorName = requestName(frame.cmd) ? 'badParameter' : 'unknownCommand';
      if (frame.seq !== 0) this.#reply(frame.seq, { cmd: 'error', request: frame.cmd, error }, false);
      return;
    }
    const { seq, request } = decoded;
    if (request.cmd === 'repeat') {
      if (this.#running === seq) {
        // still working on it (the holder is typing): README.md §Exchange rules
        this.#reply(seq, { cmd: 'error', request: CMD.repeat, error: 'busy' }, false);
      } else if (this.#last && this.#last.seq === seq) {
        this.#log?.debug({ seq }, 'repeat last answer');
        this.#transmitBytes(this.#last.bytes);
      } else {
        this.#reply(seq, { cmd: 'error', request: CMD.repeat, error: 'nothingToRepeat' }, false);
      }
      return;
    }
    if (this.#running !== undefined) {
      this.#reply(seq, { cmd: 'error', request: CMD[request.cmd], error: 'busy' }, false);
      return;
    }
    this.#running = seq;
    let reply: ReaderReply;
    try {
      this.executed++;
      reply = await this.#execute(request);
    } finally {
      this.#running = undefined;
    }
    this.#reply(seq, reply, true);
  }

  async #execute(request: Exclude<ReaderRequest, { cmd: 'repeat' }>): Promise<ReaderReply> {
    const refuse = (error: ReaderErrorName): ReaderReply => ({ cmd: 'error', request: CMD[request.cmd], error });
    switch (request.cmd) {
      case 'status':
        return { cmd: 'status', card: this.cardState };
      case 'powerOn': {
        const card = this.#card;
        if (!card) return refuse('noCard');
        try {
          const atr = await card.powerOn();
          this.#powered = true;
          return { cmd: 'powerOn', atr };
        } catch (err) {
          this.#log?.warn({ err: String(err) }, 'card gave no ATR');
          return refuse('cardMute');
        }
      }
      case 'powerOff':
        this.#card?.powerOff?.();
        this.#powered = false;
        return { cmd: 'powerOff' };
      case 'transmit': {
        const answer = await this.#toCard(request.apdu);
        return typeof answer === 'string' ? refuse(answer) : { cmd: 'transmit', response: answer };
      }
      case 'verifyPin': {
        if (!this.#card) return refuse('noCard');
        if (!this.#powered) return refuse('notPowered');
        const entry = await this.#collect('verify', request.prompt, request);
        if (entry.kind !== 'digits') return refuse(entry.kind === 'cancel' ? 'pinCancelled' : 'pinTimeout');
        const pin = encodePinBcd(entry.pin);
        // CLA 20 00 keyRef Lc PIN — e.g. 00 20 00 00 03 12 34 56
        const answer = await this.#toCard(Buffer.concat([Buffer.from([request.cla, 0x20, 0x00, request.keyRef, pin.length]), pin]));
        return typeof answer === 'string' ? refuse(answer) : { cmd: 'verifyPin', sw: statusWord(answer) };
      }
      case 'changePin': {
        if (!this.#card) return refuse('noCard');
        if (!this.#powered) return refuse('notPowered');
        // one prompt per line: old, new, new again; a host that sends one gets it three times, as a real pad shows it
        const prompts = request.prompt.split('\n');
        const promptFor = (i: number): string => prompts[Math.min(i, prompts.length - 1)]!;
        const old = await this.#collect('old', promptFor(0), request);
        if (old.kind !== 'digits') return refuse(old.kind === 'cancel' ? 'pinCancelled' : 'pinTimeout');
        const fresh = await this.#collect('new', promptFor(1), request);
        if (fresh.kind !== 'digits') return refuse(fresh.kind === 'cancel' ? 'pinCancelled' : 'pinTimeout');
        const again = await this.#collect('confirm', promptFor(2), request);
        if (again.kind !== 'digits') return refuse(again.kind === 'cancel' ? 'pinCancelled' : 'pinTimeout');
        if (again.pin !== fresh.pin) return refuse('pinCancelled');
        // 80 5E 01 00 Lc <old> FF <new> (social-security-card.md, change PIN)
        const body = Buffer.concat([encodePinBcd(old.pin), Buffer.from([0xff]), encodePinBcd(fresh.pin)]);
        const answer = await this.#toCard(Buffer.concat([Buffer.from([0x80, 0x5e, 0x01, 0x00, body.length]), body]));
        return typeof answer === 'string' ? refuse(answer) : { cmd: 'changePin', sw: statusWord(answer) };
      }
      case 'display':
        this.display[request.line] = request.text;
        this.#log?.info({ line: request.line, text: request.text }, 'display');
        return { cmd: 'display' };
      case 'beep':
        this.beeps += request.count;
        return { cmd: 'beep' };
      default: {
        const never: never = request;
        throw new Error(`unreachable ${String(never)}`);
      }
    }
  }

  async #collect(purpose: 'verify' | 'old' | 'new' | 'confirm', prompt: string, limits: { minLength: number; maxLength: number; timeoutSeconds: number }): Promise<PadEntry> {
    this.display[0] = prompt;
    // only the limits: the request's own prompt field must not override this entry's prompt
    const entry = await this.pad.collect({ purpose, prompt, minLength: limits.minLength, maxLength: limits.maxLength, timeoutSeconds: limits.timeoutSeconds });
    if (entry.kind === 'digits' && (!/^\d+$/.test(entry.pin) || entry.pin.length < limits.minLength || entry.pin.length > limits.maxLength)) {
      // A pad does not accept Enter on a PIN of the wrong length; a scripted one that tries is cancelling.
      this.#log?.warn({ purpose, digits: entry.pin.length }, 'PIN of the wrong length typed; entry cancelled');
      return { kind: 'cancel' };
    }
    this.#log?.info({ purpose, outcome: entry.kind }, 'PIN pad entry');
    return entry;
  }

  /** Sends an APDU to the card, logging it as a transcript line with any PIN hidden. */
  async #toCard(apdu: Buffer): Promise<Buffer | ReaderErrorName> {
    const card = this.#card;
    if (!card) return 'noCard';
    if (!this.#powered) return 'notPowered';
    this.#log?.info({ apdu: `=> ${apduLabel(apdu)}` }, 'apdu');
    try {
      const response = await card.transmit(apdu);
      if (this.#card !== card) return 'noCard';
      this.#log?.info({ apdu: `<= ${response.toString('hex').toUpperCase()}` }, 'apdu');
      return response;
    } catch (err) {
      this.#log?.warn({ err: String(err) }, 'card did not answer');
      return this.#card === card ? 'cardMute' : 'noCard';
    }
  }

  #reply(seq: number, reply: ReaderReply, keep: boolean): void {
    const bytes = encodeFrame(encodeReply(seq, reply));
    if (keep) this.#last = { seq, bytes };
    this.#transmitBytes(bytes);
  }

  #transmitBytes(bytes: Buffer): void {
    if (this.faults.dropReplies > 0) {
      this.faults.dropReplies--;
      return;
    }
    let out = bytes;
    if (this.faults.corruptReplies > 0) {
      this.faults.corruptReplies--;
      out = Buffer.from(bytes);
      out[5] = (out[5] ?? 0) ^ 0x5a;
    }
    if (this.faults.noiseBeforeReply) {
      out = Buffer.concat([this.faults.noiseBeforeReply, out]);
      this.faults.noiseBeforeReply = undefined;
    }
    this.#emit(out);
  }

  #emit(bytes: Buffer): void {
    for (const listener of this.#send) listener(bytes);
  }
}

function statusWord(response: Buffer): number {
  return response.length >= 2 ? response.readUInt16BE(response.length - 2) : 0x6f00;
}
