import { describe, expect, it } from 'vitest';
import { MockPcscPort } from '../../../drivers/pcsc/mock-port.ts';
import { parseLegacyString } from '../../../drivers/card/identity.ts';
import { loadProfile } from '../../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../../simulator/card/virtual-card.ts';
import { createCardReadCommand } from './card.ts';
import { captureIo, type CapturedIo } from '../../../test/support/cli-io.ts';

const USER = 'Virtual PCD 00 00';
const PSAM = 'Virtual PCD 00 01';

function io(): CapturedIo {
  return captureIo({ YIBAO_DATA_DIR: '/nonexistent-yibao-test' });
}

function cardOf(card: VirtualCard | VirtualPsam) {
  const atr = card.atr();
  return { atr, protocol: ((atr[1] ?? 0) & 0x80 ? 'T1' : 'T0') as 'T0' | 'T1', powerOn: () => void card.powerOn(), respond: (a: Buffer) => card.transmit(a) };
}

function portWith(profile: string | null, blocked: string[] = []) {
  const port = new MockPcscPort([USER, PSAM]);
  port.insertCard(PSAM, cardOf(new VirtualPsam()));
  if (profile) port.insertCard(USER, cardOf(new VirtualCard(loadProfile(profile))));
  return createCardReadCommand({
    openPort: async () => port,
    blocklist: { isBlocked: (key) => (blocked.includes(key) ? { reason: 'lost' } : null) },
  });
}

describe('yibao-gateway card read', () => {
  it('prints the identity as JSON', async () => {
    const streams = io();
    expect(await portWith('adult-resident').run(['--json'], streams)).toBe(0);
    const person = JSON.parse(streams.out());
    // The API's read vocabulary (national 1101 field names), not the service's own.
    expect(person).toMatchObject({ mdtrt_cert_type: '03', certno: loadProfile('adult-resident').ef06.idNumber, reader: USER });
    expect(person).toHaveProperty('insuplc_admdvs');
    expect(person).not.toHaveProperty('credentialType');
  });

  it('prints the reader-DLL string with --legacy', async () => {
    const streams = io();
    expect(await portWith('gen1-no-name-extension').run(['--legacy', '--reader', USER], streams)).toBe(0);
    const fields = parseLegacyString(streams.out().trim());
    expect(fields[2]).toBe(loadProfile('gen1-no-name-extension').ef05.cardNumber);
    expect(fields[6]).toBe('1.00');
    expect(fields[10]).toBe(USER);
  });

  it('no card: exit 4, the code on stderr, -2 on stdout with --legacy', async () => {
    const streams = io();
    expect(await portWith(null).run(['--legacy'], streams)).toBe(4);
    expect(streams.err()).toContain('GW_CARD_NO_CARD');
    expect(streams.out().trim()).toBe('-2');
  });

  it('a lost card: exit 5 with GW_CARD_BLOCKLISTED', async () => {
    const streams = io();
    const command = portWith('lost-card', [loadProfile('lost-card').ef05.cardNumber]);
    expect(await command.run([], streams)).toBe(5);
    expect(streams.err()).toContain('GW_CARD_BLOCKLISTED');
  });

  it('an unknown reader: exit 3; bad flags: exit 2', async () => {
    const streams = io();
    expect(await portWith('adult-resident').run(['--reader', 'Nope 00 00'], streams)).toBe(3);
    expect(streams.err()).toContain('GW_CARD_READER_NOT_FOUND');
    expect(await portWith('adult-resident').run(['--json', '--legacy'], io())).toBe(2);
  });

  it('pcsclite missing or pcscd down: exit 3 with a code saying which', async () => {
    const streams = io();
    const { PcscTransportError } = await import('../../../drivers/pcsc/errors.ts');
    const command = createCardReadCommand({
      openPort: async () => {
        throw new PcscTransportError('not-installed', 'pcsclite not installed');
      },
      blocklist: { isBlocked: () => null },
    });
    expect(await command.run([], streams)).toBe(3);
    expect(streams.err()).toContain('GW_CARD_DRIVER_MISSING');
  });
});
