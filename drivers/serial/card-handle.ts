/**
 * The serial reader as a PC/SC-style `CardHandle` (drivers/pcsc/port.ts), so the social
 * security card code reads over either transport unchanged:
 *
 *   const handle = await SerialCardHandle.connect(new SerialReader(await serialportDriver.open('/dev/ttyUSB0')));
 *   const card = new SocialSecurityCard(new CardChannel(handle));   // drivers/card, drivers/pcsc
 *
 * `CardChannel` does GET RESPONSE / Le retry above the handle, exactly as over PC/SC: the
 * serial reader passes `61xx` / `6Cxx` through like a PC/SC T=0 reader does.
 *
 * Transport failures come out as `PcscTransportError` (the handle contract's failure type,
 * whose kinds the card code already understands), with the `SerialReaderError` as the cause.
 */
import type { CardHandle, CardProtocol, TransmitOptions } from '../pcsc/port.ts';
import { PcscTransportError, type TransportFailure } from '../pcsc/errors.ts';
import { ReaderLocks } from '../pcsc/reader-lock.ts';
import { isSerialReaderError, type SerialFailure } from './errors.ts';
import type { SerialReader } from './reader-client.ts';

const TRANSPORT_KIND: Readonly<Record<SerialFailure, TransportFailure>> = {
  'open-failed': 'reader-gone',
  'reader-gone': 'reader-gone',
  timeout: 'timeout',
  protocol: 'failed',
  'no-card': 'no-card',
  'card-mute': 'unresponsive',
  'not-powered': 'unresponsive',
  refused: 'failed',
  'pin-cancelled': 'failed',
  'pin-timeout': 'failed',
};

function asTransportError(err: unknown, reader: string): unknown {
  if (!isSerialReaderError(err)) return err;
  return new PcscTransportError(TRANSPORT_KIND[err.kind], err.message, { reader, cause: err });
}

/**
 * The protocol an ATR announces (ISO/IEC 7816-3 §8.2.3): the low nibble of TD1 when T0 says
 * TD1 is present, else T=0. `3B 6C 00 00 …` (no TD1) → T0; `3B E8 00 00 81 31 …` → TD1 = 81 → T1.
 */
export function atrProtocol(atr: Uint8Array): CardProtocol {
  const t0 = atr[1];
  if (t0 === undefined || (t0 & 0x80) === 0) return 'T0';
  const at = 2 + ((t0 & 0x10) !== 0 ? 1 : 0) + ((t0 & 0x20) !== 0 ? 1 : 0) + ((t0 & 0x40) !== 0 ? 1 : 0);
  const td1 = atr[at];
  return td1 !== undefined && (td1 & 0x0f) === 1 ? 'T1' : 'T0';
}

const locks = new WeakMap<SerialReader, ReaderLocks>();

export class SerialCardHandle implements CardHandle {
  readonly reader: string;
  readonly #serial: SerialReader;
  readonly #locks: ReaderLocks;
  #atr: Buffer;
  #connected = true;

  private constructor(serial: SerialReader, atr: Buffer) {
    this.#serial = serial;
    this.reader = `serial:${serial.path}`;
    this.#atr = atr;
    let shared = locks.get(serial);
    if (!shared) {
      shared = new ReaderLocks();
      locks.set(serial, shared);
    }
    this.#locks = shared;
  }

  /** Powers the card in the serial reader and returns a handle on it. */
  static async connect(serial: SerialReader): Promise<SerialCardHandle> {
    try {
      return new SerialCardHandle(serial, await serial.powerOn());
    } catch (err) {
      throw asTransportError(err, `serial:${serial.path}`);
    }
  }

  get atr(): Buffer {
    return this.#atr;
  }

  get protocol(): CardProtocol {
    return atrProtocol(this.#atr);
  }

  async transmit(apdu: Buffer, options: TransmitOptions = {}): Promise<Buffer> {
    if (!this.#connected) throw new PcscTransportError('closed', 'the handle was disconnected', { reader: this.reader });
    return this.#locks.run(this.reader, this, async () => {
      try {
        return await this.#serial.transmit(apdu, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
      } catch (err) {
        throw asTransportError(err, this.reader);
      }
    });
  }

  async beginTransaction(): Promise<void> {
    await this.#locks.acquire(this.reader, this);
  }

  async endTransaction(): Promise<void> {
    this.#locks.release(this.reader, this);
  }

  async reconnect(): Promise<void> {
    try {
      await this.#serial.powerOff();
      this.#atr = await this.#serial.powerOn();
      this.#connected = true;
    } catch (err) {
      throw asTransportError(err, this.reader);
    }
  }

  async disconnect(): Promise<void> {
    if (!this.#connected) return;
    this.#connected = false;
    this.#locks.releaseAll(this.reader, this);
    if (this.#serial.connected) {
      try {
        await this.#serial.powerOff();
      } catch (err) {
        throw asTransportError(err, this.reader);
      }
    }
  }
}
