/**
 * Money moves inside the transaction that records it: concurrent sales from one personal
 * account never pay more than its balance, and concurrent offline sales never pass the
 * offline limits. Each sale is priced against the balance and accumulators committed before
 * it (the commit prices again when they moved), so late sales pay cash rather than fail.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LI_SI, startTestGateway, type TestGateway } from '../api/support.ts';
import { toFen } from '../../protocol/money.ts';

let t: TestGateway | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const LINE_70 = [{ feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '70', pric: '1.00', det_item_fee_sumamt: '70.00' }];

describe('concurrent sales from one account', () => {
  it('never pay more than the balance, and the balance never goes below zero', async () => {
    t = await startTestGateway();
    const session = await t.signIn('conc-01');
    const psn = await t.identify(LI_SI, session);
    const before = t.gw.api.settlements.persons.get(psn)!.account_balance_fen;
    expect(before).toBe(123_456);

    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => t!.call('POST', '/v1/pharmacy/sales', {
      session, headers: { 'idempotency-key': `conc-${i}` }, payload: { psn_no: psn, lines: LINE_70 },
    })));
    for (const a of answers) expect(a.statusCode, a.body).toBe(200);
    const paid = answers.map((a) => a.json().result.setlinfo as { acct_pay: string; psn_cash_pay: string; fund_pay_sumamt: string; medfee_sumamt: string });
    const acctPaid = paid.reduce((s, p) => s + toFen(p.acct_pay), 0);
    expect(acctPaid).toBeLessThanOrEqual(before);
    // Every sale still balances: funds + account + cash = the bill.
    for (const p of paid) expect(toFen(p.fund_pay_sumamt) + toFen(p.acct_pay) + toFen(p.psn_cash_pay)).toBe(toFen(p.medfee_sumamt));

    const after = t.gw.api.settlements.persons.get(psn)!.account_balance_fen;
    expect(after).toBeGreaterThanOrEqual(0);
    expect(after).toBe(before - acctPaid);
    // What the store holds agrees with what the HIS was told.
    const stored = t.gw.db.prepare("SELECT sum(acct_pay) AS s, count(*) AS n FROM settlements WHERE psn_no = ? AND kind = 'settlement'").get(psn) as { s: number; n: number };
    expect(stored).toEqual({ s: acctPaid, n: 30 });
  });

  it('a debit larger than the balance is refused by the store itself', async () => {
    t = await startTestGateway();
    const session = await t.signIn('conc-02');
    const psn = await t.identify(LI_SI, session);
    const persons = t.gw.api.settlements.persons;
    expect(() => t!.gw.db.transaction(() => persons.debitAccount(psn, 123_457))()).toThrow(expect.objectContaining({ code: 'GW_ACCOUNT_OVERDRAWN' }));
    expect(persons.get(psn)!.account_balance_fen).toBe(123_456);
  });
});

describe('concurrent offline sales', () => {
  it('never pass the gateway\'s offline count, however many arrive at once', async () => {
    t = await startTestGateway({ settleBudgetMs: 300, personFreshMs: 0, offlineGatewayMaxCount: 4, offlinePersonMaxCount: 100, offlinePersonMaxFundFen: 100_000_000, offlineFloorFen: 100_000_000 });
    const session = await t.signIn('conc-03');
    const psn = await t.identify(LI_SI, session);
    // One online settlement first: the gateway has been online, so offline settling may start.
    const first = await t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': 'online-0' }, payload: { psn_no: psn, lines: LINE_70 } });
    expect(first.json().offline).toBe(false);
    t.center.setFaults({ outageSeconds: 3600 });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => t!.call('POST', '/v1/pharmacy/sales', {
      session, headers: { 'idempotency-key': `offline-${i}` }, payload: { psn_no: psn, lines: LINE_70 },
    })));
    const ok = answers.filter((a) => a.statusCode === 200);
    expect(ok.every((a) => a.json().offline === true)).toBe(true);
    expect(ok).toHaveLength(4);
    for (const a of answers.filter((x) => x.statusCode !== 200)) expect(a.json()).toMatchObject({ code: 'GW_OFFLINE_NOT_ALLOWED', details: { limit: 'gateway count 4' } });
    expect(t.gw.db.prepare('SELECT count(*) AS n FROM settlements WHERE offline = 1').get()).toEqual({ n: 4 });
  });
});
