import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../store/db.ts';
import { OutboxStore } from '../store/outbox.ts';
import { AdjudicationOutcome } from '../../protocol/center/index.ts';
import { SqliteAdjudicationSink } from './store-adjudications.ts';
import { sqliteReconcileSource } from './store-reconcile-source.ts';
import { gatewaySide } from './reconcile.ts';

const { ADJUDICATION_OUTCOME_ACCEPTED: ACCEPTED, ADJUDICATION_OUTCOME_ADJUSTED: ADJUSTED, ADJUDICATION_OUTCOME_REJECTED: REJECTED } = AdjudicationOutcome;

/** A settlement row (or cancellation) with its outbox record, as the settle path writes them. */
function settle(db: Db, o: { setlId: string; recordId: string; at: string; insutype?: string; fen?: number; cancels?: string }): void {
  const fen = o.fen ?? 1000;
  db.prepare(`INSERT INTO settlements (setl_id, kind, original_setl_id, mdtrt_id, psn_no, insutype, med_type, idempotency_key, request_hash, policy_id,
      medfee_sumamt, fund_pay_sumamt, acct_pay, psn_cash_pay, offline, operator, record_id, result, created_at)
    VALUES (?, ?, ?, 'M1', 'P1', ?, 'pharmacy', ?, 'h', 'p', ?, ?, ?, ?, 0, 'op', ?, '{}', ?)`)
    .run(o.setlId, o.cancels ? 'cancellation' : 'settlement', o.cancels ?? null, o.insutype ?? 'employee', `k-${o.setlId}`, fen, Math.trunc(fen / 2), Math.trunc(fen / 4), fen - Math.trunc(fen / 2) - Math.trunc(fen / 4), o.recordId, o.at);
  const outbox = new OutboxStore(db);
  outbox.enqueue({ id: o.recordId, visitId: 'M1', seq: outbox.nextSeq('M1'), kind: 'settlement', payload: new Uint8Array([1]), createdAt: Date.parse(o.at) });
}

describe('SqliteAdjudicationSink', () => {
  it('stores a page and its cursor together; a later decision on the same record replaces the earlier one', () => {
    const db = openDatabase({ file: ':memory:' });
    const sink = new SqliteAdjudicationSink(db, () => 1_000);
    expect(sink.cursor()).toBe(0);
    sink.store([
      { recordId: 'R1', setlId: 'S1', outcome: ACCEPTED, decidedAtMs: Date.UTC(2026, 10, 22), cursor: 1 },
      {
        recordId: 'R2', setlId: 'S2', outcome: ADJUSTED, decidedAtMs: Date.UTC(2026, 10, 22), cursor: 2,
        adjusted: { medfeeSumamt: '1200.00', hifpPay: '0.00', psnCashPay: '1200.00' },
        lines: [{ feedetlSn: '7', outcome: REJECTED, code: 'APPROVAL_MISSING', reason: 'item over 1,000.00 yuan without prior approval', allowedAmt: '0.00' }],
      },
    ], 2);
    expect(sink.cursor()).toBe(2);
    expect(sink.forSettlement('S2')).toEqual({
      record_id: 'R2', setl_id: 'S2', outcome: 'adjusted', code: '', reason: '',
      adjusted: { medfee_sumamt: '1200.00', hifp_pay: '0.00', psn_cash_pay: '1200.00' },
      lines: [{ feedetl_sn: '7', outcome: 'rejected', code: 'APPROVAL_MISSING', reason: 'item over 1,000.00 yuan without prior approval', allowed_amt: '0.00' }],
      decided_at: '2026-11-22T00:00:00.000Z', cursor: 2,
    });
    sink.store([{ recordId: 'R1', setlId: 'S1', outcome: REJECTED, code: 'NOT_ELIGIBLE', reason: 'suspended', decidedAtMs: 5, cursor: 3 }], 3);
    expect(sink.forSettlement('S1')).toMatchObject({ outcome: 'rejected', code: 'NOT_ELIGIBLE', adjusted: null, cursor: 3 });
    expect(sink.since(0, 10).map((r) => r.record_id)).toEqual(['R2', 'R1']);
    expect(sink.since(2, 10).map((r) => r.record_id)).toEqual(['R1']);
    expect(sink.forSettlement('S-NONE')).toBeNull();
  });

  it('a page that fails to store leaves the cursor where it was (the page is asked for again)', () => {
    const db = openDatabase({ file: ':memory:' });
    const sink = new SqliteAdjudicationSink(db);
    sink.store([{ recordId: 'R1', setlId: 'S1', outcome: ACCEPTED, decidedAtMs: 1, cursor: 1 }], 1);
    db.exec(`CREATE TRIGGER fail_r3 BEFORE INSERT ON adjudications WHEN NEW.record_id = 'R3' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() => sink.store([{ recordId: 'R2', setlId: 'S2', outcome: ACCEPTED, decidedAtMs: 1, cursor: 2 }, { recordId: 'R3', setlId: 'S3', outcome: ACCEPTED, decidedAtMs: 1, cursor: 3 }], 3)).toThrow(/disk full/);
    expect(sink.cursor()).toBe(1);
    expect(sink.forSettlement('S2')).toBeNull();
  });

  it('uploadOf follows the settlement to its outbox record: pending, then rejected with the centre\'s code and reason', () => {
    const db = openDatabase({ file: ':memory:' });
    settle(db, { setlId: 'S1', recordId: 'R1', at: '2026-11-22T01:00:00.000Z' });
    const sink = new SqliteAdjudicationSink(db);
    expect(sink.uploadOf('S1')).toEqual({ status: 'pending', record_id: 'R1', code: null, reason: null, attempts: 0, settled_at: null, last_error: null });
    new OutboxStore(db).markRejected('R1', 'RECORD_TOO_OLD', 'settled 400 days ago', Date.UTC(2026, 10, 22, 2));
    expect(sink.uploadOf('S1')).toMatchObject({ status: 'rejected', code: 'RECORD_TOO_OLD', reason: 'settled 400 days ago', settled_at: '2026-11-22T02:00:00.000Z' });
    expect(sink.uploadOf('S-NONE')).toBeUndefined();
  });
});

describe('sqliteReconcileSource', () => {
  it('takes the rows of the CST day by created_at, centre insutype codes, cancellations negative', () => {
    const db = openDatabase({ file: ':memory:' });
    // 2026-11-22 CST = [2026-11-21T16:00Z, 2026-11-22T16:00Z)
    settle(db, { setlId: 'S0', recordId: 'R0', at: '2026-11-21T15:59:59.999Z' });
    settle(db, { setlId: 'S1', recordId: 'R1', at: '2026-11-21T16:00:00.000Z', fen: 5100 });
    settle(db, { setlId: 'S2', recordId: 'R2', at: '2026-11-22T03:00:00.000Z', insutype: 'resident', fen: 2200 });
    settle(db, { setlId: 'C1', recordId: 'R3', at: '2026-11-22T15:59:59.999Z', fen: -5100, cancels: 'S1' });
    settle(db, { setlId: 'S4', recordId: 'R4', at: '2026-11-22T16:00:00.000Z' });
    const from = Date.UTC(2026, 10, 21, 16);
    const entries = [...sqliteReconcileSource(db).settledBetween(from, from + 24 * 3600_000)];
    expect(entries.map((e) => [e.setlId, e.insutype, e.cancellation, e.medfeeFen])).toEqual([
      ['S1', '310', false, 5100], ['S2', '390', false, 2200], ['C1', '310', true, -5100],
    ]);
    expect(gatewaySide(entries).totals).toEqual([
      { insutype: '310', count: 0, medfeeSumamt: '0.00', fundPaySumamt: '0.00', acctPay: '0.00', psnCashPay: '0.00' },
      { insutype: '390', count: 1, medfeeSumamt: '22.00', fundPaySumamt: '11.00', acctPay: '5.50', psnCashPay: '5.50' },
    ]);
  });
});
