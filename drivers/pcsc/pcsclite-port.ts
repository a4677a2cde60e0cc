/**
 * The real PC/SC port: pcscd through the `pcsclite` npm module (an optional dependency,
 * loaded with a dynamic import so the gateway still starts on a machine without it).
 *
 * What the module gives and what this file adds:
 * - reader list changes (its `reader` event, `end` per reader) → `reader-added` / `reader-removed`;
 * - per-reader SCardGetStatusChange (`status`, state bits + ATR) → `card-inserted` /
 *   `card-removed`, once per change: pcscd also reports in-use/exclusive flag changes, which
 *   are not card events, and its event counter (high 16 bits of the state, pcsc-lite
 *   `winscard_clnt.c`) reveals a card swapped between two looks;
 * - pcscd stopping (the list thread fails with SCARD_E_NO_SERVICE …) → `service-lost`, then
 *   the port re-establishes a context every `retryMs` until pcscd answers (`service-restored`);
 * - no SCardBeginTransaction / SCardReconnect in the module: transactions are the port's
 *   per-reader lock (`reader-lock.ts`, other processes are kept out by the exclusive share
 *   mode), reconnect is disconnect(reset) + connect;
 * - a time budget per transmit (pcscd itself waits for a mute card as long as the reader does:
 *   30 s and more). When it runs out the caller gets `timeout` at once; the native command is
 *   left to finish on its own (a disconnect would queue behind it in pcscd), and until it does
 *   the reader answers `timeout` at once too. Taking the card out ends the native command.
 */
import type { EventEmitter } from 'node:events';
import { PcscTransportError, transportErrorFrom } from './errors.ts';
import type { CardHandle, CardProtocol, ConnectOptions, PcscPort, ReaderEvent, ReaderState, ShareMode, TransmitOptions } from './port.ts';
import { ReaderLocks } from './reader-lock.ts';

// ---- the parts of the `pcsclite` module this file uses (its index.d.ts, narrowed) -------

type Callback<T> = (err: unknown, value: T) => void;

export interface NativeReader extends EventEmitter {
  readonly name: string;
  readonly connected: boolean;
  readonly SCARD_SHARE_SHARED: number;
  readonly SCARD_SHARE_EXCLUSIVE: number;
  readonly SCARD_PROTOCOL_T0: number;
  readonly SCARD_PROTOCOL_T1: number;
  readonly SCARD_STATE_PRESENT: number;
  readonly SCARD_STATE_MUTE: number;
  readonly SCARD_LEAVE_CARD: number;
  readonly SCARD_RESET_CARD: number;
  connect(options: { share_mode?: number; protocol?: number }, cb: Callback<number>): void;
  disconnect(disposition: number, cb: (err: unknown) => void): void;
  transmit(data: Buffer, resLen: number, protocol: number, cb: Callback<Buffer>): void;
  close(): void;
}

export interface NativeService extends EventEmitter {
  close(): void;
  /** Started by the module on the next tick; wrapped once to learn when a listing is complete. */
  start(cb: (err: unknown, data: Buffer) => void): void;
}

/** The module's default export: `pcsc()` establishes a context (throws when pcscd is down). */
export type PcscFactory = () => NativeService;

/** Loads the optional `pcsclite` module. */
export async function loadPcsclite(): Promise<PcscFactory> {
  try {
    const mod: { default?: unknown } = await import('pcsclite');
    const factory = (mod.default ?? mod) as PcscFactory;
    if (typeof factory !== 'function') throw new TypeError('pcsclite does not export a function');
    return factory;
  } catch (err) {
    throw new PcscTransportError('not-installed', 'pcsclite not installed: run `npm install pcsclite` (it needs libpcsclite-dev and a compiler)', { cause: err });
  }
}

export interface PcscLitePortOptions {
  /** How often to try pcscd again after it went away. */
  readonly retryMs?: number;
  /** Default time budget of one transmit. */
  readonly transmitTimeoutMs?: number;
}

/** Opens the real port: loads `pcsclite` and starts watching pcscd. */
export async function openPcscLitePort(options: PcscLitePortOptions = {}): Promise<PcscLitePort> {
  return new PcscLitePort(await loadPcsclite(), options);
}

/** Maximum response we accept: 65536 data bytes + SW (extended Le). */
const MAX_RESPONSE = 65538;
/** pcsc-lite: the number of card insertions/removals seen is in the high 16 bits of the state. */
const eventCounter = (state: number): number => (state >>> 16) & 0xffff;

interface ReaderEntry {
  readonly native: NativeReader;
  /** undefined until the first status arrives */
  present: boolean | undefined;
  atr: Buffer;
  counter: number;
  firstStatus: Promise<void>;
  resolveFirst: () => void;
  /** one native SCardConnect shared by this port's handles on the reader */
  connection: NativeConnection | null;
  /** a native transmit that outlived its time budget (a mute card): settles when pcscd gives up */
  mute: Promise<void> | null;
  /** a native disconnect under way: the module's connect must not run before it ends */
  disconnecting: Promise<void> | null;
}

interface NativeConnection {
  readonly protocol: number;
  readonly share: ShareMode;
  /** bumped when the card leaves: older handles then get `card-removed` */
  generation: number;
  users: number;
  /** the card stopped answering on this connection: its handles get `timeout` at once */
  mute: boolean;
}

export class PcscLitePort implements PcscPort {
  readonly #factory: PcscFactory;
  readonly #retryMs: number;
  readonly #timeoutMs: number;
  readonly #listeners = new Set<(event: ReaderEvent) => void>();
  readonly #readers = new Map<string, ReaderEntry>();
  readonly #locks = new ReaderLocks();
  readonly #handles = new Set<PcscLiteCardHandle>();
  #service: NativeService | null = null;
  #serviceError: Error | null = null;
  #listed: Promise<void>;
  #resolveListed: () => void = () => undefined;
  #retryTimer: NodeJS.Timeout | null = null;
  #closed = false;
  #generation = 0;

  constructor(factory: PcscFactory, options: PcscLitePortOptions = {}) {
    this.#factory = factory;
    this.#retryMs = options.retryMs ?? 500;
    this.#timeoutMs = options.transmitTimeoutMs ?? 5_000;
    this.#listed = new Promise((resolve) => (this.#resolveListed = resolve));
    this.#start();
  }

  async listReaders(): Promise<ReaderState[]> {
    this.#assertOpen();
    if (!this.#service) throw this.#noService();
    await this.#listed;
    if (!this.#service) throw this.#noService();
    const entries = [...this.#readers.values()];
    await Promise.all(entries.map((entry) => entry.firstStatus));
    return entries.map((entry) => ({ name: entry.native.name, card: entry.present ? { atr: Buffer.from(entry.atr) } : null }));
  }

  watch(listener: (event: ReaderEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async connect(reader: string, options: ConnectOptions = {}): Promise<CardHandle> {
    this.#assertOpen();
    if (!this.#service) throw this.#noService();
    await this.#listed;
    const entry = this.#readers.get(reader);
    if (!entry) throw new PcscTransportError('reader-gone', `${reader}: no such reader (pcscd shows ${[...this.#readers.keys()].join(', ') || 'none'})`, { reader });
    const connection = await this.#ensureConnection(entry, options.share ?? 'exclusive');
    connection.users++;
    const handle = new PcscLiteCardHandle(this, reader, connection);
    this.#handles.add(handle);
    return handle;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    for (const handle of [...this.#handles]) await handle.disconnect().catch(() => undefined);
    this.#stopService();
    this.#listeners.clear();
  }

  // ---- used by the handles -----------------------------------------------------------

  get locks(): ReaderLocks {
    return this.#locks;
  }

  get defaultTimeoutMs(): number {
    return this.#timeoutMs;
  }

  /** The live native reader behind a handle, or the transport error the handle gets. */
  nativeFor(reader: string, connection: NativeConnection): NativeReader {
    if (this.#closed) throw new PcscTransportError('closed', 'the port is closed', { reader });
    if (!this.#service) throw this.#noService();
    const entry = this.#readers.get(reader);
    if (!entry) throw new PcscTransportError('reader-gone', `${reader}: the reader is gone`, { reader });
    if (entry.connection !== connection || !entry.native.connected) {
      throw new PcscTransportError('card-removed', `${reader}: the card was removed or reset since connect`, { reader });
    }
    return entry.native;
  }

  /** After a transport failure: drop the native connection so the next connect starts clean. */
  async invalidate(reader: string, connection: NativeConnection): Promise<void> {
    const entry = this.#readers.get(reader);
    if (!entry || entry.connection !== connection) return;
    entry.connection = null;
    await this.#disconnect(entry, entry.native.SCARD_LEAVE_CARD);
  }

  /**
   * A transmit ran out of time while the card said nothing: the connection is given up at
   * once (its handles get `timeout`), and the reader is disconnected — resetting the card —
   * only after pcscd returns the command (`native` settles), so nothing waits behind it here.
   */
  abandonMute(reader: string, connection: NativeConnection, native: Promise<unknown>): void {
    connection.mute = true;
    connection.generation = -1;
    const entry = this.#readers.get(reader);
    if (!entry || entry.connection !== connection) return;
    entry.connection = null;
    const settled = native.then(
      () => undefined,
      () => undefined,
    );
    entry.mute = settled;
    void settled.then(async () => {
      if (entry.mute === settled) entry.mute = null;
      if (entry.connection === null) await this.#disconnect(entry, entry.native.SCARD_RESET_CARD);
    });
  }

  /** Why a reader cannot be used right now because its card went mute, or null. */
  muteError(reader: string): PcscTransportError | null {
    if (!this.#readers.get(reader)?.mute) return null;
    return mutedCard(reader);
  }

  /** Reset the card and connect again with the same share mode. */
  async reconnect(reader: string, old: NativeConnection): Promise<NativeConnection> {
    if (!this.#service) throw this.#noService();
    const entry = this.#readers.get(reader);
    if (!entry) throw new PcscTransportError('reader-gone', `${reader}: the reader is gone`, { reader });
    if (entry.connection) {
      const current = entry.connection;
      entry.connection = null;
      await this.#disconnect(entry, entry.native.SCARD_RESET_CARD);
      // other handles sharing the old connection see `card-removed` (reset) on their next use
      current.generation = -1;
    }
    const fresh = await this.#ensureConnection(entry, old.share);
    fresh.users++;
    return fresh;
  }

  async release(reader: string, connection: NativeConnection, handle: PcscLiteCardHandle): Promise<void> {
    this.#handles.delete(handle);
    this.#locks.releaseAll(reader, handle);
    connection.users--;
    const entry = this.#readers.get(reader);
    if (!entry || entry.connection !== connection || connection.users > 0) return;
    entry.connection = null;
    // reset on the last disconnect: a verified PIN must not outlive the gateway's use
    await this.#disconnect(entry, entry.native.SCARD_RESET_CARD);
  }

  /**
   * After an unexplained transmit failure: resolves true once the status thread reports the
   * card gone (or already has), false if the card is still there after `settleMs`.
   */
  async cardLeftSince(reader: string, generation: number, settleMs = 1_500): Promise<boolean> {
    const gone = (): boolean => {
      const entry = this.#readers.get(reader);
      return !entry || entry.present !== true || (entry.connection !== null && entry.connection.generation !== generation);
    };
    if (gone()) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stop();
        resolve(gone());
      }, settleMs);
      const stop = this.watch((event) => {
        if (!('reader' in event) || event.reader !== reader || (event.type !== 'card-removed' && event.type !== 'reader-removed')) return;
        clearTimeout(timer);
        stop();
        resolve(true);
      });
    });
  }

  /** The ATR the status thread saw last (the module has no SCardStatus). */
  atrOf(reader: string): Buffer {
    return Buffer.from(this.#readers.get(reader)?.atr ?? Buffer.alloc(0));
  }

  // ---- internals ---------------------------------------------------------------------

  async #ensureConnection(entry: ReaderEntry, share: ShareMode): Promise<NativeConnection> {
    await entry.firstStatus;
    const { native } = entry;
    const name = native.name;
    if (entry.mute) throw mutedCard(name);
    // the module's connect answers "connected" without a protocol while a disconnect is pending
    while (entry.disconnecting) await entry.disconnecting;
    if (entry.mute) throw mutedCard(name);
    if (entry.connection && native.connected) return entry.connection;
    if (!entry.present) throw new PcscTransportError('no-card', `${name}: no card in the reader`, { reader: name });
    if (native.connected) await this.#disconnect(entry, native.SCARD_LEAVE_CARD);
    const protocol = await new Promise<number>((resolve, reject) => {
      native.connect(
        {
          share_mode: share === 'exclusive' ? native.SCARD_SHARE_EXCLUSIVE : native.SCARD_SHARE_SHARED,
          protocol: native.SCARD_PROTOCOL_T0 | native.SCARD_PROTOCOL_T1,
        },
        (err, value) => {
          if (err) reject(transportErrorFrom(err, name));
          else if (typeof value !== 'number') reject(new PcscTransportError('failed', `${name}: pcscd gave no protocol for the connection`, { reader: name }));
          else resolve(value);
        },
      );
    });
    const connection: NativeConnection = { protocol, share, generation: this.#generation++, users: 0, mute: false };
    entry.connection = connection;
    return connection;
  }

  #start(): void {
    if (this.#closed) return;
    let service: NativeService;
    try {
      service = this.#factory();
    } catch (err) {
      this.#serviceError = transportErrorFrom(err);
      this.#resolveListed();
      this.#scheduleRetry();
      return;
    }
    const wasLost = this.#serviceError !== null;
    this.#service = service;
    this.#serviceError = null;
    this.#listed = new Promise((resolve) => (this.#resolveListed = resolve));
    // The module starts its list thread on the next tick; wrap that one call to learn when
    // each listing has been turned into `reader` events.
    const start = service.start.bind(service);
    service.start = (cb) =>
      start((err, data) => {
        cb(err, data);
        this.#resolveListed();
      });
    service.on('reader', (native: NativeReader) => this.#addReader(native));
    service.on('error', (err: unknown) => this.#serviceLost(err));
    if (wasLost) this.#emit({ type: 'service-restored' });
  }

  #addReader(native: NativeReader): void {
    let resolveFirst: () => void = () => undefined;
    const firstStatus = new Promise<void>((resolve) => (resolveFirst = resolve));
    const entry: ReaderEntry = { native, present: undefined, atr: Buffer.alloc(0), counter: 0, firstStatus, resolveFirst, connection: null, mute: null, disconnecting: null };
    this.#readers.set(native.name, entry);
    native.on('status', (status: { state: number; atr?: Buffer }) => this.#status(entry, status));
    // the status thread fails when pcscd goes; the list thread reports that as service-lost
    native.on('error', () => entry.resolveFirst());
    native.on('end', () => this.#removeReader(entry));
    this.#emit({ type: 'reader-added', reader: native.name });
  }

  #status(entry: ReaderEntry, status: { state: number; atr?: Buffer }): void {
    const { native } = entry;
    const present = (status.state & native.SCARD_STATE_PRESENT) !== 0;
    const atr = present && status.atr && status.atr.length > 0 ? Buffer.from(status.atr) : entry.atr;
    const counter = eventCounter(status.state);
    const before = entry.present;
    const swapped =
      before === true && present && (((counter - entry.counter) & 0xffff) >= 2 || (entry.atr.length > 0 && atr.length > 0 && !atr.equals(entry.atr)));
    entry.counter = counter;
    entry.present = present;
    entry.atr = present ? atr : Buffer.alloc(0);
    entry.resolveFirst();
    if (before === true && (!present || swapped)) {
      this.#cardLeft(entry);
      this.#emit({ type: 'card-removed', reader: native.name });
    }
    if (present && (before !== true || swapped)) this.#emit({ type: 'card-inserted', reader: native.name, atr: Buffer.from(entry.atr) });
  }

  #cardLeft(entry: ReaderEntry): void {
    if (entry.connection) {
      entry.connection.generation = -1;
      entry.connection = null;
      void this.#disconnect(entry, entry.native.SCARD_LEAVE_CARD);
    }
  }

  /** Disconnects the native reader (never throws), known to `#ensureConnection` while it runs. */
  #disconnect(entry: ReaderEntry, disposition: number): Promise<void> {
    if (entry.mute) return Promise.resolve(); // it would wait behind the mute card's command
    const run = (entry.disconnecting ?? Promise.resolve()).then(() => disconnectNative(entry.native, disposition)).catch(() => undefined);
    entry.disconnecting = run;
    void run.then(() => {
      if (entry.disconnecting === run) entry.disconnecting = null;
    });
    return run;
  }

  #removeReader(entry: ReaderEntry): void {
    const name = entry.native.name;
    if (this.#readers.get(name) !== entry) return;
    this.#readers.delete(name);
    entry.resolveFirst();
    if (entry.present) this.#emit({ type: 'card-removed', reader: name });
    if (entry.connection) entry.connection.generation = -1;
    this.#emit({ type: 'reader-removed', reader: name });
  }

  #serviceLost(err: unknown): void {
    if (!this.#service) return;
    const error = transportErrorFrom(err);
    for (const entry of [...this.#readers.values()]) {
      this.#removeReader(entry);
      try {
        entry.native.close();
      } catch {
        // the status thread already ended with the error
      }
    }
    this.#stopService();
    this.#serviceError = error;
    this.#resolveListed();
    this.#emit({ type: 'service-lost', error });
    this.#scheduleRetry();
  }

  #stopService(): void {
    const service = this.#service;
    this.#service = null;
    for (const entry of this.#readers.values()) {
      try {
        entry.native.close();
      } catch {
        // closing a reader whose thread already stopped
      }
    }
    this.#readers.clear();
    if (service) {
      try {
        service.close();
      } catch {
        // the list thread already stopped
      }
    }
  }

  #scheduleRetry(): void {
    if (this.#closed || this.#retryTimer) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.#start();
    }, this.#retryMs);
    this.#retryTimer.unref();
  }

  #noService(): PcscTransportError {
    return new PcscTransportError('no-service', 'pcscd is not running (start it: systemctl start pcscd)', { cause: this.#serviceError ?? undefined });
  }

  #assertOpen(): void {
    if (this.#closed) throw new PcscTransportError('closed', 'the port is closed');
  }

  #emit(event: ReaderEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}

function mutedCard(reader: string): PcscTransportError {
  return new PcscTransportError('timeout', `${reader}: the card has not answered its last command; take it out and insert it again`, { reader });
}

function disconnectNative(native: NativeReader, disposition: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!native.connected) return resolve();
    native.disconnect(disposition, (err) => (err ? reject(transportErrorFrom(err, native.name)) : resolve()));
  });
}

class PcscLiteCardHandle implements CardHandle {
  readonly reader: string;
  readonly #port: PcscLitePort;
  #connection: NativeConnection;
  #generation: number;
  #atr: Buffer;
  #open = true;

  constructor(port: PcscLitePort, reader: string, connection: NativeConnection) {
    this.#port = port;
    this.reader = reader;
    this.#connection = connection;
    this.#generation = connection.generation;
    this.#atr = port.atrOf(reader);
  }

  get atr(): Buffer {
    return this.#atr;
  }

  get protocol(): CardProtocol {
    return this.#connection.protocol === 1 ? 'T0' : 'T1';
  }

  async transmit(apdu: Buffer, options: TransmitOptions = {}): Promise<Buffer> {
    this.#assertOpen();
    return this.#port.locks.run(this.reader, this, async () => {
      const native = this.#native();
      const timeoutMs = options.timeoutMs ?? this.#port.defaultTimeoutMs;
      const connection = this.#connection;
      const sent = new Promise<Buffer>((resolve, reject) => {
        native.transmit(apdu, MAX_RESPONSE, connection.protocol, (err, data) => {
          if (err) reject(transportErrorFrom(err, this.reader));
          // vpcd (and some CCID firmware) report a lost card as a "successful" empty answer
          else if (data.length < 2) reject(new PcscTransportError('failed', `${this.reader}: the reader returned ${data.length} bytes, no status word`, { reader: this.reader }));
          else resolve(data);
        });
      });
      let timer: NodeJS.Timeout | undefined;
      const outOfTime = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PcscTransportError('timeout', `${this.reader}: no answer within ${timeoutMs} ms`, { reader: this.reader })), timeoutMs);
      });
      try {
        return await Promise.race([sent, outOfTime]);
      } catch (err) {
        if (err instanceof PcscTransportError && err.kind === 'timeout') {
          this.#port.abandonMute(this.reader, connection, sent);
          throw err;
        }
        if (!(err instanceof PcscTransportError)) throw err;
        await this.#port.invalidate(this.reader, this.#connection);
        // A card pulled out mid-command often fails as SCARD_E_NOT_TRANSACTED (the driver lost
        // the card, pcscd has not polled yet); the status thread settles which it was.
        if (err.kind === 'failed' && (await this.#port.cardLeftSince(this.reader, this.#generation))) {
          throw new PcscTransportError('card-removed', `${this.reader}: the card was removed during the command`, { reader: this.reader, cause: err });
        }
        throw err;
      } finally {
        clearTimeout(timer);
        sent.catch(() => undefined);
      }
    });
  }

  async beginTransaction(): Promise<void> {
    this.#assertOpen();
    await this.#port.locks.acquire(this.reader, this);
    try {
      this.#native();
    } catch (err) {
      this.#port.locks.release(this.reader, this);
      throw err;
    }
  }

  async endTransaction(): Promise<void> {
    this.#port.locks.release(this.reader, this);
  }

  async reconnect(): Promise<void> {
    this.#assertOpen();
    const old = this.#connection;
    old.users--;
    this.#connection = await this.#port.reconnect(this.reader, old);
    this.#generation = this.#connection.generation;
    this.#atr = this.#port.atrOf(this.reader);
  }

  async disconnect(): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    await this.#port.release(this.reader, this.#connection, this);
  }

  #native(): NativeReader {
    if (this.#connection.mute) throw mutedCard(this.reader);
    if (this.#connection.generation !== this.#generation) {
      throw new PcscTransportError('card-removed', `${this.reader}: the card was removed or reset since connect`, { reader: this.reader });
    }
    return this.#port.nativeFor(this.reader, this.#connection);
  }

  #assertOpen(): void {
    if (!this.#open) throw new PcscTransportError('closed', `${this.reader}: the handle was disconnected`, { reader: this.reader });
  }
}
