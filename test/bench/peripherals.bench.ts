/**
 * Serial reader and QR scanner figures (all in one run, on this machine):
 *
 * 1. Full identity read of a 3.00 card (EF05 + EF06 + external authentication, PSAM in a second
 *    serial reader) over two pty-emulated serial readers opened with the real `serialport`
 *    driver: APDUs, median time, and the ratio to the same number of raw `SerialReader.transmit`
 *    round trips (same card/PSAM split) measured in the same run — what the card code and the
 *    `CardHandle` adapter add over the serial protocol.
 * 2. One serial protocol round trip (STATUS) over the pty: p50 and p99.
 * 3. Voucher scans through `VoucherScanner` on the mock HID port: input reports per 43-character
 *    token, and scans per second, keyboard wedge vs HID POS.
 */
import { CardChannel } from '../../drivers/pcsc/card-channel.ts';
import { Psam } from '../../drivers/card/psam.ts';
import { SocialSecurityCard } from '../../drivers/card/sscard.ts';
import { SerialCardHandle } from '../../drivers/serial/card-handle.ts';
import { SerialReader } from '../../drivers/serial/reader-client.ts';
import { serialportDriver } from '../../drivers/serial/serialport-port.ts';
import { MockHidPort } from '../../drivers/hid/mock-port.ts';
import { VoucherScanner, type ScannerMode } from '../../drivers/hid/voucher-scanner.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { ScriptedPinPad } from '../../simulator/serial/pin-pad.ts';
import { startSerialReaderEmulator } from '../../simulator/serial/pty-emulator.ts';
import { QrScannerEmulator, demoVoucherToken } from '../../simulator/scanner/qr-scanner-emulator.ts';
import { median, percentile, round } from './stats.ts';

const READS = 40;
const ROUND_TRIPS = 400;
const SCANS = 2000;
const CHALLENGE = Buffer.from('0084000008', 'hex');


async function serialFigures(): Promise<Record<string, number | string>> {
  const profile = loadProfile('adult-resident');
  const userEmu = await startSerialReaderEmulator({ pad: new ScriptedPinPad(), card: new VirtualCard(profile) });
  const psamEmu = await startSerialReaderEmulator({ pad: new ScriptedPinPad(), card: new VirtualPsam() });
  const user = new SerialReader(await serialportDriver.open(userEmu.path));
  const sam = new SerialReader(await serialportDriver.open(psamEmu.path));
  try {
    const cardChannel = new CardChannel(await SerialCardHandle.connect(user));
    const psam = new Psam(new CardChannel(await SerialCardHandle.connect(sam)));
    const card = new SocialSecurityCard(cardChannel);
    await card.readIdentity({ psam }); // opens the PSAM session, warms up
    const readTimes: number[] = [];
    let cardApdus = 0;
    let psamApdus = 0;
    for (let i = 0; i < READS; i++) {
      const c0 = cardChannel.apduCount;
      const p0 = psam.channel.apduCount;
      const t0 = performance.now();
      await new SocialSecurityCard(cardChannel).readIdentity({ psam });
      readTimes.push(performance.now() - t0);
      cardApdus = cardChannel.apduCount - c0;
      psamApdus = psam.channel.apduCount - p0;
    }
    const rawTimes: number[] = [];
    for (let i = 0; i < READS; i++) {
      const t0 = performance.now();
      for (let k = 0; k < cardApdus; k++) await user.transmit(CHALLENGE);
      for (let k = 0; k < psamApdus; k++) await sam.transmit(Buffer.from('00B0960006', 'hex'));
      rawTimes.push(performance.now() - t0);
    }
    const statusTimes: number[] = [];
    for (let i = 0; i < ROUND_TRIPS; i++) {
      const t0 = performance.now();
      await user.status();
      statusTimes.push(performance.now() - t0);
    }
    statusTimes.sort((a, b) => a - b);
    const readMs = median(readTimes);
    const rawMs = median(rawTimes);
    return {
      serial_card: `${profile.name} (${profile.generation}) + PSAM, two pty serial readers`,
      serial_identity_apdus: cardApdus + psamApdus,
      serial_identity_apdus_card: cardApdus,
      serial_identity_apdus_psam: psamApdus,
      serial_identity_read_ms_p50: round(readMs),
      serial_raw_round_trips_ms_p50: round(rawMs),
      serial_ratio_to_raw_transmits: round(readMs / rawMs, 3),
      serial_status_round_trip_ms_p50: round(percentile(statusTimes, 50), 3),
      serial_status_round_trip_ms_p99: round(percentile(statusTimes, 99), 3),
    };
  } finally {
    await user.close();
    await sam.close();
    await userEmu.stop();
    await psamEmu.stop();
  }
}

async function scanFigures(mode: ScannerMode): Promise<Record<string, number>> {
  const port = new MockHidPort();
  const emulator = new QrScannerEmulator(port, { mode });
  const scanner = new VoucherScanner(port, { keyboardScanners: [{ vendorId: emulator.info.vendorId }] });
  let scans = 0;
  scanner.on('scan', () => scans++);
  emulator.plug();
  await scanner.start();
  const tokens = Array.from({ length: SCANS }, () => demoVoucherToken());
  const reports = emulator.reportsFor(tokens[0] ?? '').length;
  const t0 = performance.now();
  for (const token of tokens) emulator.scan(token);
  const seconds = (performance.now() - t0) / 1000;
  await scanner.stop();
  if (scans !== SCANS) throw new Error(`${mode}: ${scans} of ${SCANS} scans decoded`);
  const key = mode === 'hid-pos' ? 'hidpos' : 'keyboard';
  return { [`scan_${key}_reports_per_token`]: reports, [`scan_${key}_scans_per_s`]: Math.round(SCANS / seconds) };
}

export async function run(): Promise<Record<string, number | string>> {
  return { ...(await serialFigures()), scan_token_chars: 43, ...(await scanFigures('keyboard')), ...(await scanFigures('hid-pos')) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await run();
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name.padEnd(40)} ${value}\n`);
}
