/**
 * A card read over the HIS API as a counter meets it: a card read without its authentication
 * (no PSAM in the terminal) is refused with its reader-DLL code unless the site allows such
 * reads, and then the read, its audit entry and the person's settlements are flagged; expired
 * and lost cards have reader-DLL codes of their own; the insured region is the card's DF04 one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MockPcscPort } from '../../drivers/pcsc/mock-port.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import type { Config } from '../../gateway/config.ts';
import { asMockCard } from '../../simulator/pcsc/in-process.ts';
import { PHARMACY_LINES, startTestGateway, type TestGateway } from './support.ts';

const USER = 'Virtual PCD 00 00';
const PSAM = 'Virtual PCD 00 01';
const READER_ID = 'virtual-pcd-00-00';

let h: TestGateway | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function counter(profile: string, options: { psam?: boolean; config?: Partial<Config> } = {}): Promise<TestGateway> {
  const port = new MockPcscPort([USER, PSAM]);
  if (options.psam !== false) port.insertCard(PSAM, asMockCard(new VirtualPsam()));
  port.insertCard(USER, asMockCard(new VirtualCard(loadProfile(profile))));
  h = await startTestGateway(options.config ?? {}, { pcscPort: port });
  return h;
}

const auditActions = (t: TestGateway): Array<{ action: string; subject: string; detail: string }> =>
  t.gw.db.prepare('SELECT action, subject, detail FROM audit_log ORDER BY seq').all() as Array<{ action: string; subject: string; detail: string }>;

describe('POST /v1/readers/:id/read', () => {
  it('refuses a 2.00 card read without a PSAM as GW_CARD_PSAM_MISSING (−2201) by default', async () => {
    const t = await counter('employee-account', { psam: false });
    const res = await t.call('POST', `/v1/readers/${READER_ID}/read`);
    expect(res.json()).toMatchObject({ code: 'GW_CARD_PSAM_MISSING', details: { legacy_code: -2201 } });
    expect(auditActions(t).map((a) => a.action)).not.toContain('card.read-unverified');
  });

  it('where the site allows it, flags the read, audits it, and flags the person\'s settlement', async () => {
    const p = loadProfile('employee-account');
    const t = await counter('employee-account', { psam: false, config: { cardAllowUnverified: true } });
    const read = await t.call('POST', `/v1/readers/${READER_ID}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ card_verified: false, mdtrt_cert_type: '03', certno: p.ef06.idNumber, card: { authentication: { external: false, internal: false, verified: false } } });
    // the reader-DLL string has no terminal number: no PSAM took part
    expect(read.json().legacy.split('|')[9]).toBe('');
    expect(auditActions(t).find((a) => a.action === 'card.read-unverified')).toMatchObject({ subject: p.ef05.cardNumber });

    const cashier = await t.signIn('c1');
    const who = await t.call('POST', '/v1/persons/identify', { session: cashier, payload: { mdtrt_cert_type: '03', mdtrt_cert_no: p.ef05.cardNumber } });
    expect(who.statusCode).toBe(200);
    const psnNo = who.json().person.psn_no as string;
    const sale = await t.call('POST', '/v1/pharmacy/sales', { session: cashier, headers: { 'idempotency-key': 'unverified-1' }, payload: { psn_no: psnNo, lines: PHARMACY_LINES, mdtrt_cert_type: '03' } });
    expect(sale.statusCode).toBe(200);
    expect(sale.json()).toMatchObject({ card_unverified: true, mdtrt_cert_type: '03' });
    const wrongType = await t.call('POST', '/v1/pharmacy/sales', { session: cashier, headers: { 'idempotency-key': 'unverified-2' }, payload: { psn_no: psnNo, lines: PHARMACY_LINES, mdtrt_cert_type: '04' } });
    expect(wrongType.json()).toMatchObject({ code: 'GW_VALIDATION' });
    const setlId = sale.json().setl_id as string;
    expect(JSON.parse(auditActions(t).find((a) => a.action === 'settle' && a.subject === setlId)!.detail)).toMatchObject({ card_check: 'unverified' });
    // the flag is the row's, so a later query says it too
    expect((await t.call('GET', `/v1/settlements/${setlId}`)).json()).toMatchObject({ card_unverified: true });
  });

  it('a card read with the PSAM is verified and its settlements carry no flag', async () => {
    const p = loadProfile('employee-account');
    const t = await counter('employee-account', { config: { cardAllowUnverified: true } });
    const read = await t.call('POST', `/v1/readers/${READER_ID}/read`);
    expect(read.json()).toMatchObject({ card_verified: true, card: { authentication: { internal: true, verified: true } } });
    const cashier = await t.signIn('c1');
    const psnNo = await t.identify(p.ef06.idNumber, cashier);
    const sale = await t.call('POST', '/v1/pharmacy/sales', { session: cashier, headers: { 'idempotency-key': 'verified-1' }, payload: { psn_no: psnNo, lines: PHARMACY_LINES } });
    expect(sale.statusCode).toBe(200);
    expect(sale.json().card_unverified).toBeUndefined();
  });

  it.each([
    ['expired-card', 'GW_CARD_EXPIRED', -31],
    ['lost-card', 'GW_CARD_BLOCKLISTED', -32],
  ])('%s: %s with reader-DLL code %i', async (profile, code, legacy) => {
    const t = await counter(profile);
    if (profile === 'lost-card') {
      // the centre's blocklist reaches the gateway with the sync
      await t.gw.sync.syncNow();
    }
    const res = await t.call('POST', `/v1/readers/${READER_ID}/read`);
    expect(res.json()).toMatchObject({ code, details: { legacy_code: legacy, reader: USER } });
  });

  it('answers the insured region from DF04 and keeps the issuer region apart', async () => {
    const p = loadProfile('adult-resident');
    const t = await counter('adult-resident');
    const res = await t.call('POST', `/v1/readers/${READER_ID}/read`);
    expect(res.json()).toMatchObject({ insuplc_admdvs: p.df04.ef05.insuredRegion, card: { issuer_admdvs: p.ef05.cardIdCode.slice(0, 6), insured_admdvs: p.df04.ef05.insuredRegion } });
  });

  it('identify takes the read\'s own holder fields, and refuses them when they are someone else\'s', async () => {
    const p = loadProfile('adult-resident');
    const t = await counter('adult-resident');
    const read = (await t.call('POST', `/v1/readers/${READER_ID}/read`)).json();
    const cashier = await t.signIn('c1');
    const { mdtrt_cert_type, mdtrt_cert_no, card_sn, psn_cert_type, certno, psn_name } = read;
    const ok = await t.call('POST', '/v1/persons/identify', { session: cashier, payload: { mdtrt_cert_type, mdtrt_cert_no, card_sn, psn_cert_type, certno, psn_name } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().person).toMatchObject({ certno: p.ef06.idNumber });
    const other = await t.call('POST', '/v1/persons/identify', { session: cashier, payload: { mdtrt_cert_type, mdtrt_cert_no, certno: '152201198001011237' } });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.certno' } });
  });
});
