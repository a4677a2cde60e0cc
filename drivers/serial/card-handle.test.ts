import { describe, expect, it } from 'vitest';
import { CardChannel } from '../pcsc/card-channel.ts';
import { PcscTransportError } from '../pcsc/errors.ts';
import { SerialReaderDevice } from '../../simulator/serial/reader-device.ts';
import { linkDeviceToMockLine } from '../../simulator/serial/mock-link.ts';
import { ScriptedPinPad, encodePinBcd } from '../../simulator/serial/pin-pad.ts';
import { PinTestCard } from '../../simulator/serial/testing/pin-test-card.ts';
import { MockSerialDriver, type MockSerialLine } from './mock-port.ts';
import { SerialReader } from './reader-client.ts';
import { SerialCardHandle, atrProtocol } from './card-handle.ts';

async function rig(): Promise<{ driver: MockSerialDriver; device: SerialReaderDevice; reader: SerialReader; card: PinTestCard }> {
  const driver = new MockSerialDriver();
  driver.createPort('/dev/ttyS9');
  const line = (await driver.open('/dev/ttyS9')) as MockSerialLine;
  const device = new SerialReaderDevice({ pad: new ScriptedPinPad() });
  linkDeviceToMockLine(device, line);
  const card = new PinTestCard(encodePinBcd('123456'));
  device.insert(card);
  return { driver, device, reader: new SerialReader(line, { timeoutMs: 200 }), card };
}

function transportKind(err: unknown): string {
  return err instanceof PcscTransportError ? err.kind : String(err);
}

describe('SerialCardHandle — the serial reader as a CardHandle', () => {
  it('reads the protocol from the ATR (SPEC.md ATR forms)', () => {
    expect(atrProtocol(Buffer.from('3B6C00005353433101234567 89ABCDEF'.replace(/ /g, ''), 'hex'))).toBe('T0');
    expect(atrProtocol(Buffer.from('3BEC00008131FE45535343330123456789ABCDEF00', 'hex'))).toBe('T1');
    expect(atrProtocol(PinTestCard.ATR)).toBe('T1');
  });

  it('carries CardChannel exchanges, and a transaction keeps a second handle waiting', async () => {
    const { reader, card } = await rig();
    const handle = await SerialCardHandle.connect(reader);
    expect(handle.reader).toBe('serial:/dev/ttyS9');
    expect(handle.atr).toEqual(PinTestCard.ATR);
    const channel = new CardChannel(handle);
    expect((await channel.exchange(Buffer.from('0084000008', 'hex'))).length).toBe(8);
    const other = await SerialCardHandle.connect(reader);
    await handle.beginTransaction();
    const order: string[] = [];
    const waiting = other.transmit(Buffer.from('0084000008', 'hex')).then(() => order.push('other'));
    await handle.transmit(Buffer.from('0084000008', 'hex'));
    order.push('owner');
    await handle.endTransaction();
    await waiting;
    expect(order).toEqual(['owner', 'other']);
    expect(card.received.length).toBe(3);
  });

  it('transport failures are PcscTransportError with the serial cause: no card, reader gone', async () => {
    const { driver, device, reader } = await rig();
    const handle = await SerialCardHandle.connect(reader);
    device.remove();
    expect(await handle.transmit(Buffer.from('0084000008', 'hex')).catch(transportKind)).toBe('no-card');
    driver.removePort('/dev/ttyS9');
    expect(await handle.transmit(Buffer.from('0084000008', 'hex')).catch(transportKind)).toBe('reader-gone');
    await handle.disconnect();
    expect(await handle.transmit(Buffer.from('0084000008', 'hex')).catch(transportKind)).toBe('closed');
  });

  it('reconnect powers the card again', async () => {
    const { reader, card } = await rig();
    const handle = await SerialCardHandle.connect(reader);
    await handle.reconnect();
    expect(card.powered).toBe(true);
    await handle.disconnect();
    expect(card.powered).toBe(false);
  });
});
