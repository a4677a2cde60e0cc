/**
 * The real serial driver on `serialport` v13 (node-serialport, the bindings-cpp binding):
 * RS-232 and USB-serial devices, and pseudo-terminals (`/dev/pts/N`), which is how the tests
 * and `yibao-sim serial` put an emulated reader on a real device path.
 *
 * When the device goes away (USB unplugged, pty master closed) the binding's poller reports
 * it and `SerialPort` emits `close` with `disconnected: true`; the line passes that on.
 */
import { SerialPort } from 'serialport';
import { SerialReaderError } from './errors.ts';
import type { LineClosed, SerialDriver, SerialLine, SerialOpenOptions, SerialPortInfo } from './port.ts';

type CloseError = Error & { disconnected?: boolean };

class SerialportLine implements SerialLine {
  readonly path: string;
  readonly #port: SerialPort;
  readonly #dataListeners = new Set<(chunk: Buffer) => void>();
  readonly #closeListeners = new Set<(info: LineClosed) => void>();
  #closed: LineClosed | undefined;

  constructor(port: SerialPort) {
    this.path = port.path;
    this.#port = port;
    port.on('data', (chunk: Buffer) => {
      for (const listener of this.#dataListeners) listener(chunk);
    });
    // An 'error' without 'close' (a failed write) still ends up rejecting that write; the
    // listener keeps the stream from throwing an unhandled 'error'.
    port.on('error', () => undefined);
    port.on('close', (err: CloseError | null) => {
      this.#finish({ disconnected: err?.disconnected === true, error: err ?? undefined });
    });
  }

  get isOpen(): boolean {
    return this.#closed === undefined && this.#port.isOpen;
  }

  async write(bytes: Buffer): Promise<void> {
    if (!this.isOpen) throw new SerialReaderError('reader-gone', 'the line is closed', { path: this.path });
    await new Promise<void>((resolve, reject) => {
      this.#port.write(bytes, (err) => {
        if (err) {
          reject(new SerialReaderError('reader-gone', `write failed: ${err.message}`, { path: this.path, cause: err }));
          return;
        }
        this.#port.drain((drainErr) => (drainErr ? reject(new SerialReaderError('reader-gone', `drain failed: ${drainErr.message}`, { path: this.path, cause: drainErr })) : resolve()));
      });
    });
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.#dataListeners.add(listener);
    return () => this.#dataListeners.delete(listener);
  }

  onClose(listener: (info: LineClosed) => void): () => void {
    if (this.#closed) {
      const info = this.#closed;
      queueMicrotask(() => listener(info));
      return () => undefined;
    }
    this.#closeListeners.add(listener);
    return () => this.#closeListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.#closed || !this.#port.isOpen) {
      this.#finish({ disconnected: false });
      return;
    }
    await new Promise<void>((resolve) => {
      this.#port.close(() => resolve());
    });
    this.#finish({ disconnected: false });
  }

  #finish(info: LineClosed): void {
    if (this.#closed) return;
    this.#closed = info;
    for (const listener of this.#closeListeners) listener(info);
    this.#closeListeners.clear();
    this.#dataListeners.clear();
  }
}

export const serialportDriver: SerialDriver = {
  async list(): Promise<SerialPortInfo[]> {
    const ports = await SerialPort.list();
    return ports.map((p) => ({ path: p.path, manufacturer: p.manufacturer, vendorId: p.vendorId, productId: p.productId, serialNumber: p.serialNumber }));
  },

  async open(path: string, options: SerialOpenOptions = {}): Promise<SerialLine> {
    const port = new SerialPort({ path, baudRate: options.baudRate ?? 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => {
      port.open((err) => (err ? reject(new SerialReaderError('open-failed', err.message, { path, cause: err })) : resolve()));
    });
    return new SerialportLine(port);
  },
};
