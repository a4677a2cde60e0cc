/**
 * The serial port contract (STYLE.md items 1–3), after node-serialport's split of
 * `bindings-interface` / `bindings-cpp` / `binding-mock`: this types-only file, the real
 * driver `serialport-port.ts` (the `serialport` package, real devices and pseudo-terminals)
 * and `mock-port.ts` (in-memory, with handles) beside it.
 *
 * A `SerialLine` is a byte pipe: it knows nothing of frames. The reader protocol lives in
 * `reader-client.ts` on top of any line.
 */

export interface SerialPortInfo {
  /** Device path, e.g. `/dev/ttyUSB0`, `/dev/pts/3`, `COM3`. */
  readonly path: string;
  readonly manufacturer?: string | undefined;
  readonly vendorId?: string | undefined;
  readonly productId?: string | undefined;
  readonly serialNumber?: string | undefined;
}

export interface SerialOpenOptions {
  /** Default 115200 (protocol/serial/README.md: 115200 8N1). */
  readonly baudRate?: number;
}

/** Why a line closed: `disconnected` when the device went away (unplugged, pty master closed). */
export interface LineClosed {
  readonly disconnected: boolean;
  readonly error?: Error | undefined;
}

/** One open serial line. */
export interface SerialLine {
  readonly path: string;
  readonly isOpen: boolean;
  /** Resolves once the bytes were handed to the OS; rejects when the line is closed. */
  write(bytes: Buffer): Promise<void>;
  /** Bytes as they arrive, in whatever chunks the OS delivers. Returns the unsubscribe. */
  onData(listener: (chunk: Buffer) => void): () => void;
  /** Fires once when the line closes, by `close()` or because the device went away. */
  onClose(listener: (info: LineClosed) => void): () => void;
  close(): Promise<void>;
}

export interface SerialDriver {
  list(): Promise<SerialPortInfo[]>;
  /** Opens a device path; rejects with `SerialReaderError('open-failed')`. */
  open(path: string, options?: SerialOpenOptions): Promise<SerialLine>;
}
