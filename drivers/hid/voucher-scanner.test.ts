import { describe, expect, it } from 'vitest';
import { captureLog } from '../serial/reader-client.contract.ts';
import { QrScannerEmulator, demoVoucherToken } from '../../simulator/scanner/qr-scanner-emulator.ts';
import { MockHidPort } from './mock-port.ts';
import { VoucherScanner, type RejectedScan, type VoucherScan } from './voucher-scanner.ts';
import { encodeHidPosReports } from './hid-pos.ts';

function rig(mode: 'keyboard' | 'hid-pos') {
  const port = new MockHidPort();
  const emulator = new QrScannerEmulator(port, { mode, record: true });
  const log = captureLog();
  const scanner = new VoucherScanner(port, { keyboardScanners: [{ vendorId: emulator.info.vendorId, productId: emulator.info.productId }], interKeyTimeoutMs: 20, logger: log.logger });
  const scans: VoucherScan[] = [];
  const rejected: RejectedScan[] = [];
  const trail: string[] = [];
  scanner.on('scan', (s) => scans.push(s));
  scanner.on('rejected', (r) => rejected.push(r));
  scanner.on('attached', ({ device, mode: m }) => trail.push(`attached ${device.path} ${m}`));
  scanner.on('detached', ({ device, error }) => trail.push(`detached ${device.path}${error ? ' (unplugged)' : ''}`));
  return { port, emulator, scanner, scans, rejected, trail, log };
}

describe.each(['keyboard', 'hid-pos'] as const)('VoucherScanner — %s mode', (mode) => {
  it('assembles one scan into one token event, for short and long tokens', async () => {
    const { emulator, scanner, scans } = rig(mode);
    emulator.plug();
    await scanner.start();
    const tokens = [demoVoucherToken(), 'A'.repeat(300) + '-_.=:+/', 'x1'];
    for (const token of tokens) emulator.scan(token);
    expect(scans.map((s) => s.token)).toEqual(tokens);
    expect(scans.every((s) => s.mode === mode && s.device.path === emulator.info.path)).toBe(true);
    if (mode === 'hid-pos') expect(scans[0]?.symbology).toBe(']Q1');
    await scanner.stop();
  });

  it('hot-plug: attaches a scanner plugged in later, detaches on unplug, re-attaches when it comes back', async () => {
    const { emulator, scanner, scans, trail } = rig(mode);
    await scanner.start();
    expect(scanner.devices).toEqual([]);
    emulator.plug();
    await scanner.poll();
    emulator.scan('first-token');
    emulator.unplug();
    await scanner.poll();
    emulator.plug();
    await scanner.poll();
    emulator.scan('second-token');
    expect(scans.map((s) => s.token)).toEqual(['first-token', 'second-token']);
    expect(trail).toEqual([`attached ${emulator.info.path} ${mode}`, `detached ${emulator.info.path} (unplugged)`, `attached ${emulator.info.path} ${mode}`]);
    expect(emulator.device?.openCount).toBe(1);
    await scanner.stop();
    expect(emulator.device?.isOpen).toBe(false);
  });

  it('never logs the token, only its length', async () => {
    const { emulator, scanner, scans, log } = rig(mode);
    emulator.plug();
    await scanner.start();
    const token = demoVoucherToken();
    emulator.scan(token);
    expect(scans).toHaveLength(1);
    expect(log.text()).toContain('voucher scanned');
    expect(log.text()).not.toContain(token);
    await scanner.stop();
  });
});

describe('VoucherScanner — what it refuses', () => {
  it('does not open keyboards that are not listed scanners (the cashier types on those)', async () => {
    const port = new MockHidPort();
    const keyboard = port.plug({ path: '/dev/hidraw-kbd', vendorId: 0x046d, productId: 0xc31c, usagePage: 0x01, usage: 0x06 });
    const scanner = new VoucherScanner(port);
    await scanner.start();
    expect(scanner.devices).toEqual([]);
    expect(keyboard.openCount).toBe(0);
    await scanner.stop();
  });

  it('opens a keyboard-wedge scanner listed by device path, and no other keyboard', async () => {
    const port = new MockHidPort();
    const emulator = new QrScannerEmulator(port, { mode: 'keyboard', path: '/dev/hidraw7' });
    const keyboard = port.plug({ path: '/dev/hidraw2', vendorId: emulator.info.vendorId, productId: emulator.info.productId, usagePage: 0x01, usage: 0x06 });
    emulator.plug();
    const scanner = new VoucherScanner(port, { keyboardScanners: [{ path: '/dev/hidraw7' }] });
    const scans: VoucherScan[] = [];
    scanner.on('scan', (s) => scans.push(s));
    await scanner.start();
    expect(scanner.devices.map((d) => d.path)).toEqual(['/dev/hidraw7']);
    expect(keyboard.openCount).toBe(0);
    emulator.scan('path-listed-token');
    expect(scans.map((s) => [s.token, s.mode])).toEqual([['path-listed-token', 'keyboard']]);
    await scanner.stop();
  });

  it('rejects scans that cannot be a token: empty, non-printable, chords off the layout', async () => {
    const { emulator, scanner, scans, rejected } = rig('hid-pos');
    emulator.plug();
    await scanner.start();
    emulator.sendRaw(encodeHidPosReports({ data: Buffer.alloc(0), symbology: ']Q1' }));
    emulator.sendRaw(encodeHidPosReports({ data: Buffer.from('医保', 'utf8'), symbology: ']Q1' }));
    emulator.sendRaw(encodeHidPosReports({ data: Buffer.from('two words'), symbology: ']Q1' }));
    emulator.sendRaw(encodeHidPosReports({ data: Buffer.from('good-token\r\n'), symbology: ']Q1' }));
    expect(rejected.map((r) => r.reason)).toEqual(['empty', 'not-printable', 'not-printable']);
    expect(scans.map((s) => s.token)).toEqual(['good-token']);
    await scanner.stop();

    const kb = rig('keyboard');
    kb.emulator.plug();
    await kb.scanner.start();
    kb.emulator.sendRaw(['01 00 04', '00 00 00', '00 00 05', '00 00 28'].map((r) => Buffer.from(`${r}0000000000`.replace(/ /g, ''), 'hex')));
    expect(kb.rejected.map((r) => r.reason)).toEqual(['unmapped-keys']);
    await kb.scanner.stop();
  });

  it('drops a keyboard scan interrupted mid-code (no Enter) after the inter-key timeout', async () => {
    const { emulator, scanner, scans } = rig('keyboard');
    emulator.plug();
    await scanner.start();
    const partial = emulator.reportsFor('partial-token').slice(0, 8); // four characters, no Enter
    emulator.sendRaw(partial);
    await new Promise((resolve) => setTimeout(resolve, 80));
    emulator.scan('whole-token');
    expect(scans.map((s) => s.token)).toEqual(['whole-token']);
    await scanner.stop();
  });

  it('a scanner that cannot be opened is an error event, and polling goes on', async () => {
    const port = new MockHidPort();
    const info = { path: '/dev/hidraw5', vendorId: 1, productId: 1, usagePage: 0x8c };
    port.plug(info);
    const failing = { devices: () => port.devices(), open: () => Promise.reject(new Error('EACCES: permission denied')) };
    const scanner = new VoucherScanner(failing);
    const errors: string[] = [];
    scanner.on('error', (err) => errors.push(err.message));
    await scanner.start();
    await scanner.poll();
    expect(errors).toEqual(['EACCES: permission denied', 'EACCES: permission denied']);
    await scanner.stop();
  });
});
