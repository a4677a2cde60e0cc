/**
 * The text forms of the counter peripherals in the configuration (one string option each, so
 * they travel through a JSON file, an environment variable or a flag alike):
 *
 *   serialReaders     `[NAME=]PATH[@BAUD]`, comma-separated
 *                     `/dev/ttyUSB0@9600`  → reader `Serial /dev/ttyUSB0 00 00` at 9600 8N1
 *                     `Counter 1 00 00=/dev/ttyUSB0,Counter 1 00 01=/dev/ttyUSB1`
 *                       → a user-card reader and its PSAM reader, paired like a dual-slot PC/SC
 *                         terminal (gateway/credentials/readers.ts)
 *   scannerKeyboard   `VID[:PID]` in hex or a hidraw path, comma-separated
 *                     `0c2e:0b61,1eab` / `/dev/hidraw3`
 *
 * A bad entry throws an `Error` whose message says what is wrong with which entry;
 * gateway/config.ts turns it into GW_CONFIG naming the option.
 */
import type { SerialReaderConfig } from '../../drivers/serial/serial-readers-port.ts';

/** Baud rates a serial reader may be configured with (protocol/serial/README.md: default 115200 8N1). */
export const BAUD_RATES: readonly number[] = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400];

function entries(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(',').map((e) => e.trim());
}

export function parseSerialReaders(text: string): SerialReaderConfig[] {
  const out: SerialReaderConfig[] = [];
  for (const entry of entries(text)) {
    const m = /^(?:([^=@]+)=)?([^=@\s]+)(?:@(\d+))?$/.exec(entry);
    if (!m) throw new Error(`'${entry}' is not [NAME=]PATH[@BAUD]`);
    const [, rawName, path = '', baud] = m;
    const name = rawName?.trim();
    const baudRate = baud === undefined ? undefined : Number(baud);
    if (baudRate !== undefined && !BAUD_RATES.includes(baudRate)) throw new Error(`'${entry}': baud rate ${baud} is not one of ${BAUD_RATES.join(', ')}`);
    if (out.some((r) => r.path === path)) throw new Error(`'${path}' is listed twice`);
    const config: SerialReaderConfig = {
      path,
      ...(name ? { name } : {}),
      ...(baudRate !== undefined ? { open: { baudRate } } : {}),
    };
    const shown = readerName(config);
    if (out.some((r) => readerName(r) === shown)) throw new Error(`two readers are named '${shown}'`);
    out.push(config);
  }
  return out;
}

/** The reader name a serial reader is listed under (SerialReadersPort's default). */
export function readerName(config: SerialReaderConfig): string {
  return config.name ?? `Serial ${config.path} 00 00`;
}

export type KeyboardScannerSelector = { readonly vendorId: number; readonly productId?: number } | { readonly path: string };

export function parseScannerDevices(text: string): KeyboardScannerSelector[] {
  return entries(text).map((entry): KeyboardScannerSelector => {
    if (entry.startsWith('/')) {
      if (/\s/.test(entry)) throw new Error(`'${entry}': a device path has no spaces`);
      return { path: entry };
    }
    const m = /^(?:0x)?([0-9a-f]{1,4})(?::(?:0x)?([0-9a-f]{1,4}))?$/i.exec(entry);
    if (!m) throw new Error(`'${entry}' is neither VID[:PID] in hex (e.g. 0c2e:0b61) nor a device path`);
    const vendorId = parseInt(m[1] ?? '', 16);
    return m[2] === undefined ? { vendorId } : { vendorId, productId: parseInt(m[2], 16) };
  });
}
