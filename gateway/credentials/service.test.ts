import { describe, expect, it } from 'vitest';
import { MockPcscPort } from '../../drivers/pcsc/mock-port.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import { CredentialService, type CredentialServiceOptions, type VoucherResolver } from './service.ts';
import { credentialToWire } from './wire.ts';

const USER = 'Desk 00 00';
const PSAM = 'Desk 00 01';

function sim(card: VirtualCard | VirtualPsam) {
  const atr = card.atr();
  return { atr, protocol: ((atr[1] ?? 0) & 0x80 ? 'T1' : 'T0') as 'T0' | 'T1', powerOn: () => void card.powerOn(), respond: (a: Buffer) => card.transmit(a) };
}

function service(options: { blocked?: string[]; voucher?: VoucherResolver; now?: string; genuineCheck?: 'always' | 'when-psam' | 'never' } & Pick<CredentialServiceOptions, 'allowUnverified' | 'onUnverifiedRead'> = {}) {
  const port = new MockPcscPort([USER, PSAM]);
  const credentials = new CredentialService({
    port,
    blocklist: { isBlocked: (k) => (options.blocked?.includes(k) ? { reason: 'cancelled' } : null) },
    ...(options.voucher ? { voucher: options.voucher } : {}),
    ...(options.genuineCheck ? { genuineCheck: options.genuineCheck } : {}),
    ...(options.allowUnverified ? { allowUnverified: true } : {}),
    ...(options.onUnverifiedRead ? { onUnverifiedRead: options.onUnverifiedRead } : {}),
    clock: () => new Date(options.now ?? '2026-11-22T10:00:00+08:00'),
  });
  return { port, credentials };
}

const refusal = async (p: Promise<unknown> | (() => unknown)): Promise<GatewayError> => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    if (err instanceof GatewayError) return err;
    throw err;
  }
  throw new Error('expected a GatewayError');
};

describe('CredentialService', () => {
  it('an ID number typed at the counter is credential type 02, check character verified', () => {
    const { credentials } = service();
    expect(credentials.fromIdNumber('11010519491231002x', '张三')).toMatchObject({ credentialType: '02', certno: '11010519491231002X', sex: '2', birthDate: '19491231', region: '110105' });
  });

  it('refuses an ID number with a wrong check character, and a blocklisted one', async () => {
    expect((await refusal(() => service().credentials.fromIdNumber('110105194912310021'))).code).toBe('GW_CARD_ID_INVALID');
    expect((await refusal(() => service({ blocked: ['11010519491231002X'] }).credentials.fromIdNumber('11010519491231002X'))).code).toBe('GW_CARD_BLOCKLISTED');
  });

  it('a voucher token is exchanged for the person (credential type 01)', async () => {
    const voucher: VoucherResolver = {
      resolve: async (token) => ({ idNo: '11010519491231002X', idType: '01', ecToken: `ec-${token.slice(0, 4)}`, insuOrg: '152200', userName: '张三' }),
    };
    const person = await service({ voucher }).credentials.fromVoucher('  abcd1234efgh5678  ');
    expect(person).toMatchObject({ credentialType: '01', credentialNo: 'abcd1234efgh5678', certno: '11010519491231002X', name: '张三', voucher: { ecToken: 'ec-abcd', insuOrg: '152200' } });
  });

  it('a malformed token, a missing resolver and a failing platform each have their code', async () => {
    const failing: VoucherResolver = { resolve: async () => Promise.reject(new Error('platform timeout')) };
    expect((await refusal(service({ voucher: failing }).credentials.fromVoucher('bad token with spaces'))).code).toBe('GW_CARD_VOUCHER_INVALID');
    expect((await refusal(service().credentials.fromVoucher('abcd1234efgh5678'))).code).toBe('GW_CARD_VOUCHER_UNAVAILABLE');
    const err = await refusal(service({ voucher: failing }).credentials.fromVoucher('abcd1234efgh5678'));
    expect(err.code).toBe('GW_CARD_VOUCHER_UNAVAILABLE');
    expect((err.cause as Error).message).toBe('platform timeout');
  });

  it('checks expiry against the gateway clock: the last valid day is the expiry date itself', async () => {
    const p = loadProfile('expired-card'); // expires 2023-12-31
    for (const [now, ok] of [['2023-12-31T23:00:00+08:00', true], ['2024-01-01T08:00:00+08:00', false]] as const) {
      const { port, credentials } = service({ now });
      port.insertCard(PSAM, sim(new VirtualPsam()));
      port.insertCard(USER, sim(new VirtualCard(p)));
      const read = credentials.readCard();
      if (ok) await expect(read).resolves.toMatchObject({ credentialType: '03' });
      else expect(await refusal(read)).toMatchObject({ code: 'GW_CARD_EXPIRED', details: { legacy_code: -31 } });
    }
  });

  it('genuineness: a card read without its authentication is refused (−2201) unless the site allows it, and then flagged', async () => {
    const p = loadProfile('employee-account'); // a 2.0 card: its files read without a PSAM
    const refusing = service();
    refusing.port.insertCard(USER, sim(new VirtualCard(p)));
    const refused = await refusal(refusing.credentials.readCard());
    expect([refused.code, refused.details?.legacy_code]).toEqual(['GW_CARD_PSAM_MISSING', -2201]);
    expect(refusing.credentials.readUnverified(p.ef06.idNumber)).toBe(false);

    const told: unknown[] = [];
    const lenient = service({ allowUnverified: true, onUnverifiedRead: (read) => told.push(read) });
    lenient.port.insertCard(USER, sim(new VirtualCard(p)));
    const person = await lenient.credentials.readCard();
    expect(person.card?.authentication).toEqual({ external: false, internal: false });
    expect(person.verified).toBe(false);
    expect(credentialToWire(person)).toMatchObject({ card_verified: false, card: { authentication: { verified: false } } });
    expect(told).toEqual([expect.objectContaining({ cardNumber: p.ef05.cardNumber, certno: p.ef06.idNumber })]);
    expect(lenient.credentials.readUnverified(p.ef06.idNumber)).toBe(true);

    const strict = service({ genuineCheck: 'always' });
    strict.port.insertCard(USER, sim(new VirtualCard(p)));
    expect((await refusal(strict.credentials.readCard())).code).toBe('GW_CARD_PSAM_MISSING');
    const withPsam = service();
    withPsam.port.insertCard(PSAM, sim(new VirtualPsam()));
    withPsam.port.insertCard(USER, sim(new VirtualCard(p)));
    const verified = await withPsam.credentials.readCard();
    expect(verified.card?.authentication).toEqual({ external: false, internal: true });
    expect(credentialToWire(verified)).toMatchObject({ card_verified: true });
  });

  it('a blocklisted holder is refused even on a card that is not listed itself', async () => {
    const p = loadProfile('student');
    const { port, credentials } = service({ blocked: [p.ef06.idNumber] });
    port.insertCard(PSAM, sim(new VirtualPsam()));
    port.insertCard(USER, sim(new VirtualCard(p)));
    const err = await refusal(credentials.readCard());
    expect([err.code, err.details?.reason, err.details?.legacy_code]).toEqual(['GW_CARD_BLOCKLISTED', 'cancelled', -32]);
  });

  it('the insured region is the medical application\'s (DF04 tag 80), the issuer\'s kept apart', async () => {
    const p = loadProfile('adult-resident'); // issued by 152200, insured in 152201
    const { port, credentials } = service();
    port.insertCard(PSAM, sim(new VirtualPsam()));
    port.insertCard(USER, sim(new VirtualCard(p)));
    const person = await credentials.readCard();
    expect(p.ef05.cardIdCode.slice(0, 6)).not.toBe(p.df04.ef05.insuredRegion);
    expect(person.region).toBe(p.df04.ef05.insuredRegion);
    expect(credentialToWire(person)).toMatchObject({ insuplc_admdvs: p.df04.ef05.insuredRegion, card: { issuer_admdvs: p.ef05.cardIdCode.slice(0, 6), insured_admdvs: p.df04.ef05.insuredRegion } });
    // the reader-DLL string's first field is the issuing region, as the convention has it
    expect(person.legacy!.split('|')[0]).toBe(p.ef05.cardIdCode.slice(0, 6));
  });
});
