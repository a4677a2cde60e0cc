/**
 * Reconciliation with the centre (national interface 3201 totals / 3202 detail;
 * protocol/center/README.md "Reconciliation"): the gateway's totals per insurance type for a
 * period of China Standard Time days, optionally with every record, compared by the centre;
 * the answer becomes a report the insurance office can print.
 *
 * Settlements count +1 and cancellations −1; a cancellation's amounts are negative, so a
 * cancelled settlement contributes 0 to every sum. Amounts are summed in integer fen.
 */
import { fromFen } from '../../protocol/money.ts';
import { MismatchKind, ReconcileResult, type ReconcileReplyMsg, type yibao } from '../../protocol/center/index.ts';
import type { CenterClient, CallOptions } from './client.ts';

type DetailLine = yibao.center.v1.DetailLine.$Properties;
type Totals = yibao.center.v1.Totals.$Properties;

/** One settlement or cancellation as the gateway's store holds it (amounts in fen, negative on a cancellation). */
export interface ReconcileEntry {
  readonly recordId: string;
  readonly setlId: string;
  /** Centre code: "310", "390" … */
  readonly insutype: string;
  readonly cancellation: boolean;
  readonly medfeeFen: number;
  readonly fundFen: number;
  readonly acctFen: number;
  readonly cashFen: number;
}

/** The gateway side of a reconciliation (types only; the lead's store implements it). */
export interface ReconcileSource {
  /** Entries whose settlement (or cancellation) time t is fromMs ≤ t < toMs — the times sent in the records. */
  settledBetween(fromMs: number, toMs: number): Iterable<ReconcileEntry>;
}

const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** [start 00:00 CST, end+1 00:00 CST) as Unix ms; dates are yyyy-MM-dd. */
export function cstPeriod(start: string, end: string): { fromMs: number; toMs: number } {
  const day = (d: string): number => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    if (!m) throw new RangeError(`not a yyyy-MM-dd date: ${JSON.stringify(d)}`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - CST_OFFSET_MS;
  };
  const fromMs = day(start);
  const toMs = day(end) + DAY_MS;
  if (toMs <= fromMs) throw new RangeError(`period ends (${end}) before it starts (${start})`);
  return { fromMs, toMs };
}

export interface TotalsRow {
  readonly insutype: string;
  readonly count: number;
  readonly medfee: string;
  readonly fund: string;
  readonly acct: string;
  readonly cash: string;
}

export type MismatchKindName = 'missing-at-centre' | 'missing-at-gateway' | 'amounts-differ';

export interface ReconcileReport {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly result: 'match' | 'mismatch';
  /** Per insurance type, both sides; `differs` when any figure differs. */
  readonly totals: readonly { readonly insutype: string; readonly gateway: TotalsRow | null; readonly centre: TotalsRow | null; readonly differs: boolean }[];
  readonly mismatches: readonly { readonly recordId: string; readonly kind: MismatchKindName; readonly gateway: DetailLine | null; readonly centre: DetailLine | null }[];
  readonly detailCompared: boolean;
}

/** Sums the source's entries per insurance type, and lists them as detail lines. */
export function gatewaySide(entries: Iterable<ReconcileEntry>): { totals: Totals[]; detail: DetailLine[] } {
  const sums = new Map<string, { count: number; medfee: number; fund: number; acct: number; cash: number }>();
  const detail: DetailLine[] = [];
  for (const e of entries) {
    const t = sums.get(e.insutype) ?? { count: 0, medfee: 0, fund: 0, acct: 0, cash: 0 };
    t.count += e.cancellation ? -1 : 1;
    t.medfee += e.medfeeFen;
    t.fund += e.fundFen;
    t.acct += e.acctFen;
    t.cash += e.cashFen;
    sums.set(e.insutype, t);
    detail.push({ recordId: e.recordId, setlId: e.setlId, insutype: e.insutype, cancellation: e.cancellation, medfeeSumamt: fromFen(e.medfeeFen), fundPaySumamt: fromFen(e.fundFen), acctPay: fromFen(e.acctFen), psnCashPay: fromFen(e.cashFen) });
  }
  const totals = [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([insutype, t]) => ({ insutype, count: t.count, medfeeSumamt: fromFen(t.medfee), fundPaySumamt: fromFen(t.fund), acctPay: fromFen(t.acct), psnCashPay: fromFen(t.cash) }));
  return { totals, detail };
}

/** Sends the period's totals (and detail when asked) and turns the centre's answer into a report. */
export async function reconcilePeriod(
  client: Pick<CenterClient, 'reconcile'>,
  source: ReconcileSource,
  period: { readonly start: string; readonly end: string; readonly detail?: boolean },
  call: CallOptions = {},
): Promise<ReconcileReport> {
  const { fromMs, toMs } = cstPeriod(period.start, period.end);
  const ours = gatewaySide(source.settledBetween(fromMs, toMs));
  const detail = period.detail ?? true;
  const reply = await client.reconcile({ periodStart: period.start, periodEnd: period.end, totals: ours.totals, detail: detail ? ours.detail : [] }, call);
  return toReport(period.start, period.end, ours.totals, reply, detail);
}

export function toReport(periodStart: string, periodEnd: string, gatewayTotals: readonly Totals[], reply: ReconcileReplyMsg, detailCompared: boolean): ReconcileReport {
  const row = (t: Totals | undefined): TotalsRow | null => (t ? { insutype: t.insutype ?? '', count: t.count ?? 0, medfee: t.medfeeSumamt || '0.00', fund: t.fundPaySumamt || '0.00', acct: t.acctPay || '0.00', cash: t.psnCashPay || '0.00' } : null);
  const types = [...new Set([...gatewayTotals.map((t) => t.insutype ?? ''), ...reply.centreTotals.map((t) => t.insutype ?? '')])].sort();
  const totals = types.map((insutype) => {
    const gateway = row(gatewayTotals.find((t) => t.insutype === insutype));
    const centre = row(reply.centreTotals.find((t) => t.insutype === insutype));
    return { insutype, gateway, centre, differs: JSON.stringify(gateway) !== JSON.stringify(centre) };
  });
  const kindName = (k: number | null | undefined): MismatchKindName => {
    switch (k) {
      case MismatchKind.MISMATCH_KIND_MISSING_AT_CENTRE:
        return 'missing-at-centre';
      case MismatchKind.MISMATCH_KIND_MISSING_AT_GATEWAY:
        return 'missing-at-gateway';
      default:
        return 'amounts-differ';
    }
  };
  const mismatches = reply.mismatches.map((m) => ({ recordId: m.recordId ?? '', kind: kindName(m.kind), gateway: m.gateway ?? null, centre: m.centre ?? null }));
  const result = reply.result === ReconcileResult.RECONCILE_RESULT_MATCH && totals.every((t) => !t.differs) && mismatches.length === 0 ? 'match' : 'mismatch';
  return { periodStart, periodEnd, result, totals, mismatches, detailCompared };
}

const INSUTYPE_NAMES: Record<string, string> = { '310': '职工基本医疗保险 employees\' basic', '390': '城乡居民基本医疗保险 residents\' basic' };
const KIND_TEXT: Record<MismatchKindName, string> = {
  'missing-at-centre': '中心无此记录 missing at the centre',
  'missing-at-gateway': '网关无此记录 missing at the gateway',
  'amounts-differ': '金额不一致 amounts differ',
};

/** Plain text for the insurance office's printer: totals side by side, then each mismatch. */
export function formatReconcileReport(r: ReconcileReport): string {
  const lines: string[] = [];
  lines.push(`对账报告 Reconciliation report  ${r.periodStart} — ${r.periodEnd} (CST)`);
  lines.push(`结果 Result: ${r.result === 'match' ? '一致 MATCH' : '不一致 MISMATCH'}${r.detailCompared ? '' : '  (仅比对总额 totals only)'}`);
  lines.push('');
  const cols = ['险种 insutype', '方 side', '笔数 count', '总额 total', '基金 fund', '个人账户 account', '现金 cash'];
  lines.push(cols.join(' | '));
  for (const t of r.totals) {
    for (const [side, v] of [['网关 gateway', t.gateway], ['中心 centre', t.centre]] as const) {
      lines.push([`${t.insutype} ${INSUTYPE_NAMES[t.insutype] ?? ''}`.trim(), side, v ? String(v.count) : '-', v?.medfee ?? '-', v?.fund ?? '-', v?.acct ?? '-', v?.cash ?? '-'].join(' | ') + (t.differs && side.startsWith('中心') ? '   ← 不一致 differs' : ''));
    }
  }
  if (r.mismatches.length > 0) {
    lines.push('');
    lines.push(`差异明细 Mismatched records (${r.mismatches.length})`);
    for (const m of r.mismatches) {
      const g = m.gateway ? `gateway ${m.gateway.medfeeSumamt}/${m.gateway.fundPaySumamt}/${m.gateway.acctPay}/${m.gateway.psnCashPay}` : '';
      const c = m.centre ? `centre ${m.centre.medfeeSumamt}/${m.centre.fundPaySumamt}/${m.centre.acctPay}/${m.centre.psnCashPay}` : '';
      lines.push(`  ${m.recordId}  ${KIND_TEXT[m.kind]}  ${[g, c].filter(Boolean).join('  ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
