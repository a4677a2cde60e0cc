import { describe, expect, it } from 'vitest';
import { MismatchKind, pb, ReconcileResult } from '../../protocol/center/index.ts';
import { cstPeriod, formatReconcileReport, gatewaySide, reconcilePeriod, toReport, type ReconcileEntry } from './reconcile.ts';

const entries: ReconcileEntry[] = [
  { recordId: 'a', setlId: 'S-a', insutype: '390', cancellation: false, medfeeFen: 10_000, fundFen: 6_000, acctFen: 0, cashFen: 4_000 },
  { recordId: 'b', setlId: 'S-b', insutype: '310', cancellation: false, medfeeFen: 20_050, fundFen: 12_030, acctFen: 5_000, cashFen: 3_020 },
  { recordId: 'ca', setlId: 'C-a', insutype: '390', cancellation: true, medfeeFen: -10_000, fundFen: -6_000, acctFen: 0, cashFen: -4_000 },
];

describe('reconciliation (gateway side)', () => {
  it('CST days: 2026-11-22 runs from 16:00 UTC on the 21st to 16:00 UTC on the 22nd', () => {
    expect(cstPeriod('2026-11-22', '2026-11-22')).toEqual({ fromMs: Date.UTC(2026, 10, 21, 16), toMs: Date.UTC(2026, 10, 22, 16) });
    expect(() => cstPeriod('2026-11-23', '2026-11-22')).toThrow(/ends/);
    expect(() => cstPeriod('22/11/2026', '2026-11-22')).toThrow(/yyyy-MM-dd/);
  });

  it('totals per insurance type: a cancellation counts −1 and cancels its amounts', () => {
    const { totals, detail } = gatewaySide(entries);
    expect(totals).toEqual([
      { insutype: '310', count: 1, medfeeSumamt: '200.50', fundPaySumamt: '120.30', acctPay: '50.00', psnCashPay: '30.20' },
      { insutype: '390', count: 0, medfeeSumamt: '0.00', fundPaySumamt: '0.00', acctPay: '0.00', psnCashPay: '0.00' },
    ]);
    expect(detail.map((d) => [d.recordId, d.medfeeSumamt])).toEqual([['a', '100.00'], ['b', '200.50'], ['ca', '-100.00']]);
  });

  it('asks the source for the period and sends totals with detail', async () => {
    let asked: [number, number] | undefined;
    let sent: unknown;
    const report = await reconcilePeriod(
      { reconcile: async (req) => {
        sent = req;
        return pb.ReconcileReply.create({ result: ReconcileResult.RECONCILE_RESULT_MATCH, centreTotals: gatewaySide(entries).totals });
      } },
      { settledBetween: (from, to) => {
        asked = [from, to];
        return entries;
      } },
      { start: '2026-11-22', end: '2026-11-23' },
    );
    expect(asked).toEqual([Date.UTC(2026, 10, 21, 16), Date.UTC(2026, 10, 23, 16)]);
    expect(sent).toMatchObject({ periodStart: '2026-11-22', periodEnd: '2026-11-23' });
    expect((sent as { detail: unknown[] }).detail).toHaveLength(3);
    expect(report.result).toBe('match');
  });

  it('reports differing totals and each mismatched record, printably', () => {
    const ours = gatewaySide(entries).totals;
    const [t310, t390] = ours;
    if (!t310 || !t390) throw new Error('two insurance types expected');
    const centreTotals = [t310, { ...t390, count: 1, medfeeSumamt: '100.00', fundPaySumamt: '60.00', psnCashPay: '40.00' }];
    const reply = pb.ReconcileReply.create({
      result: ReconcileResult.RECONCILE_RESULT_MISMATCH,
      centreTotals,
      mismatches: [{ recordId: 'ca', kind: MismatchKind.MISMATCH_KIND_MISSING_AT_CENTRE, gateway: gatewaySide(entries).detail[2] }],
    });
    const report = toReport('2026-11-22', '2026-11-22', ours, reply, true);
    expect(report.result).toBe('mismatch');
    expect(report.totals.map((t) => [t.insutype, t.differs])).toEqual([['310', false], ['390', true]]);
    expect(report.mismatches).toEqual([{ recordId: 'ca', kind: 'missing-at-centre', gateway: expect.objectContaining({ medfeeSumamt: '-100.00' }), centre: null }]);
    const text = formatReconcileReport(report);
    expect(text).toContain('不一致 MISMATCH');
    expect(text).toContain('ca  中心无此记录 missing at the centre  gateway -100.00/-60.00/0.00/-40.00');
    expect(text).toMatch(/390 城乡居民基本医疗保险 residents' basic \| 中心 centre \| 1 \| 100.00 .*← 不一致 differs/);
  });

  it('a centre that says MATCH while its totals differ is still a mismatch', () => {
    const ours = gatewaySide(entries).totals;
    const reply = pb.ReconcileReply.create({ result: ReconcileResult.RECONCILE_RESULT_MATCH, centreTotals: ours.slice(0, 1) });
    expect(toReport('2026-11-22', '2026-11-22', ours, reply, false).result).toBe('mismatch');
  });
});
