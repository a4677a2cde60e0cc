/**
 * Migration 5: a settlement's lines live in its own row (compact JSON), their splits in its
 * result; `lines()` answers the same shape for those rows and for rows written before, whose
 * lines are in settlement_lines.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db.ts';
import { SettlementStore, type SettlementRow } from './settlements.ts';

const split = (sn: string, selfpay: string) => ({ feedetl_sn: sn, med_list_name: `drug ${sn}`, chrgitm_lv: '01', fulamt_ownpay_amt: selfpay });

function row(setlId: string, lines: unknown[]): SettlementRow {
  return {
    setl_id: setlId, kind: 'settlement', original_setl_id: null, mdtrt_id: `M${setlId}`, psn_no: 'P1', insutype: 'resident', med_type: 'pharmacy',
    idempotency_key: `k-${setlId}`, request_hash: 'h', policy_id: 'p', medfee_sumamt: 2600, fund_pay_sumamt: 0, acct_pay: 0, psn_cash_pay: 2600,
    offline: 0, operator: 'op', session_id: 's', record_id: `r-${setlId}`, medins_setl_id: null, reason: null, approvals: null,
    result: JSON.stringify({ lines }), created_at: '2026-11-01T00:00:00.000Z',
  };
}

describe('settlement lines', () => {
  it('are one column of the settlement row, read back with their splits in the order sent', () => {
    const db = openDatabase({ file: ':memory:' });
    const store = new SettlementStore(db);
    store.insert(row('S1', [split('b', '0.00'), split('a', '10.00')]), [
      { feedetl_sn: 'b', med_list_codg: 'DRG-A-0001', cnt: '2', pric: '8.00', det_item_fee_sumamt: 1600, hosp_appr_flag: '0' },
      { feedetl_sn: 'a', med_list_codg: 'DRG-C-0001', cnt: '1', pric: '10.00', det_item_fee_sumamt: 1000, hosp_appr_flag: '1' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM settlement_lines').get()).toEqual({ n: 0 });
    expect(store.lines('S1')).toEqual([
      { feedetl_sn: 'b', med_list_codg: 'DRG-A-0001', cnt: '2', pric: '8.00', det_item_fee_sumamt: 1600, split: JSON.stringify(split('b', '0.00')) },
      { feedetl_sn: 'a', med_list_codg: 'DRG-C-0001', cnt: '1', pric: '10.00', det_item_fee_sumamt: 1000, split: JSON.stringify(split('a', '10.00')) },
    ]);
    expect(store.byId('S1')?.lines).toBe('[["b","DRG-A-0001","2","8.00",1600,"0"],["a","DRG-C-0001","1","10.00",1000,"1"]]');
  });

  it('of a settlement written before migration 5 are still read from settlement_lines', () => {
    const db = openDatabase({ file: ':memory:' });
    const store = new SettlementStore(db);
    store.insert(row('S0', [split('1', '0.00')]), []);
    db.prepare('INSERT INTO settlement_lines (setl_id, feedetl_sn, med_list_codg, cnt, pric, det_item_fee_sumamt, split) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('S0', '1', 'DRG-A-0001', '2', '8.00', 1600, '{"old":true}');
    expect(store.lines('S0')).toEqual([{ feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '2', pric: '8.00', det_item_fee_sumamt: 1600, split: '{"old":true}' }]);
  });
});
