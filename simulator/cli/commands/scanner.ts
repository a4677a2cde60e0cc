/**
 * `yibao-sim scanner` — the QR scanner emulator (simulator/scanner/): scans voucher tokens in
 * keyboard-wedge or HID POS mode into the HID driver's mock port, reads them back through the
 * gateway's own `VoucherScanner`, and prints each token as the gateway assembled it.
 */
import { createInterface } from 'node:readline';
import { parseOrUsage, type CliIo, type Command } from '../../../gateway/cli/command.ts';
import { MockHidPort } from '../../../drivers/hid/mock-port.ts';
import { VoucherScanner, type ScannerMode, type VoucherScan } from '../../../drivers/hid/voucher-scanner.ts';
import { QrScannerEmulator, demoVoucherToken } from '../../scanner/qr-scanner-emulator.ts';
import { plugIntoFeed } from '../../scanner/feed-client.ts';

const USAGE = `Usage: yibao-sim scanner [--mode keyboard|hid-pos] [--token T …] [--count N] [--stdin] [--reports] [--feed SOCKET]

Emulates a QR voucher scanner on the HID driver's mock port and reads every scan back through
the gateway's VoucherScanner; prints one decoded token a line on stdout. Exit code 0 when every
token came back exactly as scanned, 1 otherwise.

With --feed, the scanner is plugged into a running gateway instead, through the Unix socket its
scannerFeed option names: the gateway decodes the scans (they arrive as voucher-scanned events
and in GET /v1/scanners); this prints each token as sent.
  --mode M      keyboard (keyboard wedge, boot keyboard reports; default) or hid-pos
                (HID POS scanned-data reports, usage page 0x8C)
  --token T     scan T (repeatable); without tokens, --count N demo tokens are scanned (default 1)
  --stdin       scan each line of stdin as a token
  --reports     also print the input reports sent, as hex, to stderr ('report …')
  --feed S      plug into the running gateway's scanner feed at socket S`;

export const scannerCommand: Command = {
  name: ['scanner'],
  summary: 'Emulate a QR voucher scanner (keyboard wedge or HID POS) through the HID driver',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseOrUsage('yibao-sim scanner', USAGE, {
        args,
        options: { mode: { type: 'string' }, token: { type: 'string', multiple: true }, count: { type: 'string' }, stdin: { type: 'boolean' }, reports: { type: 'boolean' }, feed: { type: 'string' } },
        strict: true,
      }, io);
    if (!parsed) return 2;
    const { values } = parsed;
    const mode = (values.mode ?? 'keyboard') as ScannerMode;
    if (mode !== 'keyboard' && mode !== 'hid-pos') {
      io.stderr.write(`yibao-sim scanner: --mode must be keyboard or hid-pos, got ${values.mode}\n`);
      return 2;
    }
    const count = Number(values.count ?? '1');
    if (!Number.isInteger(count) || count < 0 || count > 10_000) {
      io.stderr.write(`yibao-sim scanner: --count must be 0..10000, got ${values.count}\n`);
      return 2;
    }

    const port = new MockHidPort();
    const emulator = new QrScannerEmulator(port, { mode });
    if (values.feed !== undefined) return feedGateway(values.feed, emulator, values, count, io);
    const scanner = new VoucherScanner(port, { keyboardScanners: [{ vendorId: emulator.info.vendorId, productId: emulator.info.productId }] });
    const decoded: VoucherScan[] = [];
    scanner.on('scan', (scan) => {
      decoded.push(scan);
      io.stdout.write(`${scan.token}\n`);
    });
    scanner.on('rejected', (r) => io.stderr.write(`rejected scan (${r.reason}, ${r.length} characters)\n`));
    emulator.plug();
    await scanner.start();
    io.stderr.write(`scanner ${emulator.info.product} attached as ${emulator.info.path} (${mode})\n`);

    let sent = 0;
    let mismatches = 0;
    const scan = (token: string): void => {
      const before = decoded.length;
      let reports: Buffer[];
      try {
        reports = emulator.scan(token);
      } catch (err) {
        io.stderr.write(`cannot scan ${JSON.stringify(token)}: ${err instanceof Error ? err.message : String(err)}\n`);
        mismatches++;
        return;
      }
      sent++;
      if (values.reports) for (const r of reports) io.stderr.write(`report ${r.toString('hex').toUpperCase()}\n`);
      if (decoded.length !== before + 1 || decoded.at(-1)?.token !== token) mismatches++;
    };

    const tokens = values.token ?? [];
    for (const token of tokens) scan(token);
    if (tokens.length === 0 && !values.stdin) for (let i = 0; i < count; i++) scan(demoVoucherToken());
    if (values.stdin) {
      const rl = createInterface({ input: io.stdin, terminal: false });
      for await (const line of rl) if (line.trim() !== '') scan(line.trim());
    }
    await scanner.stop();
    io.stderr.write(`${sent} scanned, ${decoded.length} decoded, ${mismatches} mismatched\n`);
    return mismatches === 0 ? 0 : 1;
  },
};

/** --feed: the scans go to a running gateway, which decodes them itself. */
async function feedGateway(socket: string, emulator: QrScannerEmulator, values: { token?: string[]; stdin?: boolean; reports?: boolean }, count: number, io: CliIo): Promise<number> {
  let fed;
  try {
    fed = await plugIntoFeed(socket, emulator);
  } catch (err) {
    io.stderr.write(`yibao-sim scanner: ${(err as Error).message}\n`);
    return 1;
  }
  io.stderr.write(`scanner ${emulator.info.product} plugged into the gateway at ${socket} (${emulator.mode})\n`);
  let sent = 0;
  const scan = async (token: string): Promise<void> => {
    if (values.reports) for (const r of emulator.reportsFor(token)) io.stderr.write(`report ${r.toString('hex').toUpperCase()}\n`);
    await fed.scan(token);
    sent++;
    io.stdout.write(`${token}\n`);
  };
  try {
    const tokens = values.token ?? [];
    for (const token of tokens) await scan(token);
    if (tokens.length === 0 && !values.stdin) for (let i = 0; i < count; i++) await scan(demoVoucherToken());
    if (values.stdin) {
      const rl = createInterface({ input: io.stdin, terminal: false });
      for await (const line of rl) if (line.trim() !== '') await scan(line.trim());
    }
  } finally {
    // end() sends what is written before the unplug, in order: the gateway reads every report first
    await fed.close();
  }
  io.stderr.write(`${sent} scanned into the gateway\n`);
  return 0;
}
