import { describe, expect, it } from 'vitest';
import type { ReaderEvent } from '../pcsc/port.ts';
import { CredentialService } from '../../gateway/credentials/service.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { SerialReaderDevice } from '../../simulator/serial/reader-device.ts';
import { linkDeviceToMockLine } from '../../simulator/serial/mock-link.ts';
import { ScriptedPinPad } from '../../simulator/serial/pin-pad.ts';
import { MockSerialDriver, type MockSerialLine } from './mock-port.ts';
import { MockPcscPort } from '../pcsc/mock-port.ts';
import { SerialReadersPort, mergePorts } from './serial-readers-port.ts';

const USER = 'Counter 3 00 00';
const PSAM = 'Counter 3 00 01';

/** Mock serial driver whose device paths each have an emulated reader behind them. */
function counter(pad = new ScriptedPinPad()): { driver: MockSerialDriver; devices: Map<string, SerialReaderDevice> } {
  const driver = new MockSerialDriver();
  const devices = new Map<string, SerialReaderDevice>([
    ['/dev/ttyUSB0', new SerialReaderDevice({ pad })],
    ['/dev/ttyUSB1', new SerialReaderDevice({ pad: new ScriptedPinPad() })],
  ]);
  const open = driver.open.bind(driver);
  driver.open = async (path, options) => {
    const line = (await open(path, options)) as MockSerialLine;
    const device = devices.get(path);
    if (device) linkDeviceToMockLine(device, line);
    return line;
  };
  for (const path of devices.keys()) driver.createPort(path);
  return { driver, devices };
}

function describeEvent(e: ReaderEvent): string {
  return 'reader' in e ? `${e.type} ${e.reader}` : e.type;
}

/** One serial reader with a pad, an adult-resident card in it, started. */
async function padCounter() {
  const pad = new ScriptedPinPad();
  const { driver, devices } = counter(pad);
  const profile = loadProfile('adult-resident');
  devices.get('/dev/ttyUSB0')!.insert(new VirtualCard(profile));
  const port = new SerialReadersPort(driver, [{ path: '/dev/ttyUSB0', name: USER }]);
  await port.start();
  return { pad, profile, port };
}

describe('SerialReadersPort — serial readers behind the PC/SC port contract', () => {
  it('reports readers and cards once each: insert, remove, swap, unplug, replug', async () => {
    const { driver, devices } = counter();
    const user = devices.get('/dev/ttyUSB0')!;
    user.insert(new VirtualCard(loadProfile('student')));
    const port = new SerialReadersPort(driver, [{ path: '/dev/ttyUSB0', name: USER }], { retryMs: 60_000, reader: { timeoutMs: 200 } });
    const events: string[] = [];
    port.watch((e) => events.push(describeEvent(e)));
    await port.start();
    expect(events).toEqual([`reader-added ${USER}`, `card-inserted ${USER}`]);
    const [state] = await port.listReaders();
    expect(state?.card?.atr.subarray(0, 2).toString('hex')).toBe('3bec');

    events.length = 0;
    user.remove();
    user.insert(new VirtualCard(loadProfile('adult-resident'))); // a swap faster than anyone looks
    await new Promise((resolve) => setTimeout(resolve, 20));
    await port.settled();
    expect(events).toEqual([`card-removed ${USER}`, `card-inserted ${USER}`]);

    events.length = 0;
    driver.removePort('/dev/ttyUSB0');
    await port.settled();
    expect(events).toEqual([`card-removed ${USER}`, `reader-removed ${USER}`]);
    expect(await port.listReaders()).toEqual([]);
    await expect(port.connect(USER)).rejects.toMatchObject({ name: 'PcscTransportError', kind: 'reader-gone' });

    events.length = 0;
    driver.createPort('/dev/ttyUSB0');
    await port.retryNow();
    expect(events).toEqual([`reader-added ${USER}`, `card-inserted ${USER}`]);
    await port.close();
  });

  it('the credential service reads a card from a serial reader, PSAM in a second serial reader paired by name', async () => {
    const { driver, devices } = counter();
    const profile = loadProfile('adult-resident');
    devices.get('/dev/ttyUSB0')!.insert(new VirtualCard(profile));
    devices.get('/dev/ttyUSB1')!.insert(new VirtualPsam());
    const serial = new SerialReadersPort(driver, [
      { path: '/dev/ttyUSB0', name: USER },
      { path: '/dev/ttyUSB1', name: PSAM },
    ]);
    await serial.start();
    const credentials = new CredentialService({ port: mergePorts(serial), blocklist: { isBlocked: () => null }, clock: () => new Date('2026-11-22T10:00:00+08:00') });
    const readers = await credentials.listReaders();
    expect(readers.map((r) => [r.name, r.psamReader])).toEqual([[USER, PSAM]]);
    const person = await credentials.readCard(USER);
    expect(person.credentialType).toBe('03');
    expect(person.certno).toBe(profile.ef06.idNumber);
    expect(person.credentialNo).toBe(profile.ef05.cardNumber);
    expect(person.legacy?.split('|')).toHaveLength(12);
    await serial.close();
  });

  it('PIN entry on the reader pad powers the card and returns the outcome only', async () => {
    const { pad, profile, port } = await padCounter();
    expect(port.hasPad(USER)).toBe(true);
    pad.type(profile.pin);
    expect(await port.enterPin(USER)).toEqual({ kind: 'ok' });
    pad.type('000000');
    expect(await port.enterPin(USER)).toEqual({ kind: 'wrong', triesLeft: profile.pinMaxTries - 1 });
    await port.close();
  });

  it('PIN change on the pad: old PIN, new PIN twice; the new PIN then verifies', async () => {
    const { pad, profile, port } = await padCounter();
    const fresh = profile.pin === '246802' ? '135791' : '246802';
    pad.type(profile.pin).type(fresh).type(fresh);
    expect(await port.changePinOnPad(USER)).toEqual({ kind: 'ok' });
    expect(pad.requests.map((r) => r.purpose)).toEqual(['old', 'new', 'confirm']);
    pad.type(fresh);
    expect(await port.enterPin(USER)).toEqual({ kind: 'ok' });
    await port.close();
  });
});

describe('mergePorts', () => {
  it('lists and connects the serial readers while pcscd is down; fails only when no port answers', async () => {
    const { driver, devices } = counter();
    devices.get('/dev/ttyUSB0')!.insert(new VirtualCard(loadProfile('gen1-no-name-extension')));
    const serial = new SerialReadersPort(driver, [{ path: '/dev/ttyUSB0', name: USER }]);
    await serial.start();
    const pcsc = new MockPcscPort(['Virtual PCD 00 00']);
    const merged = mergePorts(pcsc, serial);
    expect((await merged.listReaders()).map((r) => r.name)).toEqual(['Virtual PCD 00 00', USER]);
    pcsc.stopService();
    expect((await merged.listReaders()).map((r) => r.name)).toEqual([USER]);
    const handle = await merged.connect(USER, { share: 'exclusive' });
    expect(handle.atr.length).toBeGreaterThan(2);
    await handle.disconnect();
    await expect(mergePorts(pcsc).listReaders()).rejects.toMatchObject({ name: 'PcscTransportError', kind: 'no-service' });
    expect(await mergePorts().listReaders()).toEqual([]);
    await serial.close();
  });
});
