import { describe, expect, it } from 'vitest';
import { SerialReaderDevice } from '../../simulator/serial/reader-device.ts';
import { linkDeviceToMockLine } from '../../simulator/serial/mock-link.ts';
import { encodeFrame } from '../../protocol/serial/frame.ts';
import { encodeReply, encodeRequest } from '../../protocol/serial/messages.ts';
import { MockSerialDriver, type MockSerialLine } from './mock-port.ts';
import { SerialReader, pinOutcome } from './reader-client.ts';
import { serialReaderContract } from './reader-client.contract.ts';
import { isSerialReaderError } from './errors.ts';

serialReaderContract('mock line', async ({ pad, clientOptions, deviceLogger }) => {
  const driver = new MockSerialDriver();
  driver.createPort('/dev/ttyMOCK0', { record: true });
  const line = (await driver.open('/dev/ttyMOCK0')) as MockSerialLine;
  const device = new SerialReaderDevice({ pad, logger: deviceLogger });
  linkDeviceToMockLine(device, line);
  const reader = new SerialReader(line, clientOptions);
  return {
    reader,
    device,
    unplug: async () => driver.removePort('/dev/ttyMOCK0'),
    teardown: () => reader.close(),
  };
});

describe('serial reader client on the mock line', () => {
  it('writes exactly the README frame for STATUS and matches the answer by SEQ', async () => {
    const driver = new MockSerialDriver();
    driver.createPort('/dev/ttyMOCK1', { record: true });
    const line = (await driver.open('/dev/ttyMOCK1')) as MockSerialLine;
    line.onHostWrite((bytes) => {
      // a stale answer to another SEQ first, then the right one
      line.emitData(encodeFrame(encodeReply(9, { cmd: 'status', card: 'powered' })));
      line.emitData(encodeFrame(encodeReply(bytes[3] ?? 0, { cmd: 'status', card: 'present' })));
    });
    const reader = new SerialReader(line, { timeoutMs: 200 });
    expect(await reader.status()).toBe('present');
    expect(line.lastWrite?.toString('hex').toUpperCase()).toBe('0200020110CBA003');
    await reader.close();
  });

  it('SEQ runs 1..255 and wraps to 1, never 0', async () => {
    const driver = new MockSerialDriver();
    driver.createPort('/dev/ttyMOCK2', { record: true });
    const line = (await driver.open('/dev/ttyMOCK2')) as MockSerialLine;
    const seqs: number[] = [];
    line.onHostWrite((bytes) => {
      seqs.push(bytes[3] ?? -1);
      line.emitData(encodeFrame(encodeReply(bytes[3] ?? 0, { cmd: 'beep' })));
    });
    const reader = new SerialReader(line, { timeoutMs: 200 });
    for (let i = 0; i < 257; i++) await reader.beep();
    expect(seqs.slice(253)).toEqual([254, 255, 1, 2]);
    expect(seqs).not.toContain(0);
    await reader.close();
  });

  it('a reader that answers ERROR 04 (it got a corrupt frame) gets the command again', async () => {
    const driver = new MockSerialDriver();
    driver.createPort('/dev/ttyMOCK3');
    const line = (await driver.open('/dev/ttyMOCK3')) as MockSerialLine;
    let writes = 0;
    line.onHostWrite((bytes) => {
      writes++;
      const seq = bytes[3] ?? 0;
      line.emitData(encodeFrame(writes === 1 ? encodeReply(seq, { cmd: 'error', request: 0x10, error: 'badChecksum' }) : encodeReply(seq, { cmd: 'status', card: 'absent' })));
    });
    const reader = new SerialReader(line, { timeoutMs: 200 });
    expect(await reader.status()).toBe('absent');
    expect(writes).toBe(2);
    expect(line.lastWrite).toEqual(encodeFrame(encodeRequest(1, { cmd: 'status' })));
    await reader.close();
  });

  it('opening a path that does not exist is open-failed; a closed line refuses writes', async () => {
    const driver = new MockSerialDriver();
    await expect(driver.open('/dev/ttyNONE')).rejects.toSatisfy((err: unknown) => isSerialReaderError(err, 'open-failed'));
    driver.createPort('/dev/ttyMOCK4');
    const line = await driver.open('/dev/ttyMOCK4');
    await line.close();
    await expect(line.write(Buffer.from([1]))).rejects.toSatisfy((err: unknown) => isSerialReaderError(err, 'reader-gone'));
  });

  it('echo handle returns writes as data', async () => {
    const driver = new MockSerialDriver();
    driver.createPort('/dev/ttyECHO', { echo: true });
    const line = await driver.open('/dev/ttyECHO');
    const got = new Promise<Buffer>((resolve) => line.onData(resolve));
    await line.write(Buffer.from('abc'));
    expect((await got).toString()).toBe('abc');
  });

  it('maps PIN status words to outcomes', () => {
    expect(pinOutcome(0x9000)).toEqual({ kind: 'ok' });
    expect(pinOutcome(0x63c2)).toEqual({ kind: 'wrong', triesLeft: 2 });
    expect(pinOutcome(0x63c0)).toEqual({ kind: 'blocked' });
    expect(pinOutcome(0x6983)).toEqual({ kind: 'blocked' });
    expect(() => pinOutcome(0x6a82)).toThrow(/6A82/);
  });

  it('lists created ports', async () => {
    const driver = new MockSerialDriver();
    driver.createPort('/dev/ttyA', { manufacturer: 'Yibao' });
    expect(await driver.list()).toEqual([{ path: '/dev/ttyA', manufacturer: 'Yibao' }]);
  });
});
