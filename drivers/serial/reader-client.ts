/**
 * Host side of the serial reader / PIN-pad protocol (protocol/serial/README.md) on any
 * `SerialLine`: one command at a time, each answer matched by SEQ, and the README's exchange
 * rules — REPEAT on a corrupt or missing answer (the reader re-sends without running the
 * command again), re-send on `ERROR 04/09`, at most `retries` retries, the 50 ms
 * inter-character timeout, and an immediate typed failure when the line closes (reader
 * unplugged), so no call ever hangs.
 *
 * PIN entry happens on the pad: `enterPin()` sends VERIFY PIN ON PAD and gets back only the
 * card's status word, as a `PinOutcome` value. The PIN is never on this side of the line.
 */
import type { Logger } from 'pino';
import { classifyStatusWord, describeStatusWord, SW } from '../../protocol/apdu/status-words.ts';
import { FrameDecoder, SerialFrameError, encodeFrame, type DecodeEvent } from '../../protocol/serial/frame.ts';
import { CMD, decodeReply, encodeRequest, type CardState, type PinEntryParams, type ReaderReply, type ReaderRequest } from '../../protocol/serial/messages.ts';
import { CardStatusError } from '../pcsc/errors.ts';
import { READER_ERROR_FAILURE, SerialReaderError } from './errors.ts';
import type { SerialLine } from './port.ts';

/** What the pad shows for each entry of a PIN change: old PIN, new PIN, new PIN again. */
export const CHANGE_PIN_PROMPTS = ['请输入原密码', '请输入新密码', '请再次输入新密码'] as const;

/** The result of a PIN check (STYLE.md item 8): expected outcomes are values. */
export type PinOutcome = { readonly kind: 'ok' } | { readonly kind: 'wrong'; readonly triesLeft: number } | { readonly kind: 'blocked' };

export interface SerialReaderOptions {
  readonly logger?: Logger;
  /** Time to wait for the answer to an ordinary command. Default 1000 ms. */
  readonly timeoutMs?: number;
  /** REPEATs / re-sends a command may take before it fails. Default 2. */
  readonly retries?: number;
  /** README.md §Exchange rules: a partial frame older than this is abandoned. Default 50 ms. */
  readonly interCharTimeoutMs?: number;
  /** Added to the pad's own PIN timeout for the host's wait. Default 5000 ms. */
  readonly pinGraceMs?: number;
}

export interface PinPrompt {
  /** Default 30 s. */
  readonly timeoutSeconds?: number;
  /** Default 6..6 digits (the social security card's PIN). */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Default "请输入密码" (please enter the PIN). */
  readonly prompt?: string;
}

/** The card's status word after PIN entry → outcome; anything else is the card's refusal. */
export function pinOutcome(sw: number, command = 'VERIFY <PIN hidden>'): PinOutcome {
  const cls = classifyStatusWord(sw);
  if (cls.kind === 'ok') return { kind: 'ok' };
  // 63C0: wrong and no tries left — the card is now blocked
  if (cls.kind === 'pinWrong') return cls.triesLeft === 0 ? { kind: 'blocked' } : { kind: 'wrong', triesLeft: cls.triesLeft };
  if (sw === SW.BLOCKED) return { kind: 'blocked' };
  throw new CardStatusError(sw, command, describeStatusWord(sw).en);
}

type Outcome =
  | { readonly kind: 'reply'; readonly reply: ReaderReply }
  | { readonly kind: 'corrupt'; readonly why: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'gone'; readonly error: SerialReaderError };

interface Pending {
  readonly seq: number;
  settle(outcome: Outcome): void;
}

type ReplyOf<C extends ReaderRequest['cmd']> = Extract<ReaderReply, { cmd: C }>;

/** One line's worth of log about a reply: status words and lengths, never card data. */
function summarise(reply: ReaderReply): Record<string, unknown> {
  switch (reply.cmd) {
    case 'transmit':
      return { cmd: reply.cmd, sw: reply.response.subarray(-2).toString('hex').toUpperCase(), bytes: reply.response.length };
    case 'powerOn':
      return { cmd: reply.cmd, atrBytes: reply.atr.length };
    case 'verifyPin':
    case 'changePin':
      return { cmd: reply.cmd, sw: reply.sw.toString(16).toUpperCase() };
    default:
      return { ...reply };
  }
}

export class SerialReader {
  readonly line: SerialLine;
  readonly #log: Logger | undefined;
  readonly #timeoutMs: number;
  readonly #retries: number;
  readonly #interCharMs: number;
  readonly #pinGraceMs: number;
  readonly #decoder = new FrameDecoder();
  readonly #cardListeners = new Set<(card: CardState) => void>();
  readonly #goneListeners = new Set<(error: SerialReaderError) => void>();
  #seq = 0;
  #chain: Promise<unknown> = Promise.resolve();
  #pending: Pending | undefined;
  #gone: SerialReaderError | undefined;
  #interTimer: NodeJS.Timeout | undefined;

  constructor(line: SerialLine, options: SerialReaderOptions = {}) {
    this.line = line;
    this.#log = options.logger?.child({ reader: line.path });
    this.#timeoutMs = options.timeoutMs ?? 1000;
    this.#retries = options.retries ?? 2;
    this.#interCharMs = options.interCharTimeoutMs ?? 50;
    this.#pinGraceMs = options.pinGraceMs ?? 5000;
    line.onData((chunk) => this.#onData(chunk));
    line.onClose((info) => {
      const error = new SerialReaderError('reader-gone', info.disconnected ? 'the reader was disconnected' : 'the line was closed', { path: line.path, cause: info.error });
      this.#gone = error;
      clearTimeout(this.#interTimer);
      this.#log?.warn({ disconnected: info.disconnected }, 'serial reader gone');
      this.#pending?.settle({ kind: 'gone', error });
      for (const listener of this.#goneListeners) listener(error);
    });
    if (!line.isOpen) this.#gone = new SerialReaderError('reader-gone', 'the line is closed', { path: line.path });
  }

  get path(): string {
    return this.line.path;
  }

  /** False once the line closed (unplugged or `close()`); every call then fails at once. */
  get connected(): boolean {
    return this.#gone === undefined;
  }

  async status(): Promise<CardState> {
    return (await this.#call({ cmd: 'status' })).card;
  }

  /** Powers the card and resolves to its ATR. */
  async powerOn(): Promise<Buffer> {
    return (await this.#call({ cmd: 'powerOn' })).atr;
  }

  async powerOff(): Promise<void> {
    await this.#call({ cmd: 'powerOff' });
  }

  /** Sends one command APDU; resolves to the raw response (data ‖ SW1 SW2), like `CardHandle.transmit`. */
  async transmit(apdu: Buffer, options: { timeoutMs?: number } = {}): Promise<Buffer> {
    return (await this.#call({ cmd: 'transmit', apdu }, options.timeoutMs === undefined ? {} : { sliceMs: options.timeoutMs })).response;
  }

  /** The holder types the PIN on the pad; the pad sends VERIFY to the card. */
  async enterPin(prompt: PinPrompt & { cla?: number; keyRef?: number } = {}): Promise<PinOutcome> {
    const params = this.#pinParams(prompt);
    const reply = await this.#call({ cmd: 'verifyPin', ...params, cla: prompt.cla ?? 0x00, keyRef: prompt.keyRef ?? 0x00 }, { totalMs: this.#pinWait(params) });
    return pinOutcome(reply.sw);
  }

  /**
   * The holder types the old PIN and the new one twice; the pad sends CHANGE PIN (805E). The
   * prompt field carries the three prompts, one per line (protocol/serial/README.md), so the
   * pad does not ask for the old PIN three times.
   */
  async changePin(prompt: PinPrompt = {}): Promise<PinOutcome> {
    const params = this.#pinParams({ prompt: CHANGE_PIN_PROMPTS.join('\n'), ...prompt });
    const reply = await this.#call({ cmd: 'changePin', ...params }, { totalMs: this.#pinWait(params) });
    return pinOutcome(reply.sw, 'CHANGE PIN <PIN hidden>');
  }

  async display(text: string, line = 0): Promise<void> {
    await this.#call({ cmd: 'display', line, text });
  }

  async beep(count = 1, durationMs = 100): Promise<void> {
    await this.#call({ cmd: 'beep', count, durationMs });
  }

  /** Card inserted / removed, as the reader reports it unsolicited. Returns the unsubscribe. */
  onCardEvent(listener: (card: CardState) => void): () => void {
    this.#cardListeners.add(listener);
    return () => this.#cardListeners.delete(listener);
  }

  /** The line closed (reader unplugged). Returns the unsubscribe. */
  onGone(listener: (error: SerialReaderError) => void): () => void {
    this.#goneListeners.add(listener);
    return () => this.#goneListeners.delete(listener);
  }

  async close(): Promise<void> {
    clearTimeout(this.#interTimer);
    await this.line.close();
  }

  // ——— internals ———

  #pinParams(prompt: PinPrompt): PinEntryParams {
    return {
      timeoutSeconds: prompt.timeoutSeconds ?? 30,
      minLength: prompt.minLength ?? 6,
      maxLength: prompt.maxLength ?? prompt.minLength ?? 6,
      prompt: prompt.prompt ?? '请输入密码',
    };
  }

  #pinWait(params: PinEntryParams): number {
    return params.timeoutSeconds * 1000 + this.#pinGraceMs;
  }

  async #call<C extends ReaderRequest['cmd']>(request: Extract<ReaderRequest, { cmd: C }>, wait: { sliceMs?: number; totalMs?: number } = {}): Promise<ReplyOf<C>> {
    const sliceMs = wait.sliceMs ?? this.#timeoutMs;
    const totalMs = wait.totalMs ?? sliceMs * (this.#retries + 1);
    const run = this.#chain.then(() => this.#exchange(request, sliceMs, totalMs));
    this.#chain = run.catch(() => undefined);
    return run as Promise<ReplyOf<C>>;
  }

  /**
   * One command to its answer (README.md §Exchange rules). Waits in slices of `sliceMs`; a
   * silent slice or a corrupt answer sends REPEAT, and counts as a failure unless the reader
   * has just said it is still working (`ERROR 0A` to a REPEAT: the holder is typing). The
   * command fails after `retries` failures in a row, or when `totalMs` has passed.
   */
  async #exchange(request: ReaderRequest, sliceMs: number, totalMs: number): Promise<ReaderReply> {
    const seq = (this.#seq = (this.#seq % 255) + 1);
    const command = encodeFrame(encodeRequest(seq, request));
    const repeat = encodeFrame(encodeRequest(seq, { cmd: 'repeat' }));
    const deadline = Date.now() + totalMs;
    /** What to send next; undefined = only listen (the reader said busy). */
    let toSend: Buffer | undefined = command;
    let failures = 0;
    let lastProblem = 'no answer';
    const fail = (problem: string): void => {
      failures++;
      lastProblem = problem;
    };
    for (;;) {
      if (this.#gone) throw this.#gone;
      const left = deadline - Date.now();
      if (failures > this.#retries || left <= 0) {
        const kind = lastProblem === 'no answer' ? 'timeout' : 'protocol';
        const why = failures > this.#retries ? `after ${this.#retries} retries` : `within ${totalMs} ms`;
        throw new SerialReaderError(kind, `${request.cmd}: ${lastProblem} ${why}`, { path: this.path });
      }
      if (toSend) {
        this.#log?.debug({ seq, cmd: request.cmd, failures, repeat: toSend === repeat, ...(request.cmd === 'transmit' ? { apdu: request.apdu.subarray(0, 4).toString('hex').toUpperCase() } : {}) }, 'serial command');
      }
      const outcome = await this.#send(seq, toSend, Math.min(sliceMs, left));
      switch (outcome.kind) {
        case 'gone':
          throw outcome.error;
        case 'timeout':
          // after a busy answer a silent slice is expected: ask again without counting it
          if (toSend !== undefined) fail('no answer');
          toSend = repeat;
          continue;
        case 'corrupt':
          fail(outcome.why);
          toSend = repeat;
          continue;
        case 'reply': {
          const { reply } = outcome;
          this.#log?.debug({ seq, ...summarise(reply) }, 'serial answer');
          if (reply.cmd === 'error') {
            if (reply.error === 'busy' && reply.request === CMD.repeat) {
              // the reader is still running this command (the holder is typing the PIN)
              failures = 0;
              toSend = undefined;
              continue;
            }
            const failure = READER_ERROR_FAILURE[reply.error];
            if (failure === 'resend') {
              // ERROR 04 (the reader got a corrupt frame) / 09 (it never saw the command): send it again
              fail(`reader error ${reply.error}`);
              toSend = command;
              continue;
            }
            throw new SerialReaderError(failure, `${request.cmd} refused by the reader: ${reply.error}`, { path: this.path, readerError: reply.error });
          }
          if (reply.cmd !== request.cmd) {
            fail(`answer ${reply.cmd} to ${request.cmd}`);
            toSend = repeat;
            continue;
          }
          return reply;
        }
        default: {
          const never: never = outcome;
          throw new Error(`unreachable ${String(never)}`);
        }
      }
    }
  }

  /** Sends `bytes` (if any) and waits up to `timeoutMs` for the answer to `seq`. */
  async #send(seq: number, bytes: Buffer | undefined, timeoutMs: number): Promise<Outcome> {
    const outcome = new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => settle({ kind: 'timeout' }), timeoutMs);
      const settle = (o: Outcome): void => {
        clearTimeout(timer);
        if (this.#pending === pending) this.#pending = undefined;
        resolve(o);
      };
      const pending: Pending = { seq, settle };
      this.#pending = pending;
    });
    if (!bytes) return outcome;
    try {
      await this.line.write(bytes);
    } catch (err) {
      const error = this.#gone ?? new SerialReaderError('reader-gone', 'write failed', { path: this.path, cause: err });
      this.#pending?.settle({ kind: 'gone', error });
    }
    return outcome;
  }

  #onData(chunk: Buffer): void {
    clearTimeout(this.#interTimer);
    this.#handle(this.#decoder.push(chunk));
    if (this.#decoder.buffered > 0) {
      this.#interTimer = setTimeout(() => this.#abandonPartial(), this.#interCharMs);
      this.#interTimer.unref();
    }
  }

  #abandonPartial(): void {
    this.#log?.debug({ bytes: this.#decoder.buffered }, 'inter-character timeout: partial frame abandoned');
    this.#handle(this.#decoder.abandon());
    if (this.#decoder.buffered > 0) {
      this.#interTimer = setTimeout(() => this.#abandonPartial(), this.#interCharMs);
      this.#interTimer.unref();
    }
  }

  #handle(events: DecodeEvent[]): void {
    for (const event of events) {
      if (event.kind === 'corrupt') {
        this.#pending?.settle({ kind: 'corrupt', why: 'answer failed its CRC' });
        continue;
      }
      let decoded: { seq: number; reply: ReaderReply };
      try {
        decoded = decodeReply(event.frame);
      } catch (err) {
        if (!(err instanceof SerialFrameError)) throw err;
        this.#log?.debug({ err: err.message }, 'frame is not a valid answer');
        if (this.#pending && event.frame.seq === this.#pending.seq) this.#pending.settle({ kind: 'corrupt', why: err.message });
        continue;
      }
      if (decoded.reply.cmd === 'cardEvent') {
        const { card } = decoded.reply;
        this.#log?.info({ card }, 'card event');
        for (const listener of this.#cardListeners) listener(card);
        continue;
      }
      if (this.#pending && decoded.seq === this.#pending.seq) {
        this.#pending.settle({ kind: 'reply', reply: decoded.reply });
      } else {
        this.#log?.debug({ seq: decoded.seq }, 'stale answer dropped');
      }
    }
  }
}
