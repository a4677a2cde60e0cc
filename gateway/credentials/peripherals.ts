/**
 * The counter's serial card readers and QR voucher scanners, opened from the configuration
 * (serialReaders, scannerKeyboard, scannerHidPos; text forms in peripheral-config.ts) for the
 * credential service. The native modules (`serialport`, `node-hid`) are loaded only when a
 * device of theirs is configured, and a scanner that cannot be driven is said in the log
 * without stopping the gateway: the card and the ID number still work.
 */
import type { Logger } from '../log.ts';
import type { Config } from '../config.ts';
import type { PcscPort } from '../../drivers/pcsc/port.ts';
import type { SerialDriver } from '../../drivers/serial/port.ts';
import { SerialReadersPort, mergePorts } from '../../drivers/serial/serial-readers-port.ts';
import type { HidPort } from '../../drivers/hid/port.ts';
import { HidScannerError } from '../../drivers/hid/errors.ts';
import { VoucherScanner } from '../../drivers/hid/voucher-scanner.ts';
import { FeedHidPort, mergeHidPorts } from '../../drivers/hid/feed-port.ts';

/** No USB HID devices: the port when only the local feed is configured (node-hid is not loaded). */
const NO_HID: HidPort = {
  devices: async () => [],
  open: async (path) => {
    throw new HidScannerError('open-failed', `${path}: no such device`);
  },
};
import { parseScannerDevices, parseSerialReaders } from './peripheral-config.ts';

export interface PeripheralOptions {
  /** Default: the `serialport` driver. */
  readonly serialDriver?: SerialDriver;
  /** Default: the `node-hid` port. */
  readonly hidPort?: HidPort;
  /** Serial reopen attempts after unplugging; default 1000 ms. */
  readonly serialRetryMs?: number;
  readonly log: Logger;
}

export interface Peripherals {
  /** The serial readers, or null when none are configured. */
  readonly serial: SerialReadersPort | null;
  /** The voucher scanners, or null when none are configured (or node-hid cannot load). */
  readonly scanner: VoucherScanner | null;
  /** PC/SC and serial readers as one port for the credential service (not to be closed: `close()` does). */
  readonly port: PcscPort;
  close(): Promise<void>;
}

/** Opens what the configuration lists; `pcsc` is the PC/SC port (or none, config pcscReaders=false). */
export async function openPeripherals(config: Config, pcsc: PcscPort | null, options: PeripheralOptions): Promise<Peripherals> {
  const { log } = options;
  const serialConfigs = parseSerialReaders(config.serialReaders);
  let serial: SerialReadersPort | null = null;
  if (serialConfigs.length > 0) {
    const driver = options.serialDriver ?? (await import('../../drivers/serial/serialport-port.ts')).serialportDriver;
    serial = new SerialReadersPort(driver, serialConfigs, {
      logger: log.child({ component: 'serial-readers' }),
      ...(options.serialRetryMs !== undefined ? { retryMs: options.serialRetryMs } : {}),
    });
    // Opens the readers plugged in now; the others are picked up when they appear.
    await serial.start();
    log.info({ readers: serialConfigs.map((c) => c.path) }, 'serial card readers configured');
  }

  const keyboardScanners = parseScannerDevices(config.scannerKeyboard);
  let scanner: VoucherScanner | null = null;
  let feed: FeedHidPort | null = null;
  if (config.scannerFeed !== '') {
    feed = await FeedHidPort.listen(config.scannerFeed);
    log.info({ socket: config.scannerFeed }, 'scanner feed open: a local program can plug in a scanner here');
  }
  if (keyboardScanners.length > 0 || config.scannerHidPos || feed) {
    let hid = options.hidPort ?? (keyboardScanners.length === 0 && !config.scannerHidPos ? NO_HID : undefined);
    if (!hid) {
      try {
        hid = (await import('../../drivers/hid/node-hid-port.ts')).nodeHidPort;
      } catch (err) {
        log.error({ err: err instanceof Error ? err.message : String(err) }, 'voucher scanners configured but the node-hid module cannot load: scanning is off');
      }
    }
    if (hid) {
      // A scanner that fails to open is in the log (the scanner emits 'error' only to listeners) and hot-plug tries again.
      scanner = new VoucherScanner(feed ? mergeHidPorts(hid, feed) : hid, {
        keyboardScanners,
        hidPos: config.scannerHidPos,
        ...(feed ? { scannerPaths: (path: string) => path.startsWith('feed:') } : {}),
        logger: log.child({ component: 'scanners' }),
      });
      await scanner.start();
    }
  }

  const ports = [...(pcsc ? [pcsc] : []), ...(serial ? [serial] : [])];
  return {
    serial,
    scanner,
    port: ports.length === 1 && ports[0] ? ports[0] : mergePorts(...ports),
    async close() {
      await scanner?.stop();
      await feed?.close();
      await serial?.close();
    },
  };
}
