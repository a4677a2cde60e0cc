/**
 * The serial reader emulator on a real device path: a `SerialReaderDevice` (reader + PIN pad
 * + in-process card) behind a pseudo-terminal pair. `yibao-sim serial` runs one; tests start
 * one and point the real `serialport` driver at `path`.
 */
import type { Logger } from 'pino';
import { openPtyPair, type PtyPair } from './pty-pair.ts';
import { SerialReaderDevice, type SlotCard } from './reader-device.ts';
import type { PinPad } from './pin-pad.ts';

export interface SerialReaderEmulator {
  /** The device path to open, e.g. `/dev/pts/4`. */
  readonly path: string;
  readonly device: SerialReaderDevice;
  /** Stops the emulator: the host's line hangs up as if the reader were unplugged. */
  stop(): Promise<void>;
}

export async function startSerialReaderEmulator(options: { pad: PinPad; card?: SlotCard; logger?: Logger }): Promise<SerialReaderEmulator> {
  const device = new SerialReaderDevice({ pad: options.pad, ...(options.logger ? { logger: options.logger } : {}) });
  const pty: PtyPair = await openPtyPair();
  pty.onData((chunk) => device.receive(chunk));
  device.onSend((bytes) => pty.write(bytes));
  if (options.card) device.insert(options.card);
  options.logger?.info({ path: pty.path }, 'serial reader emulator listening');
  return {
    path: pty.path,
    device,
    stop: () => pty.close(),
  };
}
