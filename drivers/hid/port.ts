/**
 * The HID port contract (STYLE.md items 1–3): this types-only file, the real driver
 * `node-hid-port.ts` (`node-hid`: hidraw on Linux) and `mock-port.ts` (in-memory, with
 * handles) beside it. The port moves whole input reports; what they mean (keyboard usages,
 * HID POS scanned data) is decoded above it.
 */

export interface HidDeviceInfo {
  /** OS path, e.g. `/dev/hidraw3`: the identity of a plugged device. */
  readonly path: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly product?: string | undefined;
  readonly manufacturer?: string | undefined;
  readonly serialNumber?: string | undefined;
  /** Top-level collection: 0x01/0x06 keyboard, 0x8C/0x02 HID POS bar code scanner. */
  readonly usagePage?: number | undefined;
  readonly usage?: number | undefined;
  readonly interface?: number | undefined;
}

/** One open device. */
export interface HidDevice {
  readonly info: HidDeviceInfo;
  /** Input reports as they arrive (report ID first when the device numbers its reports). */
  onReport(listener: (report: Buffer) => void): () => void;
  /** Fires once when the device goes away or is closed; `error` says why when it went away. */
  onClose(listener: (error?: Error) => void): () => void;
  close(): Promise<void>;
}

export interface HidPort {
  /** The devices plugged in now (the hot-plug watcher polls this). */
  devices(): Promise<HidDeviceInfo[]>;
  /** Opens a device by path; rejects with `HidScannerError('open-failed')`. */
  open(path: string): Promise<HidDevice>;
}
