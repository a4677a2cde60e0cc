/**
 * In-memory serial driver with handles, after `@serialport/binding-mock`:
 * `driver.createPort(path, { echo, record })`, then on the open line `lastWrite`,
 * `recording`, `emitData(bytes)` (the device speaks), `onHostWrite(listener)` (a device model
 * answers what the host wrote) and `unplug()` (the device goes away mid-anything).
 * Bytes are delivered asynchronously, as a real port does.
 */
import { SerialReaderError } from './errors.ts';
import type { LineClosed, SerialDriver, SerialLine, SerialOpenOptions, SerialPortInfo } from './port.ts';

export interface MockPortOptions {
  /** Every write comes straight back as data. */
  readonly echo?: boolean;
  /** Keep every write in `recording`. */
  readonly record?: boolean;
  readonly manufacturer?: string;
}

export class MockSerialLine implements SerialLine {
  readonly path: string;
  readonly options: MockPortOptions;
  /** The last bytes the host wrote, or null. */
  lastWrite: Buffer | null = null;
  /** Everything the host wrote, when `record` is set. */
  recording: Buffer = Buffer.alloc(0);
  readonly #data = new Set<(chunk: Buffer) => void>();
  readonly #close = new Set<(info: LineClosed) => void>();
  readonly #hostWrites = new Set<(bytes: Buffer) => void>();
  #closed: LineClosed | undefined;

  constructor(path: string, options: MockPortOptions) {
    this.path = path;
    this.options = options;
  }

  get isOpen(): boolean {
    return this.#closed === undefined;
  }

  async write(bytes: Buffer): Promise<void> {
    if (this.#closed) throw new SerialReaderError('reader-gone', 'the line is closed', { path: this.path });
    const copy = Buffer.from(bytes);
    this.lastWrite = copy;
    if (this.options.record) this.recording = Buffer.concat([this.recording, copy]);
    if (this.options.echo) this.emitData(copy);
    setImmediate(() => {
      if (this.#closed) return;
      for (const listener of this.#hostWrites) listener(copy);
    });
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.#data.add(listener);
    return () => this.#data.delete(listener);
  }

  onClose(listener: (info: LineClosed) => void): () => void {
    if (this.#closed) {
      const info = this.#closed;
      queueMicrotask(() => listener(info));
      return () => undefined;
    }
    this.#close.add(listener);
    return () => this.#close.delete(listener);
  }

  async close(): Promise<void> {
    this.#finish({ disconnected: false });
  }

  // ——— handles for tests and device models ———

  /** The device sends bytes to the host (delivered on the next turn of the event loop). */
  emitData(bytes: Buffer): void {
    const copy = Buffer.from(bytes);
    setImmediate(() => {
      if (this.#closed) return;
      for (const listener of this.#data) listener(copy);
    });
  }

  /** A device model's ear: called with each write of the host. */
  onHostWrite(listener: (bytes: Buffer) => void): () => void {
    this.#hostWrites.add(listener);
    return () => this.#hostWrites.delete(listener);
  }

  /** The device goes away, like a USB-serial adapter pulled out. */
  unplug(): void {
    this.#finish({ disconnected: true, error: new Error('device disconnected') });
  }

  #finish(info: LineClosed): void {
    if (this.#closed) return;
    this.#closed = info;
    for (const listener of this.#close) listener(info);
    this.#close.clear();
    this.#data.clear();
    this.#hostWrites.clear();
  }
}

export class MockSerialDriver implements SerialDriver {
  readonly #ports = new Map<string, MockPortOptions>();
  readonly #open = new Map<string, MockSerialLine>();

  /** Makes a device path exist (a reader plugged in). */
  createPort(path: string, options: MockPortOptions = {}): void {
    this.#ports.set(path, options);
  }

  /** Removes a device path; an open line on it closes as disconnected. */
  removePort(path: string): void {
    this.#ports.delete(path);
    this.#open.get(path)?.unplug();
    this.#open.delete(path);
  }

  /** The open line on `path`, for its handles. */
  line(path: string): MockSerialLine | undefined {
    return this.#open.get(path);
  }

  async list(): Promise<SerialPortInfo[]> {
    return [...this.#ports].map(([path, options]) => ({ path, manufacturer: options.manufacturer }));
  }

  async open(path: string, _options: SerialOpenOptions = {}): Promise<SerialLine> {
    const options = this.#ports.get(path);
    if (!options) throw new SerialReaderError('open-failed', 'no such device', { path });
    const existing = this.#open.get(path);
    if (existing?.isOpen) throw new SerialReaderError('open-failed', 'device is busy (already open)', { path });
    const line = new MockSerialLine(path, options);
    this.#open.set(path, line);
    return line;
  }
}
