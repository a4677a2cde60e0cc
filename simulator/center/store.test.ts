import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AckStatus, AdjudicationOutcome, addYuan, encodeRecord, MismatchKind, pb, ReconcileResult, type RecordInput } from '../../protocol/center/index.ts';
import { cancellationRecord, FIXTURE_DAY, FIXTURE_DAY_START, FIXTURE_TIME, settlementRecord } from '../../test/center/fixtures.ts';
import { Population, SEED_PERSONS } from './population.ts';
import { CentreStore, checkAmounts } from './store.ts';

const G = 'GW-1';
const T0 = FIXTURE_TIME; // 10:00 CST today

function store(file = ':memory:'): CentreStore {
  return new CentreStore(file, new Population(SEED_PERSONS));
}

function ingest(s: CentreStore, records: RecordInput[], gateway = G) {
  return s.ingest(gateway, records.map((r) => {
    const raw = encodeRecord(r);
    return { raw, msg: pb.Record.decode(raw) };
  }), T0);
}

describe('CentreStore', () => {
  it('is idempotent on record id: a resend is DUPLICATE and stored once', () => {
    const s = store();
    const r = settlementRecord({ recordId: 'r1', visitId: 'V1', seq: 1, totalFen: 10_000 });
    expect(ingest(s, [r]).acks).toMatchObject([{ recordId: 'r1', status: AckStatus.ACK_STATUS_ACCEPTED }]);
    expect(ingest(s, [r]).acks).toMatchObject([{ recordId: 'r1', status: AckStatus.ACK_STATUS_DUPLICATE }]);
    expect(s.records()).toHaveLength(1);
    expect(s.records()[0]?.receipts).toBe(2);
    expect(s.summary()).toMatchObject({ records: 1, duplicatesReceived: 1 });
    // Another gateway may use the same record id: ids are per gateway.
    expect(ingest(s, [r], 'GW-2').acks[0]?.status).toBe(AckStatus.ACK_STATUS_ACCEPTED);
  });

  it('rejects broken invariants and answers the same rejection to a resend', () => {
    const s = store();
    const r = settlementRecord({ recordId: 'bad', visitId: 'V1', seq: 1, totalFen: 10_000 });
    const amounts = r.settlement?.amounts;
    if (amounts) amounts.psnCashPay = addYuan(amounts.psnCashPay ?? '0.00', '0.01');
    const first = ingest(s, [r]).acks[0];
    expect(first).toMatchObject({ status: AckStatus.ACK_STATUS_REJECTED, code: 'AMOUNTS_INCONSISTENT' });
    expect(first?.reason).toMatch(/acct_pay \+ psn_cash_pay/);
    expect(ingest(s, [r]).acks[0]).toMatchObject({ status: AckStatus.ACK_STATUS_REJECTED, code: 'AMOUNTS_INCONSISTENT' });
    expect(s.records()).toHaveLength(1);
  });

  it('rejects lines that do not add up to the total', () => {
    const r = settlementRecord({ recordId: 'l', visitId: 'V1', seq: 1, totalFen: 10_000 });
    const line = r.settlement?.lines?.[0];
    if (line) line.detItemFeeSumamt = '1.00';
    expect(ingest(store(), [r]).acks[0]).toMatchObject({ code: 'LINES_DO_NOT_ADD_UP' });
  });

  it('checkAmounts names the broken rule', () => {
    expect(checkAmounts(undefined)).toBe('amounts missing');
    expect(checkAmounts({ medfeeSumamt: '1.0', fundPaySumamt: '0.00', psnPartAmt: '1.00', acctPay: '0.00', psnCashPay: '1.00' })).toMatch(/medfeeSumamt is not/);
    expect(checkAmounts({ medfeeSumamt: '1.00', fundPaySumamt: '0.50', psnPartAmt: '0.49', acctPay: '0.00', psnCashPay: '0.49' })).toMatch(/fund_pay_sumamt \+ psn_part_amt/);
    expect(checkAmounts({ medfeeSumamt: '1.00', fundPaySumamt: '0.50', psnPartAmt: '0.50', acctPay: '0.20', psnCashPay: '0.30' })).toBeUndefined();
  });

  it('applies a visit in seq order: an early record is left unacknowledged and counted', () => {
    const s = store();
    const r1 = settlementRecord({ recordId: 'a1', visitId: 'V', seq: 1, totalFen: 100 });
    const r2 = settlementRecord({ recordId: 'a2', visitId: 'V', seq: 2, totalFen: 200 });
    expect(ingest(s, [r2]).acks).toEqual([]);
    expect(s.summary()).toMatchObject({ outOfOrder: 1, records: 0 });
    expect(ingest(s, [r1, r2]).acks.map((a) => a.recordId)).toEqual(['a1', 'a2']);
  });

  it('cancellations: of a held settlement once; unknown or repeated ones are rejected', () => {
    const s = store();
    const orig = settlementRecord({ recordId: 's1', visitId: 'V', seq: 1, totalFen: 5_000 });
    const cancel = cancellationRecord('c1', 'V', 2, orig);
    const again = cancellationRecord('c2', 'V', 3, orig);
    const stray = cancellationRecord('c3', 'W', 1, settlementRecord({ recordId: 'nope', visitId: 'W', seq: 1, totalFen: 1 }));
    const acks = ingest(s, [orig, cancel, again, stray]).acks;
    expect(acks.map((a) => [a.recordId, a.status, a.code ?? ''])).toEqual([
      ['s1', AckStatus.ACK_STATUS_ACCEPTED, ''],
      ['c1', AckStatus.ACK_STATUS_ACCEPTED, ''],
      ['c2', AckStatus.ACK_STATUS_REJECTED, 'ALREADY_CANCELLED'],
      ['c3', AckStatus.ACK_STATUS_REJECTED, 'ORIGINAL_UNKNOWN'],
    ]);
    // Consistent amounts, but of another total than the original's.
    const wrong = cancellationRecord('c4', 'X', 2, settlementRecord({ recordId: 's1', visitId: 'X', seq: 1, totalFen: 4_000 }));
    const s2 = store();
    ingest(s2, [{ ...orig, visitId: 'X' }]);
    expect(ingest(s2, [wrong]).acks[0]).toMatchObject({ code: 'AMOUNTS_MISMATCH' });
  });

  it('adjudicates: accepted, adjusted for an unapproved item over 1,000 yuan, rejected offline for a suspended person', () => {
    const s = store();
    const ok = settlementRecord({ recordId: 'ok', visitId: 'A', seq: 1, totalFen: 50_000 });
    const big = settlementRecord({ recordId: 'big', visitId: 'B', seq: 1, totalFen: 300_000, lines: 2 });
    const approved = settlementRecord({ recordId: 'appr', visitId: 'C', seq: 1, totalFen: 300_000, approval: true });
    const lapsed = settlementRecord({ recordId: 'lapsed', visitId: 'D', seq: 1, totalFen: 1_000, offline: true, psnNo: '15220100000000000004' });
    ingest(s, [ok, big, approved, lapsed]);
    const page = s.adjudications(G, 0, 10);
    const byId = new Map(page.results.map((r) => [r.recordId, r]));
    expect(byId.get('ok')?.outcome).toBe(AdjudicationOutcome.ADJUDICATION_OUTCOME_ACCEPTED);
    expect(byId.get('appr')?.outcome).toBe(AdjudicationOutcome.ADJUDICATION_OUTCOME_ACCEPTED);
    expect(byId.get('lapsed')).toMatchObject({ outcome: AdjudicationOutcome.ADJUDICATION_OUTCOME_REJECTED, code: 'NOT_ELIGIBLE' });
    const adj = byId.get('big');
    expect(adj?.outcome).toBe(AdjudicationOutcome.ADJUDICATION_OUTCOME_ADJUSTED);
    expect(adj?.lines).toHaveLength(2);
    // Both lines (1,500.00 each) are disallowed: the whole fund share (1,800.00) moves to cash.
    expect(adj?.adjusted).toMatchObject({ medfeeSumamt: '3000.00', fundPaySumamt: '0.00', hifpPay: '0.00', psnPartAmt: '3000.00', psnCashPay: '3000.00' });
    expect(checkAmounts(adj?.adjusted ?? undefined)).toBeUndefined();
  });

  it('pages adjudications by cursor', () => {
    const s = store();
    ingest(s, Array.from({ length: 5 }, (_, i) => settlementRecord({ recordId: `p${i}`, visitId: `V${i}`, seq: 1, totalFen: 100 })));
    const first = s.adjudications(G, 0, 2);
    expect(first.results.map((r) => r.recordId)).toEqual(['p0', 'p1']);
    expect(first.more).toBe(true);
    const rest = s.adjudications(G, Number(first.nextCursor), 10);
    expect(rest.results.map((r) => r.recordId)).toEqual(['p2', 'p3', 'p4']);
    expect(rest.more).toBe(false);
    expect(s.adjudications('GW-other', 0, 10).results).toEqual([]);
  });

  it('reconciles totals and detail for CST days', () => {
    const s = store();
    const a = settlementRecord({ recordId: 'a', visitId: 'A', seq: 1, totalFen: 10_000 });
    const b = settlementRecord({ recordId: 'b', visitId: 'B', seq: 1, totalFen: 20_000, insutype: '310' });
    // 23:30 CST is still the day; 00:30 CST the next day is not.
    const late = settlementRecord({ recordId: 'late', visitId: 'L', seq: 1, totalFen: 1_000, createdAt: FIXTURE_DAY_START + 23.5 * 3600_000 });
    const next = settlementRecord({ recordId: 'next', visitId: 'N', seq: 1, totalFen: 1_000, createdAt: FIXTURE_DAY_START + 24.5 * 3600_000 });
    ingest(s, [a, b, late, next, cancellationRecord('ca', 'A', 2, a)]);
    const reply = s.reconcile(G, { periodStart: FIXTURE_DAY, periodEnd: FIXTURE_DAY });
    expect(reply.centreTotals.map((t) => [t.insutype, t.count, t.medfeeSumamt])).toEqual([['310', 1, '200.00'], ['390', 1, '10.00']]);
    const good = s.reconcile(G, { periodStart: FIXTURE_DAY, periodEnd: FIXTURE_DAY, totals: reply.centreTotals });
    expect(good.result).toBe(ReconcileResult.RECONCILE_RESULT_MATCH);
    const detail = [
      { recordId: 'a', medfeeSumamt: '100.00', fundPaySumamt: '60.00', acctPay: '0.00', psnCashPay: '40.00' },
      { recordId: 'ca', cancellation: true, medfeeSumamt: '-100.00', fundPaySumamt: '-60.00', acctPay: '0.00', psnCashPay: '-40.00' },
      { recordId: 'b', medfeeSumamt: '200.01', fundPaySumamt: '120.00', acctPay: '0.00', psnCashPay: '80.01' },
      { recordId: 'ghost', medfeeSumamt: '1.00', fundPaySumamt: '0.60', acctPay: '0.00', psnCashPay: '0.40' },
    ];
    const bad = s.reconcile(G, { periodStart: FIXTURE_DAY, periodEnd: FIXTURE_DAY, totals: reply.centreTotals, detail });
    expect(bad.result).toBe(ReconcileResult.RECONCILE_RESULT_MISMATCH);
    expect(bad.mismatches.map((m) => [m.recordId, m.kind])).toEqual([
      ['b', MismatchKind.MISMATCH_KIND_AMOUNTS_DIFFER],
      ['ghost', MismatchKind.MISMATCH_KIND_MISSING_AT_CENTRE],
      ['late', MismatchKind.MISMATCH_KIND_MISSING_AT_GATEWAY],
    ]);
  });

  it('age window: older than 90 days or post-dated by more than 2 days is rejected', () => {
    const s = store();
    const old = settlementRecord({ recordId: 'old', visitId: 'O', seq: 1, totalFen: 100, createdAt: T0 - 91 * 24 * 3600_000 });
    const ahead = settlementRecord({ recordId: 'ahead', visitId: 'A', seq: 1, totalFen: 100, createdAt: T0 + 3 * 24 * 3600_000 });
    const edge = settlementRecord({ recordId: 'edge', visitId: 'E', seq: 1, totalFen: 100, createdAt: T0 - 89 * 24 * 3600_000 });
    expect(ingest(s, [old, ahead, edge]).acks.map((a) => [a.recordId, a.code ?? ''])).toEqual([['old', 'RECORD_TOO_OLD'], ['ahead', 'RECORD_POST_DATED'], ['edge', '']]);
    const open = new CentreStore(':memory:', new Population(SEED_PERSONS), false);
    expect(ingest(open, [old]).acks[0]?.status).toBe(AckStatus.ACK_STATUS_ACCEPTED);
  });

  it('survives a restart: the file keeps every record and counter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'centre-store-'));
    try {
      const file = join(dir, 'center.sqlite');
      const s1 = store(file);
      ingest(s1, [settlementRecord({ recordId: 'keep', visitId: 'V', seq: 1, totalFen: 100 })]);
      s1.close();
      const s2 = store(file);
      expect(ingest(s2, [settlementRecord({ recordId: 'keep', visitId: 'V', seq: 1, totalFen: 100 })]).acks[0]?.status).toBe(AckStatus.ACK_STATUS_DUPLICATE);
      expect(s2.records()).toHaveLength(1);
      s2.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
