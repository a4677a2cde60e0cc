/**
 * Keeps a serial reader connected across unplugging: opens the device path, and when the line
 * closes (USB-serial adapter pulled, reader switched off) reports it and tries to open the
 * path again every `retryMs` until the reader is back — like the HID hot-plug watcher, but a
 * serial path cannot be enumerated reliably (`/dev/ttyUSB0` may come back as `ttyUSB1`; the
 * udev rules in deploy/udev give a stable `/dev/yibao-serial-<vendor>-<serial>`), so the path
 * is configured.
 *
 *   const supervisor = new SerialReaderSupervisor(serialportDriver, '/dev/yibao-serial-0403-A10K1234');
 *   supervisor.onChange((e) => (e.type === 'connected' ? useReader(e.reader) : markOffline(e.error)));
 *   await supervisor.start();
 */
import type { Logger } from 'pino';
import type { SerialDriver, SerialOpenOptions } from './port.ts';
import { SerialReader, type SerialReaderOptions } from './reader-client.ts';
import type { SerialReaderError } from './errors.ts';

export type SupervisorEvent = { readonly type: 'connected'; readonly reader: SerialReader } | { readonly type: 'disconnected'; readonly error: SerialReaderError };

export interface SupervisorOptions {
  /** Default 1000 ms. */
  readonly retryMs?: number;
  readonly open?: SerialOpenOptions;
  readonly reader?: SerialReaderOptions;
  readonly logger?: Logger;
}

export class SerialReaderSupervisor {
  readonly path: string;
  readonly #driver: SerialDriver;
  readonly #options: SupervisorOptions;
  readonly #listeners = new Set<(event: SupervisorEvent) => void>();
  #reader: SerialReader | undefined;
  #timer: NodeJS.Timeout | undefined;
  #stopped = true;
  #attempt: Promise<boolean> | undefined;

  constructor(driver: SerialDriver, path: string, options: SupervisorOptions = {}) {
    this.#driver = driver;
    this.path = path;
    this.#options = options;
  }

  /** The connected reader, or undefined while the reader is away. */
  get reader(): SerialReader | undefined {
    return this.#reader?.connected ? this.#reader : undefined;
  }

  onChange(listener: (event: SupervisorEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Opens the reader now if it is there; keeps trying in the background if not. */
  async start(): Promise<void> {
    this.#stopped = false;
    if (!(await this.tryOpen())) this.#schedule();
  }

  /** One attempt to open the path now (tests call it instead of waiting for the retry timer). */
  async tryOpen(): Promise<boolean> {
    this.#attempt ??= this.#open().finally(() => {
      this.#attempt = undefined;
    });
    return this.#attempt;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const reader = this.#reader;
    this.#reader = undefined;
    await reader?.close();
  }

  async #open(): Promise<boolean> {
    if (this.#stopped || this.reader) return this.reader !== undefined;
    let reader: SerialReader;
    try {
      const line = await this.#driver.open(this.path, this.#options.open ?? {});
      reader = new SerialReader(line, this.#options.reader ?? {});
    } catch (err) {
      this.#options.logger?.debug({ path: this.path, err: err instanceof Error ? err.message : String(err) }, 'serial reader not available yet');
      return false;
    }
    if (this.#stopped) {
      await reader.close();
      return false;
    }
    this.#reader = reader;
    reader.onGone((error) => {
      if (this.#reader !== reader) return;
      this.#reader = undefined;
      this.#options.logger?.warn({ path: this.path }, 'serial reader disconnected; waiting for it to come back');
      this.#emit({ type: 'disconnected', error });
      this.#schedule();
    });
    this.#options.logger?.info({ path: this.path }, 'serial reader connected');
    this.#emit({ type: 'connected', reader });
    return true;
  }

  #schedule(): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      void this.tryOpen().then((ok) => {
        if (!ok) this.#schedule();
      });
    }, this.#options.retryMs ?? 1000);
    this.#timer.unref();
  }

  #emit(event: SupervisorEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}
