/**
 * Serial readers behind the PC/SC port contract (drivers/pcsc/port.ts), so everything built on
 * `PcscPort` — the credential service, `GET /v1/readers`, card events — works with a counter's
 * serial reader unchanged, or with PC/SC and serial readers together (`mergePorts`).
 *
 * Each configured device path is one reader, kept connected by a `SerialReaderSupervisor`:
 * - reader connected / unplugged → `reader-added` / `reader-removed`;
 * - the reader's CARD EVENT frames (and a STATUS at connect) → `card-inserted` (the port powers
 *   the card on to learn its ATR, as pcscd does) / `card-removed`, each once;
 * - `connect(name)` → a `SerialCardHandle`.
 * Names default to `Serial <path> 00 00`; give a user-card reader and its PSAM reader the
 * names `<device> 00 00` / `<device> 00 01` and the credential service pairs them as it pairs
 * a dual-slot PC/SC terminal.
 */
import type { Logger } from 'pino';
import { PcscTransportError } from '../pcsc/errors.ts';
import type { CardHandle, ConnectOptions, PcscPort, ReaderEvent, ReaderState } from '../pcsc/port.ts';
import { SerialCardHandle } from './card-handle.ts';
import type { SerialDriver, SerialOpenOptions } from './port.ts';
import type { PinOutcome, PinPrompt, SerialReader, SerialReaderOptions } from './reader-client.ts';
import { SerialReaderSupervisor } from './supervisor.ts';
import { selectByName, SSSE_AID } from '../../protocol/sscard/commands.ts';
import { CardApplicationError } from '../card/errors.ts';
import { CardStatusError } from '../pcsc/errors.ts';

/**
 * Before the pad sends VERIFY or CHANGE PIN: the card powered, and the social security
 * application selected — the PIN is SSSE's, and the last read may have left the card in
 * DF04 (or another program anywhere).
 */
async function readyForPin(reader: SerialReader): Promise<void> {
  if ((await reader.status()) === 'present') await reader.powerOn();
  const answer = await reader.transmit(selectByName(SSSE_AID));
  const sw = answer.length >= 2 ? answer.readUInt16BE(answer.length - 2) : 0;
  if (sw === 0x9000 || sw >> 8 === 0x61) return;
  if (sw === 0x6a82) throw new CardApplicationError('wrong-card-type', 'the card has no SSSE application: not a social security card');
  throw new CardStatusError(sw, 'SELECT SSSE', 'the card refused to select the social security application');
}

export interface SerialReaderConfig {
  readonly path: string;
  /** PC/SC-style reader name; default `Serial <path> 00 00`. */
  readonly name?: string;
  readonly open?: SerialOpenOptions;
}

export interface SerialReadersPortOptions {
  /** Reopen attempts after unplugging. Default 1000 ms. */
  readonly retryMs?: number;
  readonly reader?: SerialReaderOptions;
  readonly logger?: Logger;
}

interface Slot {
  readonly name: string;
  readonly supervisor: SerialReaderSupervisor;
  reader: SerialReader | undefined;
  card: { atr: Buffer } | null;
  /** Serialises card-state refreshes of this slot so events stay in order. */
  chain: Promise<void>;
}

export class SerialReadersPort implements PcscPort {
  readonly #slots: Slot[];
  readonly #listeners = new Set<(event: ReaderEvent) => void>();
  readonly #log: Logger | undefined;

  constructor(driver: SerialDriver, readers: readonly SerialReaderConfig[], options: SerialReadersPortOptions = {}) {
    this.#log = options.logger;
    this.#slots = readers.map((config) => {
      const supervisor = new SerialReaderSupervisor(driver, config.path, {
        ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
        ...(config.open ? { open: config.open } : {}),
        ...(options.reader ? { reader: options.reader } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
      });
      const slot: Slot = { name: config.name ?? `Serial ${config.path} 00 00`, supervisor, reader: undefined, card: null, chain: Promise.resolve() };
      supervisor.onChange((event) => {
        if (event.type === 'connected') {
          slot.reader = event.reader;
          this.#emit({ type: 'reader-added', reader: slot.name });
          event.reader.onCardEvent((state) => this.#onCardEvent(slot, state));
          this.#refresh(slot);
        } else {
          slot.reader = undefined;
          this.#enqueue(slot, async () => {
            this.#setCard(slot, null);
            this.#emit({ type: 'reader-removed', reader: slot.name });
          });
        }
      });
      return slot;
    });
  }

  /** Opens every configured reader that is there now; the others are picked up when they appear. */
  async start(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.supervisor.start()));
    await this.settled();
  }

  /** Resolves when every card-state refresh under way has finished (tests wait on it). */
  async settled(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.chain));
  }

  /** One reopen attempt for every reader that is away (instead of waiting for the retry timer). */
  async retryNow(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.supervisor.tryOpen()));
    await this.settled();
  }

  async listReaders(): Promise<ReaderState[]> {
    return this.#slots.filter((s) => s.reader?.connected).map((s) => ({ name: s.name, card: s.card ? { atr: Buffer.from(s.card.atr) } : null }));
  }

  watch(listener: (event: ReaderEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async connect(name: string, _options: ConnectOptions = {}): Promise<CardHandle> {
    const { slot, reader } = this.#slotOf(name);
    // The serial line is ours alone: no other program shares it, so 'exclusive' needs nothing more.
    const handle = await SerialCardHandle.connect(reader);
    this.#setCard(slot, { atr: handle.atr });
    return handle;
  }

  /** Whether `name` is one of this port's readers (each has a PIN pad). */
  hasPad(name: string): boolean {
    return this.#slots.some((s) => s.name === name);
  }

  /**
   * PIN entry on the reader's own pad: the holder types, the pad sends VERIFY to the card, the
   * gateway gets the outcome only. Powers the card first when it is in the slot unpowered.
   * Failures are `SerialReaderError`s (pin-cancelled, pin-timeout, no-card, reader-gone …).
   */
  async enterPin(name: string, prompt: PinPrompt = {}): Promise<PinOutcome> {
    const { reader } = this.#slotOf(name);
    await readyForPin(reader);
    return reader.enterPin(prompt);
  }

  /** PIN change on the reader's own pad (old PIN, new PIN twice); same outcomes and failures as `enterPin`. */
  async changePinOnPad(name: string, prompt: PinPrompt = {}): Promise<PinOutcome> {
    const { reader } = this.#slotOf(name);
    await readyForPin(reader);
    return reader.changePin(prompt);
  }

  #slotOf(name: string): { slot: Slot; reader: SerialReader } {
    const slot = this.#slots.find((s) => s.name === name);
    const reader = slot?.reader;
    if (!slot || !reader?.connected) throw new PcscTransportError('reader-gone', `${name}: no such serial reader connected`, { reader: name });
    return { slot, reader };
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.supervisor.stop()));
    this.#listeners.clear();
  }

  /** The reader reported an insertion or removal; an insertion is a new card even if one was there (a swap). */
  #onCardEvent(slot: Slot, state: 'absent' | 'present' | 'powered'): void {
    this.#enqueue(slot, async () => {
      this.#setCard(slot, null);
      if (state !== 'absent') await this.#learnAtr(slot);
    });
  }

  async #learnAtr(slot: Slot): Promise<void> {
    const reader = slot.reader;
    if (!reader?.connected) return;
    try {
      this.#setCard(slot, { atr: await reader.powerOn() });
    } catch (err) {
      // the card left again, or the reader went away: the next event says so
      this.#log?.debug({ reader: slot.name, err: err instanceof Error ? err.message : String(err) }, 'card did not power on');
    }
  }

  /** Card state at connect, from STATUS. */
  #refresh(slot: Slot): void {
    this.#enqueue(slot, async () => {
      const reader = slot.reader;
      if (!reader?.connected) return;
      try {
        const state = await reader.status();
        if (state === 'absent') {
          this.#setCard(slot, null);
          return;
        }
        if (!slot.card) await this.#learnAtr(slot);
      } catch (err) {
        this.#log?.debug({ reader: slot.name, err: err instanceof Error ? err.message : String(err) }, 'card state refresh failed');
      }
    });
  }

  #enqueue(slot: Slot, task: () => Promise<void>): void {
    slot.chain = slot.chain.then(task, task);
  }

  /** Emits card-inserted / card-removed only on a change: never the same event twice in a row. */
  #setCard(slot: Slot, card: { atr: Buffer } | null): void {
    const had = slot.card;
    slot.card = card;
    if (had && !card) this.#emit({ type: 'card-removed', reader: slot.name });
    if (!had && card) this.#emit({ type: 'card-inserted', reader: slot.name, atr: Buffer.from(card.atr) });
  }

  #emit(event: ReaderEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}

/**
 * One `PcscPort` over several (PC/SC and serial readers at the same counter). Reader names
 * must not collide; `connect` goes to the port that lists the reader. A port that cannot list
 * its readers (pcscd stopped) does not hide the others' readers: the list fails only when no
 * port answers. No ports at all is a port with no readers.
 */
export function mergePorts(...ports: PcscPort[]): PcscPort {
  const lists = async (): Promise<Array<{ port: PcscPort; readers: ReaderState[] }>> => {
    const settled = await Promise.allSettled(ports.map(async (port) => ({ port, readers: await port.listReaders() })));
    const answered = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = settled.find((s) => s.status === 'rejected');
    if (answered.length === 0 && failed) throw failed.reason;
    return answered;
  };
  const owner = async (reader: string): Promise<PcscPort | undefined> => (await lists()).find((l) => l.readers.some((r) => r.name === reader))?.port;
  return {
    async listReaders() {
      return (await lists()).flatMap((l) => l.readers);
    },
    watch(listener) {
      const offs = ports.map((p) => p.watch(listener));
      return () => offs.forEach((off) => off());
    },
    async connect(reader, options) {
      const port = await owner(reader);
      if (!port) throw new PcscTransportError('reader-gone', `${reader}: no such reader`, { reader });
      return port.connect(reader, options);
    },
    async close() {
      await Promise.all(ports.map((p) => p.close()));
    },
  };
}
