/**
 * The settle path's budget and offline seam, with the centre replaced by a confirm function:
 * a silent centre makes the settlement offline (flagged on the row) when the gate allows,
 * and refused with GW_OFFLINE_NOT_ALLOWED — nothing written — when it does not.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/db.ts';
import { PersonStore } from '../store/persons.ts';
import { defaultEngineContext } from '../engine/index.ts';
import { PHARMACY_FACTS, SettlementService } from './service.ts';
import type { OfflineGate } from './offline-gate.ts';

const operator = { id: 'c1', role: 'cashier' as const, session_id: 's1', client_id: 'k1' };
const lines = [{ feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '20', pric: '0.80', det_item_fee_sumamt: '16.00' }];

function setup(gate?: OfflineGate, budgetMs = 1000) {
  const db = openDatabase({ file: ':memory:' });
  new PersonStore(db).upsert({
    psn_no: 'P1', certno: '152201198001011237', psn_name: '张三', card_no: null, insutype: 'resident', insuplc_admdvs: '152201',
    birth_date: '1980-01-01', category: 'adult', contribution_years: 4, blood_disease: false, account_balance_fen: 0,
  });
  const budgets: number[] = [];
  const service = new SettlementService({
    db, engine: defaultEngineContext(), facility: { fixmedinsCode: 'H1', level: 3, admdvs: '152201' }, budgetMs,
    confirm: async (_psn, budget) => { budgets.push(budget); return { online: false, lastOnlineAt: null }; },
    ...(gate ? { offlineGate: gate } : {}),
  });
  return { db, service, budgets };
}

describe('settle budget and the offline gate', () => {
  it('gives the centre at most 60 % of the budget and flags an offline settlement', async () => {
    const { db, service, budgets } = setup(undefined, 1000);
    const view = await service.pharmacySale('k1', { psn_no: 'P1', lines }, operator);
    expect(budgets[0]).toBeLessThanOrEqual(600);
    expect(view.offline).toBe(true);
    expect(db.prepare('SELECT offline FROM settlements').get()).toEqual({ offline: 1 });
  });

  it('refuses when the gate says no, and writes nothing', async () => {
    const seen: number[] = [];
    const gate: OfflineGate = { decide: (r) => { seen.push(r.fund_pay_fen); return { kind: 'refused', reason: 'offline amount limit reached', limit: 'per_person_amount' }; } };
    const { db, service } = setup(gate);
    await expect(service.pharmacySale('k1', { psn_no: 'P1', lines }, operator)).rejects.toMatchObject({ code: 'GW_OFFLINE_NOT_ALLOWED', details: { limit: 'per_person_amount' } });
    expect(seen).toHaveLength(1);
    expect(db.prepare('SELECT (SELECT count(*) FROM settlements) + (SELECT count(*) FROM outbox) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM accumulator_deltas) AS n').get()).toEqual({ n: 0 });
  });
});

describe('the hospital calendar', () => {
  it('settles at 07:30 on 1 January in Beijing (23:30 UTC the day before) in the new benefit year', async () => {
    const db = openDatabase({ file: ':memory:' });
    const persons = new PersonStore(db);
    persons.upsert({
      psn_no: 'P1', certno: '152201198001011237', psn_name: '张三', card_no: null, insutype: 'resident', insuplc_admdvs: '152201',
      birth_date: '1980-01-01', category: 'adult', contribution_years: 4, blood_disease: false, account_balance_fen: 0,
    });
    // Last year's accumulators carry 3,000.00 of pooled fund paid; the new year starts from nothing.
    persons.putSnapshot('P1', 2026, { ...persons.accumulators('P1', 2026), hifp_paid: '3000.00' });
    const at = new Date('2026-12-31T23:30:00Z');
    const service = new SettlementService({
      db, engine: defaultEngineContext(), facility: { fixmedinsCode: 'H1', level: 3, admdvs: '152201' },
      now: () => at,
    });
    const { request } = service.buildRequest(persons.get('P1')!, PHARMACY_FACTS, lines, false, at);
    expect(request.settle_date).toBe('2027-01-01');
    expect(request.accumulators).toMatchObject({ hifp_paid: '0.00' });
    const view = await service.pharmacySale('k1', { psn_no: 'P1', lines }, operator);
    expect(view.result.benefit_year).toBe(2027);
    expect(db.prepare('SELECT year FROM accumulator_deltas').all()).toEqual([{ year: 2027 }]);
  });
});
