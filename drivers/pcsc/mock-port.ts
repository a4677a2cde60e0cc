/**
 * A PC/SC port in memory, with handles for tests (STYLE.md item 5): add and unplug readers,
 * insert and remove cards, stop and restart "pcscd", let another program hold a reader, and
 * read back every command sent. A card is anything that answers APDUs: a scripted
 * `ApduTranscript` (`=> …` / `<= …` lines, checked to the last line) or an in-process card
 * such as the simulator's virtual card.
 */
import { PcscTransportError } from './errors.ts';
import type { CardHandle, CardProtocol, ConnectOptions, PcscPort, ReaderEvent, ReaderState, ShareMode, TransmitOptions } from './port.ts';
import { ReaderLocks } from './reader-lock.ts';

/** What a mock card may do instead of answering. */
export type MockAction =
  /** the card is pulled out while the command runs */
  | { readonly action: 'remove' }
  /** the card never answers (the caller's timeout fires) */
  | { readonly action: 'stall' };

export interface MockCard {
  readonly atr: Buffer;
  /** Default `T1`; a T=0 card is what makes `61xx` / `6Cxx` handling necessary. */
  readonly protocol?: CardProtocol;
  respond(apdu: Buffer): Buffer | MockAction | Promise<Buffer | MockAction>;
  /** Called at power-up (connect, reconnect): a real card forgets its selection. */
  powerOn?(): void;
}

/** Default time a transmit waits for a stalled card when the caller gives no timeout. */
export const MOCK_DEFAULT_TIMEOUT_MS = 2_000;

interface Slot {
  card: MockCard | null;
  /** Increments at each insertion: a handle to an older card sees `card-removed`. */
  generation: number;
  heldByOtherProgram: boolean;
}

export interface SentCommand {
  readonly reader: string;
  readonly apdu: string;
}

export class MockPcscPort implements PcscPort {
  readonly #slots = new Map<string, Slot>();
  readonly #listeners = new Set<(event: ReaderEvent) => void>();
  readonly #locks = new ReaderLocks();
  readonly #handles = new Set<MockCardHandle>();
  readonly #sent: SentCommand[] = [];
  #serviceUp = true;
  #closed = false;

  constructor(readers: readonly string[] = []) {
    for (const name of readers) this.#slots.set(name, { card: null, generation: 0, heldByOtherProgram: false });
  }

  // ---- handles for tests -------------------------------------------------------------

  /** Every command sent through this port, oldest first (hex, upper case). */
  get sent(): readonly SentCommand[] {
    return this.#sent;
  }

  get openHandles(): number {
    return this.#handles.size;
  }

  /** Open handles on one reader. */
  handlesOn(reader: string): number {
    return [...this.#handles].filter((h) => h.reader === reader).length;
  }

  addReader(name: string): void {
    if (this.#slots.has(name)) return;
    this.#slots.set(name, { card: null, generation: 0, heldByOtherProgram: false });
    if (this.#serviceUp) this.#emit({ type: 'reader-added', reader: name });
  }

  unplugReader(name: string): void {
    const slot = this.#slots.get(name);
    if (!slot) return;
    if (slot.card && this.#serviceUp) this.#emit({ type: 'card-removed', reader: name });
    this.#slots.delete(name);
    if (this.#serviceUp) this.#emit({ type: 'reader-removed', reader: name });
  }

  insertCard(reader: string, card: MockCard): void {
    const slot = this.#slot(reader);
    if (slot.card) this.removeCard(reader);
    slot.card = card;
    slot.generation++;
    card.powerOn?.();
    if (this.#serviceUp) this.#emit({ type: 'card-inserted', reader, atr: Buffer.from(card.atr) });
  }

  removeCard(reader: string): void {
    const slot = this.#slot(reader);
    if (!slot.card) return;
    slot.card = null;
    slot.generation++;
    if (this.#serviceUp) this.#emit({ type: 'card-removed', reader });
  }

  /** pcscd stops: readers vanish, every call fails with `no-service`. */
  stopService(): void {
    if (!this.#serviceUp) return;
    for (const [name, slot] of this.#slots) {
      if (slot.card) this.#emit({ type: 'card-removed', reader: name });
      this.#emit({ type: 'reader-removed', reader: name });
    }
    this.#serviceUp = false;
    this.#emit({ type: 'service-lost', error: new PcscTransportError('no-service', 'pcscd stopped (mock)') });
    // a restarted pcscd powers every card up again: old handles are void
    for (const slot of this.#slots.values()) slot.generation++;
  }

  startService(): void {
    if (this.#serviceUp) return;
    this.#serviceUp = true;
    this.#emit({ type: 'service-restored' });
    for (const [name, slot] of this.#slots) {
      this.#emit({ type: 'reader-added', reader: name });
      if (slot.card) {
        slot.card.powerOn?.();
        this.#emit({ type: 'card-inserted', reader: name, atr: Buffer.from(slot.card.atr) });
      }
    }
  }

  /** Another program connects exclusively; returns the function that lets go. */
  holdExclusive(reader: string): () => void {
    const slot = this.#slot(reader);
    slot.heldByOtherProgram = true;
    return () => {
      slot.heldByOtherProgram = false;
    };
  }

  // ---- the port ----------------------------------------------------------------------

  async listReaders(): Promise<ReaderState[]> {
    this.#assertUp();
    return [...this.#slots].map(([name, slot]) => ({ name, card: slot.card ? { atr: Buffer.from(slot.card.atr) } : null }));
  }

  watch(listener: (event: ReaderEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async connect(reader: string, options: ConnectOptions = {}): Promise<CardHandle> {
    this.#assertUp();
    const slot = this.#slots.get(reader);
    if (!slot) throw new PcscTransportError('reader-gone', `${reader}: unknown reader`, { reader });
    if (slot.heldByOtherProgram) throw new PcscTransportError('sharing-violation', `${reader}: held by another program`, { reader });
    if (!slot.card) throw new PcscTransportError('no-card', `${reader}: no card in the reader`, { reader });
    const handle = new MockCardHandle(this, reader, options.share ?? 'exclusive', slot.card, slot.generation);
    this.#handles.add(handle);
    return handle;
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const handle of [...this.#handles]) await handle.disconnect();
    this.#listeners.clear();
  }

  // ---- used by the handles -----------------------------------------------------------

  get locks(): ReaderLocks {
    return this.#locks;
  }

  /** The card a handle may talk to, or the transport error it gets instead. */
  cardFor(reader: string, generation: number): MockCard {
    if (this.#closed) throw new PcscTransportError('closed', 'the port is closed', { reader });
    this.#assertUp();
    const slot = this.#slots.get(reader);
    if (!slot) throw new PcscTransportError('reader-gone', `${reader}: the reader was unplugged`, { reader });
    if (!slot.card || slot.generation !== generation) throw new PcscTransportError('card-removed', `${reader}: the card was removed`, { reader });
    return slot.card;
  }

  /** Powers the card in `reader` up again and returns its new generation. */
  repower(reader: string): { card: MockCard; generation: number } {
    this.#assertUp();
    const slot = this.#slots.get(reader);
    if (!slot) throw new PcscTransportError('reader-gone', `${reader}: the reader was unplugged`, { reader });
    if (!slot.card) throw new PcscTransportError('no-card', `${reader}: no card in the reader`, { reader });
    slot.card.powerOn?.();
    return { card: slot.card, generation: slot.generation };
  }

  record(reader: string, apdu: Buffer): void {
    this.#sent.push({ reader, apdu: apdu.toString('hex').toUpperCase() });
  }

  forget(handle: MockCardHandle): void {
    this.#handles.delete(handle);
  }

  #slot(reader: string): Slot {
    const slot = this.#slots.get(reader);
    if (!slot) throw new Error(`mock: no reader named ${reader}`);
    return slot;
  }

  #assertUp(): void {
    if (!this.#serviceUp) throw new PcscTransportError('no-service', 'pcscd is not running (mock)');
  }

  #emit(event: ReaderEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}

class MockCardHandle implements CardHandle {
  readonly reader: string;
  readonly share: ShareMode;
  #atr: Buffer;
  #protocol: CardProtocol;
  #generation: number;
  #open = true;
  readonly #port: MockPcscPort;

  constructor(port: MockPcscPort, reader: string, share: ShareMode, card: MockCard, generation: number) {
    this.#port = port;
    this.reader = reader;
    this.share = share;
    this.#atr = Buffer.from(card.atr);
    this.#protocol = card.protocol ?? 'T1';
    this.#generation = generation;
  }

  get atr(): Buffer {
    return this.#atr;
  }

  get protocol(): CardProtocol {
    return this.#protocol;
  }

  async transmit(apdu: Buffer, options: TransmitOptions = {}): Promise<Buffer> {
    this.#assertOpen();
    return this.#port.locks.run(this.reader, this, async () => {
      const card = this.#port.cardFor(this.reader, this.#generation);
      this.#port.record(this.reader, apdu);
      const answer = await card.respond(Buffer.from(apdu));
      if (Buffer.isBuffer(answer)) return Buffer.from(answer);
      switch (answer.action) {
        case 'remove':
          this.#port.removeCard(this.reader);
          throw new PcscTransportError('card-removed', `${this.reader}: the card was removed during the command`, { reader: this.reader });
        case 'stall': {
          const ms = options.timeoutMs ?? MOCK_DEFAULT_TIMEOUT_MS;
          await new Promise((resolve) => setTimeout(resolve, ms));
          throw new PcscTransportError('timeout', `${this.reader}: no answer within ${ms} ms`, { reader: this.reader });
        }
        default: {
          const unexpected: never = answer;
          throw new Error(`mock: unknown action ${JSON.stringify(unexpected)}`);
        }
      }
    });
  }

  async beginTransaction(): Promise<void> {
    this.#assertOpen();
    await this.#port.locks.acquire(this.reader, this);
    try {
      this.#port.cardFor(this.reader, this.#generation);
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
    const { card, generation } = this.#port.repower(this.reader);
    this.#atr = Buffer.from(card.atr);
    this.#protocol = card.protocol ?? 'T1';
    this.#generation = generation;
  }

  async disconnect(): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    this.#port.locks.releaseAll(this.reader, this);
    this.#port.forget(this);
  }

  #assertOpen(): void {
    if (!this.#open) throw new PcscTransportError('closed', `${this.reader}: the handle was disconnected`, { reader: this.reader });
  }
}
