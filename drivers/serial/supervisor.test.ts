import { describe, expect, it } from 'vitest';
import { SerialReaderDevice } from '../../simulator/serial/reader-device.ts';
import { linkDeviceToMockLine } from '../../simulator/serial/mock-link.ts';
import { ScriptedPinPad } from '../../simulator/serial/pin-pad.ts';
import { MockSerialDriver, type MockSerialLine } from './mock-port.ts';
import { SerialReaderSupervisor, type SupervisorEvent } from './supervisor.ts';

/** A mock driver whose every opened line gets a fresh emulated reader behind it. */
function readerDriver(): MockSerialDriver {
  const driver = new MockSerialDriver();
  const open = driver.open.bind(driver);
  driver.open = async (path, options) => {
    const line = (await open(path, options)) as MockSerialLine;
    linkDeviceToMockLine(new SerialReaderDevice({ pad: new ScriptedPinPad() }), line);
    return line;
  };
  return driver;
}

describe('SerialReaderSupervisor', () => {
  it('connects when the reader appears, reports unplugging, reconnects when it is back', async () => {
    const driver = readerDriver();
    const supervisor = new SerialReaderSupervisor(driver, '/dev/yibao-reader', { retryMs: 60_000, reader: { timeoutMs: 200 } });
    const events: string[] = [];
    supervisor.onChange((e: SupervisorEvent) => events.push(e.type === 'connected' ? 'connected' : `disconnected ${e.error.kind}`));
    await supervisor.start();
    expect(supervisor.reader).toBeUndefined();
    driver.createPort('/dev/yibao-reader');
    expect(await supervisor.tryOpen()).toBe(true);
    expect(await supervisor.reader?.status()).toBe('absent');
    driver.removePort('/dev/yibao-reader');
    expect(supervisor.reader).toBeUndefined();
    expect(await supervisor.tryOpen()).toBe(false);
    driver.createPort('/dev/yibao-reader');
    expect(await supervisor.tryOpen()).toBe(true);
    expect(await supervisor.reader?.status()).toBe('absent');
    expect(events).toEqual(['connected', 'disconnected reader-gone', 'connected']);
    await supervisor.stop();
    expect(supervisor.reader).toBeUndefined();
  });

  it('retries on its own timer', async () => {
    const driver = readerDriver();
    const supervisor = new SerialReaderSupervisor(driver, '/dev/ttyLATE', { retryMs: 10 });
    const connected = new Promise<void>((resolve) => supervisor.onChange((e) => e.type === 'connected' && resolve()));
    await supervisor.start();
    driver.createPort('/dev/ttyLATE');
    await connected;
    expect(supervisor.reader).toBeDefined();
    await supervisor.stop();
  });
});
