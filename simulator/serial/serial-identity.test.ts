/**
 * The social security card read over serial readers, end to end on real device paths: two
 * emulated serial readers on pseudo-terminals — the user card (simulator/card VirtualCard) in
 * one, the PSAM (VirtualPsam) in the other — opened with the real `serialport` driver, wrapped
 * as `CardHandle`s, and read by the same card code that reads over PC/SC.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CardChannel } from '../../drivers/pcsc/card-channel.ts';
import { Psam } from '../../drivers/card/psam.ts';
import { SocialSecurityCard } from '../../drivers/card/sscard.ts';
import { serialportDriver } from '../../drivers/serial/serialport-port.ts';
import { SerialReader } from '../../drivers/serial/reader-client.ts';
import { SerialCardHandle } from '../../drivers/serial/card-handle.ts';
import { loadProfile } from '../card/profile.ts';
import { VirtualCard, VirtualPsam } from '../card/virtual-card.ts';
import { ScriptedPinPad } from './pin-pad.ts';
import { startSerialReaderEmulator, type SerialReaderEmulator } from './pty-emulator.ts';
import type { SlotCard } from './reader-device.ts';

const running: Array<{ emulator: SerialReaderEmulator; reader: SerialReader }> = [];

async function serialSlot(card: SlotCard, pad = new ScriptedPinPad()): Promise<{ reader: SerialReader; emulator: SerialReaderEmulator }> {
  const emulator = await startSerialReaderEmulator({ pad, card });
  const reader = new SerialReader(await serialportDriver.open(emulator.path), { timeoutMs: 1000 });
  running.push({ emulator, reader });
  return { reader, emulator };
}

afterEach(async () => {
  for (const { emulator, reader } of running.splice(0)) {
    await reader.close();
    await emulator.stop();
  }
});

describe('social security card over serial readers (serialport + pty emulators)', () => {
  it('reads a 3.00 card with external authentication through a PSAM in a second serial reader', async () => {
    const profile = loadProfile('adult-resident');
    const user = await serialSlot(new VirtualCard(profile));
    const sam = await serialSlot(new VirtualPsam());
    const card = new SocialSecurityCard(new CardChannel(await SerialCardHandle.connect(user.reader)));
    const psam = new Psam(new CardChannel(await SerialCardHandle.connect(sam.reader)));
    const identity = await card.readIdentity({ psam, verifyGenuine: true });
    expect(identity.idNumber).toBe(profile.ef06.idNumber);
    expect(identity.name).toBe(profile.ef06.name + profile.ef06.nameExtension);
    expect(identity.cardNumber).toBe(profile.ef05.cardNumber);
    expect(identity.specVersion).toBe('3.00');
  });

  it('reads a 1.00 T=0 card (GET RESPONSE above the serial handle) without a PSAM', async () => {
    const profile = loadProfile('gen1-no-name-extension');
    const user = await serialSlot(new VirtualCard(profile));
    const handle = await SerialCardHandle.connect(user.reader);
    expect(handle.protocol).toBe('T0');
    const identity = await new SocialSecurityCard(new CardChannel(handle)).readIdentity();
    expect(identity.idNumber).toBe(profile.ef06.idNumber);
    expect(identity.specVersion).toBe('1.00');
  });

  it('PIN on the pad against the virtual card: right PIN ok; a blocked card says blocked', async () => {
    const pad = new ScriptedPinPad();
    const profile = loadProfile('adult-resident');
    const user = await serialSlot(new VirtualCard(profile), pad);
    await user.reader.powerOn();
    pad.type(profile.pin);
    expect(await user.reader.enterPin()).toEqual({ kind: 'ok' });
    pad.type(profile.pin === '000000' ? '111111' : '000000');
    expect(await user.reader.enterPin()).toEqual({ kind: 'wrong', triesLeft: profile.pinMaxTries - 1 });

    const blockedPad = new ScriptedPinPad();
    const blocked = await serialSlot(new VirtualCard(loadProfile('pin-blocked')), blockedPad);
    await blocked.reader.powerOn();
    blockedPad.type('123456');
    expect(await blocked.reader.enterPin()).toEqual({ kind: 'blocked' });
  });

  it('card pulled out mid-read: the read fails as a transport error, and a reinserted card reads again', async () => {
    const profile = loadProfile('student');
    const user = await serialSlot(new VirtualCard(profile));
    const handle = await SerialCardHandle.connect(user.reader);
    user.emulator.device.remove();
    await expect(new SocialSecurityCard(new CardChannel(handle)).readIdentity()).rejects.toMatchObject({ name: 'PcscTransportError', kind: 'no-card' });
    user.emulator.device.insert(new VirtualCard(profile));
    await handle.reconnect();
    const identity = await new SocialSecurityCard(new CardChannel(handle)).readIdentity({ psam: new Psam(new CardChannel(await SerialCardHandle.connect((await serialSlot(new VirtualPsam())).reader))) });
    expect(identity.idNumber).toBe(profile.ef06.idNumber);
  });
});
