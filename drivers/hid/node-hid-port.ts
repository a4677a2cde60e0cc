/**
 * The real HID driver on `node-hid` (hidapi; hidraw on Linux). A device that is unplugged
 * makes node-hid's read loop fail with an 'error' event; that is reported as the device
 * closing. Hot-plug is found by polling `devices()` (hotplug.ts): hidapi has no event API.
 *
 * Permissions: the gateway's user needs read access to the scanner's `/dev/hidraw*` node
 * (deploy/udev rules). A keyboard-wedge scanner is also a keyboard to the OS: hidraw reads
 * its reports alongside, it does not take the keystrokes away from the focused window.
 */
import HID from 'node-hid';
import { HidScannerError } from './errors.ts';
import type { HidDevice, HidDeviceInfo, HidPort } from './port.ts';

function infoOf(d: HID.Device): HidDeviceInfo | undefined {
  if (!d.path) return undefined;
  return {
    path: d.path,
    vendorId: d.vendorId,
    productId: d.productId,
    product: d.product,
    manufacturer: d.manufacturer,
    serialNumber: d.serialNumber,
    usagePage: d.usagePage,
    usage: d.usage,
    interface: d.interface,
  };
}

class NodeHidDevice implements HidDevice {
  readonly info: HidDeviceInfo;
  readonly #hid: HID.HIDAsync;
  readonly #reports = new Set<(report: Buffer) => void>();
  readonly #close = new Set<(error?: Error) => void>();
  #closed = false;

  constructor(hid: HID.HIDAsync, info: HidDeviceInfo) {
    this.#hid = hid;
    this.info = info;
    hid.on('data', (data: Buffer) => {
      for (const listener of this.#reports) listener(Buffer.from(data));
    });
    hid.on('error', (err: Error) => {
      this.#finish(new HidScannerError('scanner-gone', err.message, { path: info.path, cause: err }));
      void hid.close().catch(() => undefined);
    });
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
    if (this.#closed) return;
    this.#finish(undefined);
    await this.#hid.close();
  }

  #finish(error: Error | undefined): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const listener of this.#close) listener(error);
    this.#close.clear();
    this.#reports.clear();
  }
}

export const nodeHidPort: HidPort = {
  async devices(): Promise<HidDeviceInfo[]> {
    const list = await HID.devicesAsync();
    return list.flatMap((d) => {
      const info = infoOf(d);
      return info ? [info] : [];
    });
  },

  async open(path: string): Promise<HidDevice> {
    const info = (await nodeHidPort.devices()).find((d) => d.path === path);
    if (!info) throw new HidScannerError('open-failed', 'no such HID device', { path });
    try {
      // nonExclusive: on macOS the scanner stays usable by the OS; on Linux hidraw it makes no difference
      const hid = await HID.HIDAsync.open(path, { nonExclusive: true });
      return new NodeHidDevice(hid, info);
    } catch (err) {
      throw new HidScannerError('open-failed', err instanceof Error ? err.message : String(err), { path, cause: err });
    }
  },
};
