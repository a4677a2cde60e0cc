import { describe, expect, it } from 'vitest';
import { MockPcscPort } from '../../drivers/pcsc/mock-port.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import { CredentialService, type VoucherResolver } from './service.ts';

const USER = 'Desk 00 00';
const PSAM = 'Desk 00 01';

function sim(card: VirtualCard | VirtualPsam) {
  const atr = card.atr();
  return { atr, protocol: ((atr[1] ?? 0) & 0x80 ? 'T1' : 'T0') as 'T0' | 'T1', powerOn: () => void card.powerOn(), respond: (a: Buffer) => card.transmit(a) };
}

function service(options: { blocked?: string[]; voucher?: VoucherResolver; now?: string; genuineCheck?: 'always' | 'when-psam' | 'never' } = {}) {
  const port = new MockPcscPort([USER, PSAM]);
  const credentials = new CredentialService({
    port,
    blocklist: { isBlocked: (k) => (options.blocked?.includes(k) ? { reason: 'cancelled' } : null) },
    ...(options.voucher ? { voucher: options.voucher } : {}),
    ...(options.genuineCheck ? { genuineCheck: options.genuineCheck } : {}),
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
      else expect((await refusal(read)).code).toBe('GW_CARD_EXPIRED');
    }
  });

  it('genuineness: checked when a PSAM is there, refused without one only in `always` mode', async () => {
    const p = loadProfile('employee-account'); // a 2.0 card: no PSAM needed to read it
    const lenient = service();
    lenient.port.insertCard(USER, sim(new VirtualCard(p)));
    expect((await lenient.credentials.readCard()).card?.authentication).toEqual({ external: false, internal: false });
    const strict = service({ genuineCheck: 'always' });
    strict.port.insertCard(USER, sim(new VirtualCard(p)));
    expect((await refusal(strict.credentials.readCard())).code).toBe('GW_CARD_PSAM_MISSING');
    const withPsam = service();
    withPsam.port.insertCard(PSAM, sim(new VirtualPsam()));
    withPsam.port.insertCard(USER, sim(new VirtualCard(p)));
    expect((await withPsam.credentials.readCard()).card?.authentication).toEqual({ external: false, internal: true });
  });

  it('a blocklisted holder is refused even on a card that is not listed itself', async () => {
    const p = loadProfile('student');
    const { port, credentials } = service({ blocked: [p.ef06.idNumber] });
    port.insertCard(PSAM, sim(new VirtualPsam()));
    port.insertCard(USER, sim(new VirtualCard(p)));
    const err = await refusal(credentials.readCard());
    expect([err.code, err.details?.reason]).toEqual(['GW_CARD_BLOCKLISTED', 'cancelled']);
  });
});
