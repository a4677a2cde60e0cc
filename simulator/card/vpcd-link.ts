/**
 * Attaches a virtual card to a vpcd reader slot over TCP (vsmartcard's vpcd protocol,
 * shared/reference/peer-systems.md): every message is a 2-byte big-endian length and a
 * payload; a 1-byte payload is a control code — 00 power off, 01 power on, 02 reset,
 * 04 get ATR (answer: the ATR) — and a longer one is a command APDU (answer: the response).
 *
 *   vpcd → card  0001 04                           get ATR
 *   card → vpcd  0010 3B6C0000 5353433100112233…   the ATR
 *   vpcd → card  0014 00A404000F7378312E…CF         SELECT SSSE
 *   card → vpcd  0002 6113
 *
 * Connecting is inserting the card, disconnecting is pulling it out: pcscd notices at its
 * next poll (about 0.4 s). `insert`, `remove` and `swap` resolve once vpcd has spoken to the
 * new card (or the old connection is closed), so a test can then ask pcscd what it sees.
 */
import { EventEmitter } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { hex } from '../../protocol/apdu/errors.ts';
import { CardNotPoweredError } from './iso-card.ts';
import { commandLine, responseLine } from './transcript.ts';

/** Anything that behaves like a card: VirtualCard, VirtualPsam, or a test double. */
export interface VpcdCard {
  atr(): Buffer;
  powerOn(): Buffer;
  powerOff(): void;
  reset(): Buffer;
  transmit(apdu: Buffer): Buffer;
}

export const VPCD_CONTROL = { POWER_OFF: 0x00, POWER_ON: 0x01, RESET: 0x02, GET_ATR: 0x04 } as const;

export type TranscriptSink = string | ((line: string) => void);

export interface VpcdLinkOptions {
  readonly port: number;
  readonly host?: string;
  /** A file to append `=> …` / `<= …` lines to, or a function taking each line. */
  readonly transcript?: TranscriptSink;
  /** Written in transcript notes, e.g. "slot 0". */
  readonly label?: string;
  /** How long insert() waits for vpcd to speak to the card (pcscd polls every ~0.4 s). */
  readonly insertTimeoutMs?: number;
}

export interface Exchange {
  readonly command: Buffer;
  readonly response: Buffer;
}

export class VpcdLinkError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'VpcdLinkError';
  }
}

/**
 * A hook that sees each command before the card does; returning `'pull'` removes the card
 * at that instant (the command gets no answer) — "card pulled out mid-read"; returning
 * `'mute'` leaves the card in and never answers that command — a mute or broken card; a
 * buffer is sent as the answer instead of the card's — a card answering garbage.
 */
export type CommandHook = (apdu: Buffer) => 'pull' | 'mute' | Buffer | undefined;

/**
 * Events: `inserted`, `removed` (reason), `exchange` (Exchange), `control` (code),
 * `error` is never emitted — failures reject the promise of the call that caused them.
 */
export class VpcdLink extends EventEmitter {
  readonly port: number;
  readonly host: string;
  private readonly label: string;
  private readonly insertTimeoutMs: number;
  private readonly writeLine: ((line: string) => void) | undefined;
  private readonly file: WriteStream | undefined;
  private socket: Socket | undefined;
  private current: VpcdCard | undefined;
  private buffer = Buffer.alloc(0);
  private hook: CommandHook | undefined;
  private closed = false;
  /** Exchanges answered since the link was made. */
  exchanges = 0;

  constructor(options: VpcdLinkOptions) {
    super();
    this.port = options.port;
    this.host = options.host ?? '127.0.0.1';
    this.label = options.label ?? `port ${options.port}`;
    this.insertTimeoutMs = options.insertTimeoutMs ?? 10_000;
    if (typeof options.transcript === 'string') {
      this.file = createWriteStream(options.transcript, { flags: 'a' });
      const file = this.file;
      this.writeLine = (line) => file.write(`${line}\n`);
    } else {
      this.writeLine = options.transcript;
    }
  }

  /** The card in the slot, if any. */
  get card(): VpcdCard | undefined {
    return this.current;
  }

  get inserted(): boolean {
    return this.socket !== undefined;
  }

  /** Sets (or clears) the hook that may pull the card on a given command. */
  onCommand(hook: CommandHook | undefined): void {
    this.hook = hook;
  }

  private note(text: string): void {
    this.writeLine?.(`# ${new Date().toISOString()} ${this.label}: ${text}`);
  }

  /** Connects the card to vpcd; resolves when vpcd has sent its first message to it. */
  async insert(card: VpcdCard): Promise<void> {
    if (this.closed) throw new VpcdLinkError('the link is closed');
    if (this.socket) throw new VpcdLinkError(`a card is already in ${this.label}; remove it or swap`);
    this.current = card;
    this.buffer = Buffer.alloc(0);
    const socket = connect({ host: this.host, port: this.port });
    socket.setNoDelay(true);
    this.socket = socket;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.drop(socket, 'vpcd did not take the card');
        reject(new VpcdLinkError(`vpcd on ${this.host}:${this.port} did not speak to the card within ${this.insertTimeoutMs} ms — is pcscd running with this reader, and is the slot free?`));
      }, this.insertTimeoutMs);
      const onFirst = (): void => {
        cleanup();
        resolve();
      };
      const onError = (err: Error): void => {
        cleanup();
        this.drop(socket, err.message);
        reject(new VpcdLinkError(`cannot reach vpcd on ${this.host}:${this.port}: ${err.message}`, { cause: err }));
      };
      const onClose = (): void => {
        cleanup();
        reject(new VpcdLinkError(`vpcd on ${this.host}:${this.port} closed the connection before speaking to the card`));
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        this.off('message', onFirst);
        socket.off('error', onError);
        socket.off('close', onClose);
      };
      this.once('message', onFirst);
      socket.once('error', onError);
      socket.once('close', onClose);
      socket.on('data', (chunk: Buffer) => this.onData(socket, chunk));
      socket.on('close', () => this.drop(socket, 'vpcd closed the connection'));
      socket.on('error', () => undefined); // the close that follows does the cleanup
    });
    this.note('card inserted');
    this.emit('inserted');
  }

  /** Pulls the card out: closes the connection and waits until it is closed. */
  async remove(): Promise<void> {
    const socket = this.socket;
    if (!socket) return;
    const closed = socket.destroyed ? Promise.resolve() : new Promise<void>((resolve) => socket.once('close', () => resolve()));
    this.drop(socket, 'removed');
    await closed;
  }

  /** Pulls the card out and puts another in. */
  async swap(card: VpcdCard): Promise<void> {
    await this.remove();
    await this.insert(card);
  }

  /** Removes the card and closes the transcript file. */
  async close(): Promise<void> {
    await this.remove();
    this.closed = true;
    if (this.file) await new Promise<void>((resolve) => this.file!.end(resolve));
  }

  private drop(socket: Socket, reason: string): void {
    if (this.socket !== socket) return;
    this.socket = undefined;
    socket.destroy();
    this.current?.powerOff();
    this.note(`card removed (${reason})`);
    this.emit('removed', reason);
  }

  private onData(socket: Socket, chunk: Buffer): void {
    if (this.socket !== socket) return;
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 2) {
      const length = this.buffer.readUInt16BE(0);
      if (this.buffer.length < 2 + length) return;
      const payload = Buffer.from(this.buffer.subarray(2, 2 + length));
      this.buffer = this.buffer.subarray(2 + length);
      this.emit('message', payload);
      const answer = this.answer(payload);
      if (this.socket !== socket) return; // pulled by a hook
      if (answer) {
        const header = Buffer.alloc(2);
        header.writeUInt16BE(answer.length);
        socket.write(Buffer.concat([header, answer]));
      }
    }
  }

  private answer(payload: Buffer): Buffer | undefined {
    const card = this.current;
    if (!card) return undefined;
    if (payload.length === 1) {
      const code = payload[0]!;
      this.emit('control', code);
      switch (code) {
        case VPCD_CONTROL.POWER_OFF:
          card.powerOff();
          this.note('power off');
          return undefined;
        case VPCD_CONTROL.POWER_ON:
          this.note(`power on, ATR ${hex(card.powerOn())}`);
          return undefined;
        case VPCD_CONTROL.RESET:
          this.note(`reset, ATR ${hex(card.reset())}`);
          return undefined;
        case VPCD_CONTROL.GET_ATR:
          return card.atr();
        default:
          this.note(`unknown control code ${code}`);
          return undefined;
      }
    }
    const fault = this.hook?.(payload);
    if (fault === 'mute') {
      this.writeLine?.(commandLine(payload));
      this.note('the card does not answer this command');
      return undefined;
    }
    if (fault === 'pull') {
      this.writeLine?.(commandLine(payload));
      this.note('card pulled out while this command ran');
      if (this.socket) this.drop(this.socket, 'pulled mid-command');
      return undefined;
    }
    let response: Buffer;
    try {
      response = Buffer.isBuffer(fault) ? fault : card.transmit(payload);
    } catch (err) {
      if (!(err instanceof CardNotPoweredError)) {
        // a card program bug must not take the link down: answer "no precise diagnosis"
        this.note(`card failed on ${hex(payload)}: ${(err as Error).message}`);
        response = Buffer.from([0x6f, 0x00]);
      } else {
        // pcscd powers the card before sending APDUs; after a pcscd restart vpcd may not
        this.note('command to an unpowered card: powering it');
        card.powerOn();
        response = card.transmit(payload);
      }
    }
    this.exchanges++;
    this.writeLine?.(commandLine(payload));
    this.writeLine?.(responseLine(response));
    this.emit('exchange', { command: payload, response } satisfies Exchange);
    return response;
  }
}
