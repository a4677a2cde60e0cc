/**
 * In-memory HID port with handles: `plug(info)` / `unplug(path)` (hot-plug), and on a plugged
 * device `emitReport(bytes)` (the device sends an input report to whoever opened it),
 * `openCount` and `reports` (everything emitted, when `record` is set).
 * Reports are delivered synchronously, in order.
 */
import { HidScannerError } from './errors.ts';
import type { HidDevice, HidDeviceInfo, HidPort } from './port.ts';

export class MockHidDeviceHandle {
  readonly info: HidDeviceInfo;
  readonly record: boolean;
  /** Every report emitted, when `record` is set. */
  readonly reports: Buffer[] = [];
  /** How many times the device was opened. */
  openCount = 0;
  readonly #open = new Set<MockOpenDevice>();

  constructor(info: HidDeviceInfo, record: boolean) {
    this.info = info;
    this.record = record;
  }

  /** True while someone holds the device open. */
  get isOpen(): boolean {
    return this.#open.size > 0;
  }

  /** The device sends one input report. */
  emitReport(report: Buffer): void {
    const copy = Buffer.from(report);
    if (this.record) this.reports.push(copy);
    for (const open of this.#open) open.deliver(copy);
  }

  /** @internal */
  attach(open: MockOpenDevice): void {
    this.openCount++;
    this.#open.add(open);
  }

  /** @internal */
  detach(open: MockOpenDevice): void {
    this.#open.delete(open);
  }

  /** @internal the device leaves: every open handle closes with an error. */
  gone(): void {
    for (const open of [...this.#open]) open.finish(new HidScannerError('scanner-gone', 'device unplugged', { path: this.info.path }));
  }
}

class MockOpenDevice implements HidDevice {
  readonly info: HidDeviceInfo;
  readonly #handle: MockHidDeviceHandle;
  readonly #reports = new Set<(report: Buffer) => void>();
  readonly #close = new Set<(error?: Error) => void>();
  #closed = false;

  constructor(handle: MockHidDeviceHandle) {
    this.#handle = handle;
    this.info = handle.info;
    handle.attach(this);
  }

  deliver(report: Buffer): void {
    for (const listener of this.#reports) listener(report);
  }

  onReport(listener: (report: Buffer) => void): () => void {
    this.#reports.add(listener);
    return () => this.#reports.delete(listener);
  }

  onClose(listener: (error?: Error) => void): () => void {
    this.#close.add(listener);
    return () => this.#close.delete(listener);
  }

  async close(): Promise<void> {
    this.finish(undefined);
  }

  finish(error: Error | undefined): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#handle.detach(this);
    for (const listener of this.#close) listener(error);
    this.#close.clear();
    this.#reports.clear();
  }
}

export class MockHidPort implements HidPort {
  readonly #devices = new Map<string, MockHidDeviceHandle>();

  /** A device is plugged in. */
  plug(info: HidDeviceInfo, options: { record?: boolean } = {}): MockHidDeviceHandle {
    const handle = new MockHidDeviceHandle(info, options.record ?? false);
    this.#devices.set(info.path, handle);
    return handle;
  }

  /** The device is pulled out: it leaves `devices()` and its open handles close with an error. */
  unplug(path: string): void {
    const handle = this.#devices.get(path);
    this.#devices.delete(path);
    handle?.gone();
  }

  device(path: string): MockHidDeviceHandle | undefined {
    return this.#devices.get(path);
  }

  async devices(): Promise<HidDeviceInfo[]> {
    return [...this.#devices.values()].map((d) => d.info);
  }

  async open(path: string): Promise<HidDevice> {
    const handle = this.#devices.get(path);
    if (!handle) throw new HidScannerError('open-failed', 'no such HID device', { path });
    return new MockOpenDevice(handle);
  }
}
