/**
 * The real node-hid driver on this machine: enumeration works (the CI machine has no HID
 * scanner, so the list may be empty), and opening a path that is not there is a typed error.
 * Reports from a device are covered through the mock port, which carries the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { HidScannerError } from './errors.ts';
import { nodeHidPort } from './node-hid-port.ts';

describe('node-hid port (real hidapi)', () => {
  it('enumerates devices with a path each', async () => {
    const devices = await nodeHidPort.devices();
    expect(Array.isArray(devices)).toBe(true);
    for (const d of devices) expect(typeof d.path).toBe('string');
  });

  it('opening a device that is not plugged in is open-failed', async () => {
    await expect(nodeHidPort.open('/dev/hidraw-not-there')).rejects.toSatisfy((err: unknown) => err instanceof HidScannerError && err.kind === 'open-failed');
  });
});
