/**
 * The centre simulator's adjudication of an accepted settlement. It re-computes nothing of
 * the benefit rules; it applies the checks an intelligent-audit system runs after upload
 * (Zhangye art. 47, Zhoushan internal control) that a test can provoke on purpose:
 *
 * 1. An offline settlement for a person the centre knows as not insured (suspended or
 *    terminated) → REJECTED "NOT_ELIGIBLE": the fund pays nothing.
 * 2. A catalogue line (class A or B) over 1,000.00 yuan without prior approval
 *    (hosp_appr_flag; Xing'an League rules: items over 1,000 yuan need approval) → that line
 *    REJECTED "APPROVAL_MISSING"; the fund's share of its in-scope amount moves to the
 *    patient's cash: ADJUSTED, with amounts that still satisfy both invariants.
 * 3. Otherwise ACCEPTED as settled.
 */
import {
  AdjudicationOutcome,
  fenToYuan,
  isMoney,
  pb,
  yuanToFen,
  type AmountsInput,
  type RecordMsg,
  type yibao,
} from '../../protocol/center/index.ts';
import type { Population } from './population.ts';

type Settlement = yibao.center.v1.Settlement.$Properties;
type Adjudication = yibao.center.v1.Adjudication;

/** Xing'an League rule: a single item over this needs prior approval. */
export const APPROVAL_THRESHOLD_FEN = 100_000n;

export function adjudicate(record: RecordMsg, s: Settlement, population: Population, nowMs: number): Adjudication {
  const base = { recordId: record.recordId, setlId: s.setlId ?? '', decidedAtMs: nowMs };
  const person = s.psnNo ? population.find({ psnNo: s.psnNo }) : undefined;
  if (s.offline && person && person.status !== '1') {
    return pb.Adjudication.create({ ...base, outcome: AdjudicationOutcome.ADJUDICATION_OUTCOME_REJECTED, code: 'NOT_ELIGIBLE', reason: `person status ${person.status} at settlement time (${person.status === '2' ? 'suspended' : 'terminated'})` });
  }
  const amounts = s.amounts as AmountsInput;
  const fen = (v: string | null | undefined): bigint => (v && isMoney(v) ? yuanToFen(v) : 0n);
  const inScope = fen(amounts.inscpScpAmt);
  const fund = fen(amounts.fundPaySumamt);
  const lines: yibao.center.v1.LineDecision.$Properties[] = [];
  let disallowedInScope = 0n;
  for (const l of s.lines ?? []) {
    const total = fen(l.detItemFeeSumamt);
    if ((l.chrgitmLv === '01' || l.chrgitmLv === '02') && total > APPROVAL_THRESHOLD_FEN && !l.hospApprFlag) {
      const lineInScope = fen(l.inscpScpAmt) || total;
      disallowedInScope += lineInScope;
      lines.push({ feedetlSn: l.feedetlSn ?? '', outcome: AdjudicationOutcome.ADJUDICATION_OUTCOME_REJECTED, code: 'APPROVAL_MISSING', reason: 'item over 1,000.00 yuan without prior approval', allowedAmt: '0.00' });
    }
  }
  if (lines.length === 0 || fund === 0n) return pb.Adjudication.create({ ...base, outcome: AdjudicationOutcome.ADJUDICATION_OUTCOME_ACCEPTED });
  // Fund share of the disallowed in-scope amount, half-up to the fen, never more than the fund paid.
  const share = inScope > 0n ? (disallowedInScope * fund * 2n + inScope) / (inScope * 2n) : fund;
  const reduction = share > fund ? fund : share;
  const adjusted: Record<string, string> = {};
  for (const [k, v] of Object.entries(amounts)) if (typeof v === 'string') adjusted[k] = v;
  // Take the reduction from the funds in order: basic, critical illness, assistance, other.
  let left = reduction;
  for (const f of ['hifpPay', 'hifmiPay', 'mafPay', 'othPay'] as const) {
    const have = fen(amounts[f]);
    const take = have < left ? have : left;
    if (take > 0n) adjusted[f] = fenToYuan(have - take);
    left -= take;
  }
  adjusted.fundPaySumamt = fenToYuan(fund - reduction);
  adjusted.psnPartAmt = fenToYuan(fen(amounts.psnPartAmt) + reduction);
  adjusted.psnCashPay = fenToYuan(fen(amounts.psnCashPay) + reduction);
  return pb.Adjudication.create({
    ...base,
    outcome: AdjudicationOutcome.ADJUDICATION_OUTCOME_ADJUSTED,
    adjusted: pb.Amounts.create(adjusted),
    lines,
    code: 'LINES_DISALLOWED',
    reason: `${lines.length} line(s) not paid by the fund; ${fenToYuan(reduction)} yuan moves to the patient`,
  });
}
