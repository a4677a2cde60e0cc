/**
 * `VoucherScanner`: watches for QR scanners (hot-plug), opens each, decodes its reports in the
 * device's mode — keyboard wedge (keyboard-wedge.ts) or HID POS (hid-pos.ts) — and emits one
 * `scan` event per code with the e-voucher token (医保电子凭证, social-security-card.md "The
 * electronic medical-insurance voucher"). Whether the token is a valid voucher is the
 * credential service's call (it exchanges it with the centre); this class only rejects scans
 * that cannot be a token at all (non-printable bytes, keys off the layout, empty).
 *
 *   const scanner = new VoucherScanner(nodeHidPort, { keyboardScanners: [{ vendorId: 0x0c2e }] });
 *   scanner.on('scan', ({ token }) => credentials.fromVoucher(token));
 *   await scanner.start();
 *
 * Keyboard-wedge devices are only opened when listed: every keyboard is a keyboard-wedge
 * device to the OS, and the cashier's own typing must not become a voucher. HID POS devices
 * (usage page 0x8C) are scanners by definition and are opened unless `hidPos: false`.
 * Tokens are never logged, only their length.
 */
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { HID_POS_USAGE_PAGE, HidPosDecoder } from './hid-pos.ts';
import { HidHotplug } from './hotplug.ts';
import { KeyboardWedgeDecoder, type Terminator } from './keyboard-wedge.ts';
import type { HidDevice, HidDeviceInfo, HidPort } from './port.ts';

export type ScannerMode = 'keyboard' | 'hid-pos';

export interface VoucherScan {
  readonly token: string;
  readonly mode: ScannerMode;
  readonly device: HidDeviceInfo;
  /** AIM symbology identifier (HID POS only), e.g. `]Q1`. */
  readonly symbology?: string;
}

export interface RejectedScan {
  readonly reason: 'empty' | 'not-printable' | 'unmapped-keys';
  readonly mode: ScannerMode;
  readonly device: HidDeviceInfo;
  readonly length: number;
}

export interface VoucherScannerEvents {
  scan: [VoucherScan];
  rejected: [RejectedScan];
  attached: [{ device: HidDeviceInfo; mode: ScannerMode }];
  detached: [{ device: HidDeviceInfo; error?: Error }];
  error: [Error];
}

export interface VoucherScannerOptions {
  /** Keyboard-wedge scanners to listen to, by USB ids or by device path (`/dev/hidraw3`). */
  readonly keyboardScanners?: ReadonlyArray<{ readonly vendorId: number; readonly productId?: number } | { readonly path: string }>;
  /** Open HID POS scanners (usage page 0x8C). Default true. */
  readonly hidPos?: boolean;
  /**
   * Devices that are scanners whatever their ids (the local feed, feed-port.ts): read in HID
   * POS mode when their usage page says so, else as keyboard wedges.
   */
  readonly scannerPaths?: (path: string) => boolean;
  /** Hot-plug poll interval. Default 1000 ms. */
  readonly pollIntervalMs?: number;
  /** A keyboard-wedge scan with no key for this long is dropped as incomplete. Default 300 ms. */
  readonly interKeyTimeoutMs?: number;
  readonly keyboardReportId?: number;
  readonly terminators?: readonly Terminator[];
  readonly logger?: Logger;
}

interface Attached {
  readonly device: HidDevice;
  readonly mode: ScannerMode;
  stop(): void;
}

/** Printable ASCII, space excluded inside: a voucher token is one word. */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;

export class VoucherScanner extends EventEmitter<VoucherScannerEvents> {
  readonly #port: HidPort;
  readonly #options: VoucherScannerOptions;
  readonly #hotplug: HidHotplug;
  readonly #attached = new Map<string, Attached>();
  readonly #log: Logger | undefined;

  constructor(port: HidPort, options: VoucherScannerOptions = {}) {
    super();
    this.#port = port;
    this.#options = options;
    this.#log = options.logger;
    this.#hotplug = new HidHotplug(port, {
      intervalMs: options.pollIntervalMs ?? 1000,
      filter: (d) => this.modeOf(d) !== undefined,
    });
    this.#hotplug.onChange((event) => {
      if (event.type === 'removed') this.#detach(event.device.path);
    });
  }

  /** How a device is read, or undefined when it is not a scanner we listen to. */
  modeOf(device: HidDeviceInfo): ScannerMode | undefined {
    if (this.#options.scannerPaths?.(device.path)) return device.usagePage === HID_POS_USAGE_PAGE ? 'hid-pos' : 'keyboard';
    if (device.usagePage === HID_POS_USAGE_PAGE) return this.#options.hidPos === false ? undefined : 'hid-pos';
    const listed = (this.#options.keyboardScanners ?? []).some((s) =>
      'path' in s ? s.path === device.path : s.vendorId === device.vendorId && (s.productId === undefined || s.productId === device.productId));
    if (listed && (device.usagePage === undefined || device.usagePage === 0x01)) return 'keyboard';
    return undefined;
  }

  /** Scanners open now. */
  get devices(): HidDeviceInfo[] {
    return [...this.#attached.values()].map((a) => a.device.info);
  }

  /** Attaches the scanners plugged in now, then follows hot-plug every `pollIntervalMs`. */
  async start(): Promise<void> {
    await this.poll();
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      this.poll().catch((err: unknown) => this.#fail(err));
    }, this.#options.pollIntervalMs ?? 1000);
    this.#timer.unref();
  }

  /**
   * One hot-plug poll now (tests call it instead of waiting for the interval). Every scanner
   * present and not open is opened — new ones, and ones whose handle failed while they stayed
   * plugged in.
   */
  async poll(): Promise<void> {
    await this.#hotplug.poll();
    await Promise.all(this.#hotplug.present.map((info) => this.#attach(info)));
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    const all = [...this.#attached.values()];
    this.#attached.clear();
    for (const a of all) {
      a.stop();
      await a.device.close();
    }
  }

  #timer: NodeJS.Timeout | undefined;
  readonly #opening = new Map<string, Promise<void>>();

  /** 'error' only when someone listens: an EventEmitter throws an unheard 'error'. */
  #fail(err: unknown): void {
    const error = err instanceof Error ? err : new Error(String(err));
    this.#log?.warn({ err: error.message }, 'scanner error');
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }

  #attach(info: HidDeviceInfo): Promise<void> {
    const mode = this.modeOf(info);
    if (!mode || this.#attached.has(info.path)) return Promise.resolve();
    const already = this.#opening.get(info.path);
    if (already) return already;
    const opening = (async () => {
      let device: HidDevice;
      try {
        device = await this.#port.open(info.path);
      } catch (err) {
        this.#fail(err);
        return;
      }
      const stop = mode === 'hid-pos' ? this.#readHidPos(device) : this.#readKeyboard(device);
      const offClose = device.onClose((error) => {
        if (this.#attached.get(info.path)?.device !== device) return;
        this.#attached.delete(info.path);
        stop();
        this.#log?.info({ path: info.path, error: error?.message }, 'scanner detached');
        this.emit('detached', error ? { device: info, error } : { device: info });
      });
      this.#attached.set(info.path, {
        device,
        mode,
        stop: () => {
          stop();
          offClose();
        },
      });
      this.#log?.info({ path: info.path, mode, vendorId: info.vendorId, productId: info.productId }, 'scanner attached');
      this.emit('attached', { device: info, mode });
    })();
    const tracked = opening.finally(() => this.#opening.delete(info.path));
    this.#opening.set(info.path, tracked);
    return tracked;
  }

  #detach(path: string): void {
    const attached = this.#attached.get(path);
    if (!attached) return;
    this.#attached.delete(path);
    attached.stop();
    void attached.device.close();
    this.emit('detached', { device: attached.device.info });
  }

  #readHidPos(device: HidDevice): () => void {
    const decoder = new HidPosDecoder();
    return device.onReport((report) => {
      for (const scan of decoder.push(report)) {
        // scanners often append CR/LF as a suffix even in HID POS mode
        const text = scan.data.toString('latin1').replace(/[\r\n]+$/, '');
        this.#deliver(device.info, 'hid-pos', text, 0, scan.symbology);
      }
    });
  }

  #readKeyboard(device: HidDevice): () => void {
    const decoder = new KeyboardWedgeDecoder({
      ...(this.#options.keyboardReportId !== undefined ? { reportId: this.#options.keyboardReportId } : {}),
      ...(this.#options.terminators ? { terminators: this.#options.terminators } : {}),
    });
    const quietMs = this.#options.interKeyTimeoutMs ?? 300;
    let timer: NodeJS.Timeout | undefined;
    const off = device.onReport((report) => {
      clearTimeout(timer);
      for (const scan of decoder.push(report)) this.#deliver(device.info, 'keyboard', scan.text, scan.unmapped);
      if (decoder.pending.length > 0) {
        timer = setTimeout(() => {
          this.#log?.debug({ path: device.info.path, chars: decoder.pending.length }, 'incomplete keyboard scan dropped');
          decoder.reset();
        }, quietMs);
        timer.unref();
      }
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }

  #deliver(device: HidDeviceInfo, mode: ScannerMode, text: string, unmapped: number, symbology?: string): void {
    const reason: RejectedScan['reason'] | undefined = text.length === 0 ? 'empty' : unmapped > 0 ? 'unmapped-keys' : !TOKEN_CHARS.test(text) ? 'not-printable' : undefined;
    if (reason) {
      this.#log?.info({ path: device.path, mode, reason, length: text.length }, 'scan rejected');
      this.emit('rejected', { reason, mode, device, length: text.length });
      return;
    }
    this.#log?.info({ path: device.path, mode, length: text.length, symbology }, 'voucher scanned');
    this.emit('scan', symbology === undefined ? { token: text, mode, device } : { token: text, mode, device, symbology });
  }
}
