/**
 * The real `serialport` driver against the emulator on a pseudo-terminal: the contract suite
 * of drivers/serial over a real device path, and what only a real line shows.
 */
import { describe, expect, it } from 'vitest';
import { serialportDriver } from '../../drivers/serial/serialport-port.ts';
import { SerialReader } from '../../drivers/serial/reader-client.ts';
import { serialReaderContract } from '../../drivers/serial/reader-client.contract.ts';
import { isSerialReaderError } from '../../drivers/serial/errors.ts';
import { ScriptedPinPad } from './pin-pad.ts';
import { startSerialReaderEmulator } from './pty-emulator.ts';

serialReaderContract('serialport on a pty', async ({ pad, clientOptions, deviceLogger }) => {
  const emulator = await startSerialReaderEmulator({ pad, logger: deviceLogger });
  const line = await serialportDriver.open(emulator.path);
  const reader = new SerialReader(line, clientOptions);
  return {
    reader,
    device: emulator.device,
    unplug: () => emulator.stop(),
    teardown: async () => {
      await reader.close();
      await emulator.stop();
    },
  };
});

describe('serial reader emulator on a pty', () => {
  it('shows a real device path that serialport opens, closes and opens again', async () => {
    const emulator = await startSerialReaderEmulator({ pad: new ScriptedPinPad() });
    try {
      expect(emulator.path).toMatch(/^\/dev\/pts\/\d+$/);
      for (let round = 0; round < 3; round++) {
        const reader = new SerialReader(await serialportDriver.open(emulator.path), { timeoutMs: 500 });
        expect(await reader.status()).toBe('absent');
        await reader.close();
      }
    } finally {
      await emulator.stop();
    }
  });

  it('the real driver lists serial ports (an array, possibly empty on a CI machine)', async () => {
    const ports = await serialportDriver.list();
    expect(Array.isArray(ports)).toBe(true);
    for (const p of ports) expect(typeof p.path).toBe('string');
  });

  it('opening a device path that does not exist is a typed open-failed', async () => {
    await expect(serialportDriver.open('/dev/pts/does-not-exist')).rejects.toSatisfy((err: unknown) => isSerialReaderError(err, 'open-failed'));
  });
});
