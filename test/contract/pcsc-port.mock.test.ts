/**
 * The PC/SC contract against the mock port, with the simulator's cards answering in-process;
 * plus what only the mock can do on demand: readers plugged in and out, pcscd restarted.
 */
import { describe, expect, it } from 'vitest';
import { PcscTransportError } from '../../drivers/pcsc/errors.ts';
import { MockPcscPort, type MockCard } from '../../drivers/pcsc/mock-port.ts';
import type { ReaderEvent } from '../../drivers/pcsc/port.ts';
import { CredentialService } from '../../gateway/credentials/service.ts';
import { GatewayError } from '../../gateway/errors/gateway-error.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { pcscPortContract, type ContractStack, type SimCard } from './pcsc-port.contract.ts';

const USER = 'Mock Terminal 00 00';
const PSAM = 'Mock Terminal 00 01';

/** A simulator card as a mock-port card; T=1 when the ATR has TD1 (SPEC.md "ATR"). */
function asMockCard(card: SimCard, removeAtCommand?: number): MockCard {
  const atr = card.atr();
  let commands = 0;
  return {
    atr,
    protocol: ((atr[1] ?? 0) & 0x80) !== 0 ? 'T1' : 'T0',
    powerOn: () => void card.powerOn(),
    respond: (apdu) => {
      commands++;
      if (removeAtCommand !== undefined && commands >= removeAtCommand) return { action: 'remove' };
      return card.transmit(apdu);
    },
  };
}

function mockStack(): ContractStack {
  const port = new MockPcscPort([USER, PSAM]);
  const reader = (slot: 'user' | 'psam'): string => (slot === 'user' ? USER : PSAM);
  return {
    name: 'mock',
    port,
    userReader: USER,
    psamReader: PSAM,
    insert: async (slot, card, options = {}) => port.insertCard(reader(slot), asMockCard(card, options.removeAtCommand)),
    remove: async (slot) => port.removeCard(reader(slot)),
    holdExclusive: async (slot) => {
      // the mock's other program cannot take a reader the gateway holds: same rule as pcscd
      if (port.handlesOn(reader(slot)) > 0) throw new PcscTransportError('sharing-violation', `${reader(slot)}: in use`, { reader: reader(slot) });
      const release = port.holdExclusive(reader(slot));
      return async () => release();
    },
    close: () => port.close(),
  };
}

describe('PC/SC contract — mock port', () => {
  pcscPortContract(async () => mockStack());
});

describe('mock only: readers and pcscd coming and going', () => {
  const blocklist = { isBlocked: () => null };

  it('a reader plugged in while running is read; unplugged mid-session it is a clean error', async () => {
    const port = new MockPcscPort();
    const credentials = new CredentialService({ port, blocklist });
    const events: string[] = [];
    credentials.watch((e) => events.push(`${e.type}${'readerId' in e ? ` ${e.readerId}` : ''}${'slot' in e ? ` ${e.slot}` : ''}`));
    await expect(credentials.readCard()).rejects.toMatchObject({ code: 'GW_CARD_NO_READER' });
    port.addReader('Hotplug 00 00');
    port.addReader('Hotplug 00 01');
    port.insertCard('Hotplug 00 01', asMockCard(new VirtualPsam()));
    port.insertCard('Hotplug 00 00', asMockCard(new VirtualCard(loadProfile('adult-resident'))));
    expect((await credentials.listReaders()).map((r) => [r.id, r.psamReader, r.card.present])).toEqual([['hotplug-00-00', 'Hotplug 00 01', true]]);
    await expect(credentials.readCard('hotplug-00-00')).resolves.toMatchObject({ credentialType: '03' });
    port.unplugReader('Hotplug 00 00');
    await expect(credentials.readCard('hotplug-00-00')).rejects.toMatchObject({ code: 'GW_CARD_READER_NOT_FOUND' });
    // the PSAM slot's events carry the id of the pair it belongs to, as listReaders shows it
    expect(events).toEqual([
      'reader-added hotplug-00-00 card',
      'reader-added hotplug-00-00 psam',
      'card-inserted hotplug-00-00 psam',
      'card-inserted hotplug-00-00 card',
      'card-read hotplug-00-00',
      'card-removed hotplug-00-00 card',
      'reader-removed hotplug-00-00 card',
    ]);
    await credentials.close();
  });

  it('pcscd stopped: a clear code; restarted: the next read works with a fresh PSAM session', async () => {
    const port = new MockPcscPort([USER, PSAM]);
    const credentials = new CredentialService({ port, blocklist });
    port.insertCard(PSAM, asMockCard(new VirtualPsam()));
    port.insertCard(USER, asMockCard(new VirtualCard(loadProfile('adult-resident'))));
    await credentials.readCard();
    const events: ReaderEvent[] = [];
    port.watch((e) => events.push(e));
    port.stopService();
    const err = await credentials.readCard().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).code).toBe('GW_CARD_PCSCD_DOWN');
    port.startService();
    await expect(credentials.readCard()).resolves.toMatchObject({ credentialType: '03' });
    expect(events.map((e) => e.type)).toEqual([
      'card-removed', 'reader-removed', 'card-removed', 'reader-removed', 'service-lost',
      'service-restored', 'reader-added', 'card-inserted', 'reader-added', 'card-inserted',
    ]);
    await credentials.close();
  });
});
