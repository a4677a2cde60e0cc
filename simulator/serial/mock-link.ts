/**
 * Puts the emulated reader behind the mock serial line (drivers/serial/mock-port.ts): what
 * the host writes reaches the device, what the device sends arrives at the host. For fast
 * tests of the reader client without a pseudo-terminal.
 */
import type { MockSerialLine } from '../../drivers/serial/mock-port.ts';
import type { SerialReaderDevice } from './reader-device.ts';

export function linkDeviceToMockLine(device: SerialReaderDevice, line: MockSerialLine): () => void {
  const offHost = line.onHostWrite((bytes) => device.receive(bytes));
  const offDevice = device.onSend((bytes) => line.emitData(bytes));
  return () => {
    offHost();
    offDevice();
  };
}
