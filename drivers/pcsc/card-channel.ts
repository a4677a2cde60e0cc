/**
 * The exchange layer above a `CardHandle`: ISO 7816-3/-4 transport rules applied once, for
 * every application (user card, PSAM):
 * - `61xx` (T=0: response data waiting) → GET RESPONSE `00C00000xx`, repeated while the card
 *   says more is waiting, data concatenated (ISO 7816-4 §5.3.4 / 7816-3 §12.2.2);
 * - `6Cxx` (wrong Le) → the same command once more with Le = xx (ISO 7816-3 §12.2.2);
 * - status word → `CardStatusError` in `expectSuccess()`, the one place that does it
 *   (STYLE.md item 7).
 * It also counts the APDUs that really crossed the reader (the benchmark's figure).
 */
import { decodeCommand, encodeCommand } from '../../protocol/apdu/command.ts';
import { decodeResponse, type ResponseApdu } from '../../protocol/apdu/response.ts';
import { classifyStatusWord, describeStatusWord, SW } from '../../protocol/apdu/status-words.ts';
import { getResponse } from '../../protocol/sscard/commands.ts';
import { CardStatusError } from './errors.ts';
import type { CardHandle } from './port.ts';

export interface ChannelOptions {
  /** Time budget of one transmit. */
  readonly timeoutMs?: number;
}

/** What to show of a command in errors and logs: a VERIFY / CHANGE PIN never shows its data. */
export function commandLabel(apdu: Buffer): string {
  const head = apdu.subarray(0, 4).toString('hex').toUpperCase();
  const ins = apdu[1];
  if (ins === 0x20 || ins === 0x5e || ins === 0x24) return `${head} <PIN hidden>`;
  return apdu.toString('hex').toUpperCase();
}

/**
 * The one place a status word becomes an error: returns the data on `9000`, throws a
 * `CardStatusError` (with the status word's name from the shared table) otherwise.
 */
export function expectSuccess(response: ResponseApdu, apdu: Buffer): Buffer {
  if (response.sw === SW.OK) return response.data;
  throw new CardStatusError(response.sw, commandLabel(apdu), describeStatusWord(response.sw).en);
}

export class CardChannel {
  readonly handle: CardHandle;
  readonly #timeoutMs: number | undefined;
  #apdus = 0;

  constructor(handle: CardHandle, options: ChannelOptions = {}) {
    this.handle = handle;
    this.#timeoutMs = options.timeoutMs;
  }

  /** APDUs sent to the card so far, GET RESPONSE and Le retries included. */
  get apduCount(): number {
    return this.#apdus;
  }

  /**
   * Sends a command and resolves to its final response, after GET RESPONSE / Le retry.
   * A status word other than `61xx` / `6Cxx` is returned as it is: use `exchange()` when
   * anything but `9000` is a refusal.
   */
  async send(apdu: Buffer): Promise<ResponseApdu> {
    let first = await this.#raw(apdu);
    const cls = classifyStatusWord(first.sw);
    if (cls.kind === 'wrongLe') {
      // `00B2 07 28 00` → `6C0B` → `00B2 07 28 0B`: repeat once with the exact length
      const command = decodeCommand(apdu);
      first = await this.#raw(encodeCommand({ ...command, le: cls.exact, extended: false }));
    }
    return this.#collect(first);
  }

  /** Sends a command that must succeed; resolves to the response data. */
  async exchange(apdu: Buffer): Promise<Buffer> {
    return expectSuccess(await this.send(apdu), apdu);
  }

  /** Runs `fn` inside an exclusive transaction on the handle. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.handle.beginTransaction();
    try {
      return await fn();
    } finally {
      await this.handle.endTransaction();
    }
  }

  async #collect(response: ResponseApdu): Promise<ResponseApdu> {
    let current = response;
    const parts: Buffer[] = [];
    // `61 12` → `00C0000012` → 18 bytes + `9000` (or another 61xx: keep asking)
    for (let rounds = 0; (current.sw & 0xff00) === 0x6100; rounds++) {
      if (rounds > 256) throw new CardStatusError(current.sw, 'GET RESPONSE', 'the card keeps announcing more data');
      parts.push(current.data);
      const cls = classifyStatusWord(current.sw);
      const available = cls.kind === 'moreData' ? cls.available : 256;
      current = await this.#raw(getResponse(available));
    }
    if (parts.length === 0) return current;
    return { data: Buffer.concat([...parts, current.data]), sw: current.sw };
  }

  async #raw(apdu: Buffer): Promise<ResponseApdu> {
    this.#apdus++;
    const bytes = await this.handle.transmit(apdu, this.#timeoutMs === undefined ? {} : { timeoutMs: this.#timeoutMs });
    return decodeResponse(bytes);
  }
}
