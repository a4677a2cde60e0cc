/**
 * A QR scanner emulator: it plugs a scanner into the HID driver's mock port and "scans" voucher
 * tokens by sending exactly the input reports a real scanner sends in its mode — boot
 * keyboard reports (keyboard wedge) or HID POS scanned-data reports (drivers/hid/*). What
 * reads them is the gateway's real decoding path (`VoucherScanner`), so a test or a
 * technician sees the same assembly the counter's scanner goes through.
 */
import { randomBytes } from 'node:crypto';
import { HID_POS_SCANNER_USAGE, HID_POS_USAGE_PAGE, encodeHidPosReports } from '../../drivers/hid/hid-pos.ts';
import { encodeKeyboardReports, type Terminator } from '../../drivers/hid/keyboard-wedge.ts';
import type { MockHidDeviceHandle, MockHidPort } from '../../drivers/hid/mock-port.ts';
import type { HidDeviceInfo } from '../../drivers/hid/port.ts';
import type { ScannerMode } from '../../drivers/hid/voucher-scanner.ts';

/** Scanner identities the emulator can take (USB ids as the devices report them). */
export const SCANNER_MODELS = {
  /** Honeywell Voyager 1400g in HID POS mode (usage page 0x8C). */
  'hid-pos': { vendorId: 0x0c2e, productId: 0x0b8f, manufacturer: 'Honeywell', product: 'Voyager 1400g (HID POS, emulated)', usagePage: HID_POS_USAGE_PAGE, usage: HID_POS_SCANNER_USAGE },
  /** Newland-style scanner in keyboard mode: a boot keyboard (usage page 0x01, usage 0x06). */
  keyboard: { vendorId: 0x1eab, productId: 0x1a03, manufacturer: 'Newland', product: 'QR scanner (keyboard wedge, emulated)', usagePage: 0x01, usage: 0x06 },
} as const satisfies Record<ScannerMode, Omit<HidDeviceInfo, 'path'>>;

export interface QrScannerEmulatorOptions {
  readonly mode: ScannerMode;
  /** Default `/dev/hidraw-emulated-<mode>`. */
  readonly path?: string;
  /** Keyboard mode: a report ID byte before each report. */
  readonly reportId?: number;
  readonly terminator?: Terminator;
  /** Keep every report sent (handle `reports`). */
  readonly record?: boolean;
}

export class QrScannerEmulator {
  readonly port: MockHidPort;
  readonly mode: ScannerMode;
  readonly info: HidDeviceInfo;
  readonly #options: QrScannerEmulatorOptions;
  #handle: MockHidDeviceHandle | undefined;

  constructor(port: MockHidPort, options: QrScannerEmulatorOptions) {
    this.port = port;
    this.mode = options.mode;
    this.#options = options;
    this.info = { path: options.path ?? `/dev/hidraw-emulated-${options.mode}`, ...SCANNER_MODELS[options.mode] };
  }

  get plugged(): boolean {
    return this.#handle !== undefined;
  }

  /** The mock device, for its handles (`reports`, `isOpen`, `openCount`). */
  get device(): MockHidDeviceHandle | undefined {
    return this.#handle;
  }

  plug(): MockHidDeviceHandle {
    this.#handle ??= this.port.plug(this.info, { record: this.#options.record ?? false });
    return this.#handle;
  }

  unplug(): void {
    this.port.unplug(this.info.path);
    this.#handle = undefined;
  }

  /** The reports one scan of `token` produces in this scanner's mode. */
  reportsFor(token: string, symbology = ']Q1'): Buffer[] {
    if (this.mode === 'hid-pos') return encodeHidPosReports({ data: Buffer.from(token, 'latin1'), symbology });
    return encodeKeyboardReports(token, {
      ...(this.#options.reportId !== undefined ? { reportId: this.#options.reportId } : {}),
      ...(this.#options.terminator ? { terminator: this.#options.terminator } : {}),
    });
  }

  /** Scans `token`: sends its reports to whoever has the device open. Returns them. */
  scan(token: string, options: { symbology?: string } = {}): Buffer[] {
    const handle = this.#handle;
    if (!handle) throw new Error(`scanner ${this.info.path} is not plugged in`);
    const reports = this.reportsFor(token, options.symbology);
    for (const report of reports) handle.emitReport(report);
    return reports;
  }

  /** Sends raw reports (a test's malformed or interrupted scan). */
  sendRaw(reports: readonly Buffer[]): void {
    const handle = this.#handle;
    if (!handle) throw new Error(`scanner ${this.info.path} is not plugged in`);
    for (const report of reports) handle.emitReport(report);
  }
}

/**
 * A demo e-voucher token: 32 random bytes as base64url (43 characters). The real token's
 * format belongs to the national platform and is opaque to the gateway; this one only has to
 * be a plausible one-word ASCII token. Never a real person's credential.
 */
export function demoVoucherToken(): string {
  return randomBytes(32).toString('base64url');
}
