/**
 * The PSAM (secure access module) in the second slot, behind a dialect interface.
 *
 * Vendors' PSAM command sets differ and are not public (shared/reference/
 * social-security-card.md, "PSAM flow"); the card logic asks a `PsamDialect` for two things
 * only — open the application (and the terminal number), and an 8-byte cryptogram under a
 * card key diversified from the city and card factors — so another vendor's dialect is one
 * more object, not a change to `sscard.ts`.
 */
import { SW } from '../../protocol/apdu/status-words.ts';
import { PSAM } from '../../protocol/sscard/commands.ts';
import { ALGORITHM_CODE, type CardAlgorithm } from '../../protocol/sscard/crypto.ts';
import { decodeBcd } from '../../protocol/sscard/fields.ts';
import type { CardChannel } from '../pcsc/card-channel.ts';
import { CardStatusError, isCardStatusError } from '../pcsc/errors.ts';
import { CardApplicationError } from './errors.ts';

export interface CryptogramRequest {
  /** Key id in the card's key file: 01 RKSSSE (external), 02 IKSSSE (internal). */
  readonly keyId: number;
  readonly algorithm: CardAlgorithm;
  /** Region code ‖ FF×5 (8 bytes). */
  readonly cityFactor: Buffer;
  /** Last 8 bytes of the card identification code. */
  readonly cardFactor: Buffer;
  /** The 8 bytes to encrypt (the card's challenge, or the internal-authentication data). */
  readonly input: Buffer;
}

export interface PsamDialect {
  readonly name: string;
  /** Selects the PSAM application; resolves to the terminal number printed on the PSAM. */
  open(channel: CardChannel): Promise<{ terminalNumber: string }>;
  /** Loads the card key for `request` into the PSAM (ahead of time: the input is not needed). */
  diversify(channel: CardChannel, request: Omit<CryptogramRequest, 'input'>): Promise<void>;
  /**
   * C(Kcard, input) with Kcard diversified for this card. `diversified` says the PSAM still
   * holds this card's key from the previous call, so the dialect may skip that step.
   */
  cryptogram(channel: CardChannel, request: CryptogramRequest, diversified: boolean): Promise<Buffer>;
}

/** What a PSAM status word means to the card logic (the dialect's own table). */
function psamRefusal(err: CardStatusError, request: Omit<CryptogramRequest, 'input'>): CardApplicationError {
  if (err.sw === SW.REFERENCED_DATA_NOT_FOUND) {
    return new CardApplicationError('psam-key', `the PSAM has no key ${request.keyId.toString(16).padStart(2, '0')} (${request.keyId === 1 ? 'RKSSSE' : 'IKSSSE'})`, { cause: err });
  }
  if (err.sw === SW.FUNCTION_NOT_SUPPORTED) {
    return new CardApplicationError('psam-algorithm', `the PSAM does not support ${request.algorithm.toUpperCase()}`, { cause: err });
  }
  return new CardApplicationError('psam-failed', `the PSAM refused: ${err.message}`, { cause: err });
}

/**
 * `yibao-psam-v1` (protocol/sscard/SPEC.md, "The Yibao PSAM dialect"):
 *   00A4040006D15600000590                         select → 9000
 *   00B0960006                                     terminal number, 6 bytes BCD → 9000
 *   801A 01 01 10 152200FFFFFFFFFF 0123456789ABCDEF diversify RKSSSE for SM4 → 9000
 *   80FA0000 08 <R 8>                              → C(Kcard, R) 8 bytes + 9000
 */
export const yibaoPsamV1: PsamDialect = {
  name: 'yibao-psam-v1',

  async open(channel) {
    try {
      await channel.exchange(PSAM.select());
      const terminal = await channel.exchange(PSAM.readTerminalNumber());
      return { terminalNumber: decodeBcd(terminal) };
    } catch (err) {
      if (isCardStatusError(err)) throw new CardApplicationError('psam-missing', `the card in the PSAM slot has no ${this.name} application`, { cause: err });
      throw err;
    }
  },

  async diversify(channel, request) {
    try {
      await channel.exchange(PSAM.diversify(request.keyId, ALGORITHM_CODE[request.algorithm], request.cityFactor, request.cardFactor));
    } catch (err) {
      if (err instanceof CardStatusError) throw psamRefusal(err, request);
      throw err;
    }
  },

  async cryptogram(channel, request, diversified) {
    const diversify = (): Promise<Buffer> =>
      channel.exchange(PSAM.diversify(request.keyId, ALGORITHM_CODE[request.algorithm], request.cityFactor, request.cardFactor));
    try {
      if (!diversified) await diversify();
      let out: Buffer;
      try {
        out = await channel.exchange(PSAM.cryptogram(request.input));
      } catch (err) {
        // 6985: the PSAM lost the key we left in it (reset by another program): diversify again
        if (!diversified || !isCardStatusError(err, SW.CONDITIONS_NOT_SATISFIED)) throw err;
        await diversify();
        out = await channel.exchange(PSAM.cryptogram(request.input));
      }
      if (out.length !== 8) throw new CardApplicationError('psam-failed', `the PSAM answered ${out.length} bytes for an 8-byte cryptogram`);
      return out;
    } catch (err) {
      if (err instanceof CardStatusError) throw psamRefusal(err, request);
      throw err;
    }
  },
};

export const PSAM_DIALECTS: Readonly<Record<string, PsamDialect>> = { [yibaoPsamV1.name]: yibaoPsamV1 };

/**
 * One PSAM session: the application is opened once per connection, the last diversification
 * is remembered (two cryptograms for the same card and key cost one diversify), and a
 * diversification can be started ahead of time (`prepare`) while the user card is still being
 * read in the other slot. Operations run one after another in call order.
 */
export class Psam {
  readonly channel: CardChannel;
  readonly dialect: PsamDialect;
  #terminalNumber: string | null = null;
  #lastKey: string | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(channel: CardChannel, dialect: PsamDialect = yibaoPsamV1) {
    this.channel = channel;
    this.dialect = dialect;
  }

  /** Opens the application if needed; resolves to the terminal number. */
  async open(): Promise<string> {
    return this.#serial(() => this.#open());
  }

  get terminalNumber(): string | null {
    return this.#terminalNumber;
  }

  /** Diversifies for a card key now, so that a later `cryptogram` for it costs one APDU. */
  async prepare(request: Omit<CryptogramRequest, 'input'>): Promise<void> {
    return this.#serial(async () => {
      await this.#open();
      const key = keyOf(request);
      if (this.#lastKey === key) return;
      this.#lastKey = null;
      await this.channel.transaction(() => this.dialect.diversify(this.channel, request));
      this.#lastKey = key;
    });
  }

  async cryptogram(request: CryptogramRequest): Promise<Buffer> {
    return this.#serial(async () => {
      await this.#open();
      const key = keyOf(request);
      try {
        const out = await this.channel.transaction(() => this.dialect.cryptogram(this.channel, request, this.#lastKey === key));
        this.#lastKey = key;
        return out;
      } catch (err) {
        this.#lastKey = null;
        throw err;
      }
    });
  }

  /** Forget the session (after the PSAM was reset, removed or reinserted). */
  reset(): void {
    this.#terminalNumber = null;
    this.#lastKey = null;
  }

  async #open(): Promise<string> {
    if (this.#terminalNumber === null) {
      this.#terminalNumber = (await this.dialect.open(this.channel)).terminalNumber;
      this.#lastKey = null;
    }
    return this.#terminalNumber;
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

function keyOf(request: Omit<CryptogramRequest, 'input'>): string {
  return `${request.keyId}:${request.algorithm}:${request.cityFactor.toString('hex')}:${request.cardFactor.toString('hex')}`;
}
