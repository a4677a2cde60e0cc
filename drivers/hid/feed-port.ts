/**
 * A local feed of HID input reports: a Unix socket on which a program on this machine (the
 * QR scanner emulator, `yibao-sim scanner --feed`) plays a scanner plugged into the running
 * gateway, where the kernel offers no virtual HID (`/dev/uhid`) to do it for real.
 *
 * Wire, per connection (one connection = one device):
 *   client → gateway  one line of JSON: the device as `HidDeviceInfo` without `path`
 *                     ({"vendorId":7851,"productId":6659,"product":"…","usagePage":1,"usage":6})
 *   gateway → client  one byte 0x01 when the gateway has opened the device (reports sent
 *                     before that reach nobody, as with a real hidraw device)
 *   client → gateway  input reports, each as a 2-byte big-endian length and the report
 * Closing the connection unplugs the device. The socket is made mode 0600: only the gateway's
 * own user (and root) can plug a device in this way.
 */
import { chmod, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { HidScannerError } from './errors.ts';
import type { HidDevice, HidDeviceInfo, HidPort } from './port.ts';

export const FEED_OPENED = 0x01;
/** Longer than any real input report (64 bytes on full-speed USB): a frame above this is not a report. */
const MAX_REPORT = 4096;
const MAX_HELLO = 1024;

interface FeedDevice {
  readonly info: HidDeviceInfo;
  readonly socket: Socket;
  readonly reportListeners: Set<(report: Buffer) => void>;
  readonly closeListeners: Set<(error?: Error) => void>;
  opened: boolean;
  gone: boolean;
}

export class FeedHidPort implements HidPort {
  readonly socketPath: string;
  readonly #server: Server;
  readonly #devices = new Map<string, FeedDevice>();
  #next = 0;

  private constructor(socketPath: string, server: Server) {
    this.socketPath = socketPath;
    this.#server = server;
    server.on('connection', (socket) => this.#accept(socket));
  }

  /** Listens on `socketPath` (a stale socket file from an earlier run is replaced). */
  static async listen(socketPath: string): Promise<FeedHidPort> {
    await rm(socketPath, { force: true });
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => {
        server.off('error', reject);
        resolve();
      });
    });
    await chmod(socketPath, 0o600);
    return new FeedHidPort(socketPath, server);
  }

  async devices(): Promise<HidDeviceInfo[]> {
    return [...this.#devices.values()].filter((d) => !d.gone).map((d) => d.info);
  }

  async open(path: string): Promise<HidDevice> {
    const device = this.#devices.get(path);
    if (!device || device.gone) throw new HidScannerError('open-failed', `${path}: no such fed device (it was unplugged)`);
    if (!device.opened) {
      device.opened = true;
      device.socket.write(Buffer.from([FEED_OPENED]));
    }
    return {
      info: device.info,
      onReport(listener) {
        device.reportListeners.add(listener);
        return () => device.reportListeners.delete(listener);
      },
      onClose(listener) {
        device.closeListeners.add(listener);
        return () => device.closeListeners.delete(listener);
      },
      async close() {
        device.reportListeners.clear();
      },
    };
  }

  async close(): Promise<void> {
    for (const d of this.#devices.values()) d.socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    await rm(this.socketPath, { force: true });
  }

  #accept(socket: Socket): void {
    let buffer = Buffer.alloc(0);
    let device: FeedDevice | null = null;
    const drop = (why: string): void => {
      socket.destroy(new Error(why));
    };
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!device) {
        const nl = buffer.indexOf(0x0a);
        if (nl < 0) {
          if (buffer.length > MAX_HELLO) drop('the device line is too long');
          return;
        }
        let declared: Omit<HidDeviceInfo, 'path'>;
        try {
          declared = parseHello(buffer.subarray(0, nl).toString('utf8'));
        } catch (err) {
          drop((err as Error).message);
          return;
        }
        buffer = buffer.subarray(nl + 1);
        this.#next += 1;
        const info: HidDeviceInfo = { ...declared, path: `feed:${this.socketPath}#${this.#next}` };
        device = { info, socket, reportListeners: new Set(), closeListeners: new Set(), opened: false, gone: false };
        this.#devices.set(info.path, device);
      }
      while (buffer.length >= 2) {
        const length = buffer.readUInt16BE(0);
        if (length === 0 || length > MAX_REPORT) {
          drop(`a report of ${length} bytes is not an input report`);
          return;
        }
        if (buffer.length < 2 + length) return;
        const report = Buffer.from(buffer.subarray(2, 2 + length));
        buffer = buffer.subarray(2 + length);
        if (device.opened) for (const listener of [...device.reportListeners]) listener(report);
      }
    });
    socket.on('error', () => undefined); // the close that follows unplugs
    socket.on('close', () => {
      if (!device) return;
      device.gone = true;
      this.#devices.delete(device.info.path);
      for (const listener of [...device.closeListeners]) listener();
    });
  }
}

function parseHello(line: string): Omit<HidDeviceInfo, 'path'> {
  const value = JSON.parse(line) as Record<string, unknown>;
  const id = (k: string): number => {
    const n = value[k];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffff) throw new Error(`the device line needs ${k} (0..65535)`);
    return n;
  };
  const text = (k: string): string | undefined => (typeof value[k] === 'string' ? (value[k] as string).slice(0, 128) : undefined);
  const optionalId = (k: string): number | undefined => (value[k] === undefined ? undefined : id(k));
  return { vendorId: id('vendorId'), productId: id('productId'), product: text('product'), manufacturer: text('manufacturer'), usagePage: optionalId('usagePage'), usage: optionalId('usage') };
}

/** Two HID ports as one: devices of both, each opened by the port that listed it. */
export function mergeHidPorts(primary: HidPort, feed: FeedHidPort): HidPort {
  return {
    async devices() {
      return [...(await primary.devices()), ...(await feed.devices())];
    },
    open(path) {
      return path.startsWith('feed:') ? feed.open(path) : primary.open(path);
    },
  };
}
