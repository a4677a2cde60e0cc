/**
 * A raw pcsclite client for the simulator's tests — deliberately not the gateway's driver,
 * so the tests show that a foreign PC/SC program sees the virtual cards. It watches reader
 * states through SCardGetStatusChange (pcsclite's `status` events) and can connect and send
 * APDUs.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Callback<T> = (err: unknown, value: T) => void;
/** The parts of the `pcsclite` module used here (its index.d.ts does not export the types). */
interface CardReader {
  readonly name: string;
  readonly SCARD_SHARE_SHARED: number;
  readonly SCARD_STATE_PRESENT: number;
  readonly SCARD_STATE_MUTE: number;
  readonly SCARD_LEAVE_CARD: number;
  on(type: 'status', listener: (status: { state: number; atr?: Buffer }) => void): void;
  on(type: 'error', listener: (err: unknown) => void): void;
  connect(options: { share_mode: number }, cb: Callback<number>): void;
  transmit(data: Buffer, resLen: number, protocol: number, cb: Callback<Buffer>): void;
  disconnect(disposition: number, cb: (err: unknown) => void): void;
  close(): void;
}
interface PCSCLite {
  on(type: 'reader', listener: (reader: CardReader) => void): void;
  on(type: 'error', listener: (err: unknown) => void): void;
  close(): void;
}

export interface RawReaderWatch {
  /** Resolves when the reader shows a card (true) or no card (false); rejects after `timeoutMs`. */
  waitFor(present: boolean, timeoutMs?: number): Promise<void>;
  /** The last state pcscd reported: present or not. */
  readonly present: boolean;
  /** Connects, sends the APDUs in turn, disconnects; resolves to the responses. */
  exchange(apdus: readonly Buffer[]): Promise<Buffer[]>;
  close(): void;
}

export async function watchReader(name: string, timeoutMs = 10_000): Promise<RawReaderWatch> {
  const factory = require('pcsclite') as () => PCSCLite;
  const pcsc = factory();
  pcsc.on('error', () => undefined);
  const reader = await new Promise<CardReader>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pcscd shows no reader "${name}" within ${timeoutMs} ms`)), timeoutMs);
    pcsc.on('reader', (r) => {
      if (r.name === name) {
        clearTimeout(timer);
        resolve(r);
      } else {
        r.close();
      }
    });
  });
  reader.on('error', () => undefined);
  let present = false;
  let waiters: Array<() => void> = [];
  reader.on('status', (status) => {
    present = (status.state & reader.SCARD_STATE_PRESENT) !== 0 && (status.state & reader.SCARD_STATE_MUTE) === 0;
    const ws = waiters;
    waiters = [];
    for (const w of ws) w();
  });
  return {
    get present() {
      return present;
    },
    async waitFor(want, waitMs = 10_000) {
      const deadline = Date.now() + waitMs;
      while (present !== want) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`reader "${name}" did not show ${want ? 'a card' : 'no card'} within ${waitMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    async exchange(apdus) {
      const protocol = await new Promise<number>((resolve, reject) =>
        reader.connect({ share_mode: reader.SCARD_SHARE_SHARED }, (err, p) => (err ? reject(err as Error) : resolve(p))),
      );
      const out: Buffer[] = [];
      try {
        for (const apdu of apdus) {
          out.push(await new Promise<Buffer>((resolve, reject) => reader.transmit(apdu, 258, protocol, (err, data) => (err ? reject(err as Error) : resolve(data)))));
        }
      } finally {
        await new Promise<void>((resolve) => reader.disconnect(reader.SCARD_LEAVE_CARD, () => resolve()));
      }
      return out;
    },
    close() {
      reader.close();
      pcsc.close();
    },
  };
}
