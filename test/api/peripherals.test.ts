/**
 * The counter's serial card readers and QR voucher scanners in the running gateway, configured
 * the way a hospital configures them (serialReaders, scannerKeyboard, scannerHidPos):
 * - serial: two emulated readers on real pseudo-terminals (simulator/serial), opened by the
 *   real `serialport` driver, listed and read over the HTTP API, PIN typed on the reader's pad;
 * - HID: no hardware here, so the scanners are the QR scanner emulator on the HID driver's mock
 *   port; the scan goes through the real decoding path to the event stream and GET /v1/scanners,
 *   and the scanned token identifies the person at the centre (simulator) as credential type 01.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MockHidPort } from '../../drivers/hid/mock-port.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { QrScannerEmulator } from '../../simulator/scanner/qr-scanner-emulator.ts';
import { ScriptedPinPad } from '../../simulator/serial/pin-pad.ts';
import { startSerialReaderEmulator, type SerialReaderEmulator } from '../../simulator/serial/pty-emulator.ts';
import { scannerCommand } from '../../simulator/cli/commands/scanner.ts';
import { captureIo } from '../support/cli-io.ts';
import { LI_SI, startTestGateway, type TestGateway } from './support.ts';

const emulators: SerialReaderEmulator[] = [];
let h: TestGateway | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const e of emulators.splice(0)) await e.stop();
});

async function emulator(card: VirtualCard | VirtualPsam, pad = new ScriptedPinPad()): Promise<SerialReaderEmulator> {
  const e = await startSerialReaderEmulator({ pad, card });
  emulators.push(e);
  return e;
}

/** A virtual card that remembers each command it got (hex, without the PIN's digits: header and Lc only for PIN commands). */
function recording(card: VirtualCard): VirtualCard & { seen: string[] } {
  const seen: string[] = [];
  const transmit = card.transmit.bind(card);
  return Object.assign(card, {
    seen,
    transmit: (apdu: Buffer) => {
      const text = apdu.toString('hex');
      seen.push(text.startsWith('0020') || text.startsWith('805e') ? text.slice(0, 8) : text);
      return transmit(apdu);
    },
  });
}

describe('serial card readers in the gateway (config serialReaders, pty emulators)', () => {
  it('lists a serial reader paired with its serial PSAM reader, reads the card through it, and takes the PIN on its pad', async () => {
    const profile = loadProfile('adult-resident');
    const pad = new ScriptedPinPad();
    const card = recording(new VirtualCard(profile));
    const user = await emulator(card, pad);
    const psam = await emulator(new VirtualPsam());
    h = await startTestGateway({ pcscReaders: false, serialReaders: `Counter 1 00 00=${user.path}@115200,Counter 1 00 01=${psam.path}` });

    const list = await h.call('GET', '/v1/readers');
    expect(list.statusCode).toBe(200);
    expect(list.json().readers).toEqual([
      { id: 'counter-1-00-00', name: 'Counter 1 00 00', psam_reader: 'Counter 1 00 01', pin_pad: true, card: { present: true, atr: expect.stringMatching(/^3B/) }, psam: { present: true } },
    ]);

    // a 3.00 card: EF06 needs external authentication through the PSAM in the second serial reader
    const read = await h.call('POST', '/v1/readers/counter-1-00-00/read');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      mdtrt_cert_type: '03',
      mdtrt_cert_no: profile.ef05.cardNumber,
      certno: profile.ef06.idNumber,
      psn_name: profile.ef06.name + profile.ef06.nameExtension,
      card: { spec_version: '3.00' },
      reader: 'Counter 1 00 00',
    });

    pad.type(profile.pin);
    const ok = await h.call('POST', '/v1/readers/counter-1-00-00/pin/verify', { payload: {} });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().outcome).toBe('ok');
    pad.type(profile.pin === '000000' ? '111111' : '000000');
    const wrong = await h.call('POST', '/v1/readers/counter-1-00-00/pin/verify', { payload: {} });
    expect(wrong.json()).toMatchObject({ code: 'GW_CARD_PIN_WRONG', details: { tries_left: profile.pinMaxTries - 1 } });
    pad.cancel();
    const cancelled = await h.call('POST', '/v1/readers/counter-1-00-00/pin/verify', { payload: {} });
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json().code).toBe('GW_PIN_CANCELLED');
    expect(pad.requests.map((r) => r.purpose)).toEqual(['verify', 'verify', 'verify']);

    // a change on the pad prompts for the old PIN, the new one, and the new one again
    const fresh = profile.pin === '246810' ? '135791' : '246810';
    pad.type(profile.pin).type(fresh).type(fresh);
    const changed = await h.call('POST', '/v1/readers/counter-1-00-00/pin/change', { payload: {} });
    expect(changed.json()).toEqual({ outcome: 'ok', reader_id: 'counter-1-00-00' });
    expect(pad.requests.slice(3).map((r) => [r.purpose, r.prompt])).toEqual([['old', '请输入原密码'], ['new', '请输入新密码'], ['confirm', '请再次输入新密码']]);

    // the read leaves the card in DF04; every PIN command on the pad came right after SELECT SSSE
    const pinCommands = [...card.seen.entries()].filter(([, c]) => c.startsWith('0020') || c.startsWith('805e'));
    expect(pinCommands.length).toBe(3);
    for (const [i] of pinCommands) expect(card.seen[i - 1]).toBe(`00a40400${'0f7378312e73682ec9e7bbe1b1a3d5cf'}`);
    expect(card.seen).toContain('00a4040006d15600000503');
  });

  it('a serial reader named by path only is listed as `Serial PATH 00 00`; one unplugged leaves the list', async () => {
    const profile = loadProfile('gen1-no-name-extension');
    const user = await emulator(new VirtualCard(profile));
    h = await startTestGateway({ pcscReaders: false, serialReaders: user.path, cardAllowUnverified: true });
    const id = `serial-${user.path.replace(/[^a-z0-9]+/gi, '-').replace(/^-/, '').toLowerCase()}-00-00`;
    expect((await h.call('GET', '/v1/readers')).json().readers.map((r: { id: string; pin_pad: boolean }) => [r.id, r.pin_pad])).toEqual([[id, true]]);
    const read = await h.call('POST', `/v1/readers/${id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ certno: profile.ef06.idNumber, card: { spec_version: '1.00' }, card_verified: false });

    // Unplugged: the reader leaves. (Watched as the event, not polled: once this pty is closed,
    // another test file's emulator may be given the same /dev/pts number, and the gateway,
    // which reopens a configured path when it comes back, would rightly list it again.)
    const left = new Promise<void>((resolve) => {
      const stop = h!.gw.credentials.watch((e) => {
        if (e.type === 'reader-removed' && e.readerId === id) {
          stop();
          resolve();
        }
      });
    });
    await user.stop();
    await expect(Promise.race([left.then(() => 'left'), new Promise((r) => setTimeout(() => r('still listed after 5 s'), 5000))])).resolves.toBe('left');
  });

  it('refuses a bad serialReaders value at start, naming the option', async () => {
    await expect(startTestGateway({ serialReaders: '/dev/ttyUSB0@1234' })).rejects.toMatchObject({ code: 'GW_CONFIG', message: expect.stringContaining('serialReaders') });
  });
});

/** Reads the gateway's event stream until `until` matches; resolves to the text read. */
function readEvents(base: string, key: string, until: RegExp, onOpen: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}/v1/readers/events`, { headers: { authorization: `Bearer ${key}` } }, (res) => {
      let body = '';
      let opened = false;
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
        // the stream's opening comment line: the gateway is listening for scans now
        if (!opened) {
          opened = true;
          onOpen();
        }
        if (until.test(body)) {
          req.destroy();
          resolve(body);
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('QR voucher scanners in the gateway (config scannerKeyboard / scannerHidPos, mock HID port)', () => {
  it('a scanned voucher reaches the HIS as a voucher-scanned event and in GET /v1/scanners, and identifies the person as credential type 01', async () => {
    const hid = new MockHidPort();
    const keyboard = new QrScannerEmulator(hid, { mode: 'keyboard' });
    const hidPos = new QrScannerEmulator(hid, { mode: 'hid-pos' });
    keyboard.plug();
    hidPos.plug();
    // a keyboard that is not listed: the cashier's typing must never become a voucher
    const cashierKeyboard = hid.plug({ path: '/dev/hidraw-kbd', vendorId: 0x046d, productId: 0xc31c, usagePage: 0x01, usage: 0x06 });
    h = await startTestGateway({ pcscReaders: false, scannerKeyboard: '1eab:1a03', scannerHidPos: true }, { hidPort: hid });
    expect(cashierKeyboard.openCount).toBe(0);

    const scanners = (await h.call('GET', '/v1/scanners')).json();
    expect(scanners.scanners).toEqual([
      { path: keyboard.info.path, mode: 'keyboard', vendor_id: 0x1eab, product_id: 0x1a03, product: keyboard.info.product },
      { path: hidPos.info.path, mode: 'hid-pos', vendor_id: 0x0c2e, product_id: 0x0b8f, product: hidPos.info.product },
    ]);
    expect(scanners.scans).toEqual([]);

    const token = h.center.issueVoucher(LI_SI);
    const base = await h.gw.start();
    const stream = await readEvents(base, h.key, /event: voucher-scanned\n[^\n]*\n\n[\s\S]*event: voucher-scanned\n[^\n]*\n\n/, () => {
      keyboard.scan(token);
      hidPos.scan('not a voucher!');
      hidPos.scan(token);
    });
    const events = [...stream.matchAll(/event: (\S+)\ndata: (.*)\n/g)].map((m) => [m[1], JSON.parse(m[2]!)]);
    expect(events.map(([type]) => type)).toEqual(['voucher-scanned', 'scan-rejected', 'voucher-scanned']);
    expect(events[0]![1]).toMatchObject({ scan_id: 1, mdtrt_cert_type: '01', mdtrt_cert_no: token, scanner: keyboard.info.path, mode: 'keyboard' });
    expect(events[1]![1]).toMatchObject({ scanner: hidPos.info.path, reason: 'not-printable' });
    expect(JSON.stringify(events[1]![1])).not.toContain('voucher!');

    const recent = (await h.call('GET', '/v1/scanners')).json().scans;
    expect(recent.map((s: { scan_id: number; mode: string }) => [s.scan_id, s.mode])).toEqual([[2, 'hid-pos'], [1, 'keyboard']]);

    // what the HIS does with the scan: identification with the scanned credential, as with a card
    const session = await h.signIn('0101');
    const { mdtrt_cert_type, mdtrt_cert_no } = recent[0];
    const identified = await h.call('POST', '/v1/persons/identify', { session, payload: { mdtrt_cert_type, mdtrt_cert_no } });
    expect(identified.statusCode).toBe(200);
    expect(identified.json()).toMatchObject({ person: { certno: LI_SI }, offline: false });
  });
});

describe('the scanner feed (config scannerFeed): the QR scanner emulator plugged into a running gateway', () => {
  it('yibao-sim scanner --feed scans into the gateway, which decodes each scan itself; the socket is the gateway user\'s only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-feed-'));
    const socket = join(dir, 'scanner.sock');
    try {
      h = await startTestGateway({ pcscReaders: false, scannerFeed: socket });
      expect(statSync(socket).mode & 0o777).toBe(0o600);
      const tokens = [h.center.issueVoucher(LI_SI), h.center.issueVoucher(LI_SI)];
      for (const [mode, token] of [['keyboard', tokens[0]!], ['hid-pos', tokens[1]!]] as const) {
        const out = captureIo();
        expect(await scannerCommand.run(['--feed', socket, '--mode', mode, '--token', token], out), out.err()).toBe(0);
        expect(out.out()).toBe(`${token}\n`);
      }
      await expect.poll(async () => (await h!.call('GET', '/v1/scanners')).json().scans.map((s: { mdtrt_cert_no: string; mode: string }) => [s.mdtrt_cert_no, s.mode]), { timeout: 5_000 })
        .toEqual([[tokens[1], 'hid-pos'], [tokens[0], 'keyboard']]);
      // the scanned token identifies the person like a USB scanner's
      const cashier = await h.signIn('c1');
      const who = await h.call('POST', '/v1/persons/identify', { session: cashier, payload: { mdtrt_cert_type: '01', mdtrt_cert_no: tokens[0] } });
      expect(who.statusCode).toBe(200);
      // unplugged when the emulator is done
      await expect.poll(async () => (await h!.call('GET', '/v1/scanners')).json().scanners, { timeout: 5_000 }).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('says plainly when nothing listens on the socket', async () => {
    const out = captureIo();
    expect(await scannerCommand.run(['--feed', join(tmpdir(), 'no-such-yibao-feed.sock'), '--count', '1'], out)).toBe(1);
    expect(out.err()).toMatch(/cannot reach the scanner feed at .*no-such-yibao-feed\.sock/);
  });
});
