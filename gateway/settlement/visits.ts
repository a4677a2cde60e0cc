/**
 * Visits during a stay or a clinic day (national interface 2201 registration, 2401
 * admission, 2402 discharge), their diagnoses and fee lines (2204 / 2301 upload, 2205 / 2302
 * cancel), the trial (2206 / 2303) and the settlement (2207 / 2304) of a visit.
 *
 * Fee lines are idempotent by `feedetl_sn`: the same line again is a replay, the same serial
 * with other content is refused. A refund is a line with `init_feedetl_sn` naming an
 * original line of the visit and a negative count, e.g. original 10 × 2.50 = 25.00, refund
 * −4 × 2.50 = −10.00 → the visit is settled with one line 6 × 2.50 = 15.00 under the
 * original's serial number (the engine only knows non-negative lines). Every add answers
 * with each line's split (the engine's per-line result for the line as it now stands).
 * A batch commits whole or not at all; nothing changes once the visit is settled.
 *
 * Cancelling a registration (2202) or an admission (2404) is allowed only while the visit has
 * no live settlement and no fee line still standing: the national platform refuses to cancel
 * a visit with fee details recorded (they are cancelled first, 2205 / 2302 "0000"), and so
 * does the gateway (GW_VISIT_HAS_LINES) rather than dropping a bill behind the cashier's back.
 * A cancelled visit stays, marked, and refuses everything else with GW_VISIT_CANCELLED;
 * cancelling it again answers the same view.
 *
 * Interim settlement (中途结算, 2304 mid_setl_flag "1"): an inpatient stay still in hospital
 * settles the lines recorded so far; later lines go to the next interim settlement or to the
 * final one after discharge. The rule "a visit is settled at most once" becomes: each fee line
 * is settled by at most one live settlement (a settled line cannot be cancelled or refunded —
 * GW_LINE_SETTLED — until its settlement is cancelled, which re-opens it), and a stay has at
 * most one live final settlement. How the engine takes the deductible once per admission:
 * engine/compute.ts "Interim settlements".
 */
import type { Db } from '../store/db.ts';
import { AuditLog } from '../store/audit.ts';
import { VisitStore, type DiagnosisRow, type FeeLineRow, type VisitKind, type VisitRow } from '../store/visits.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { LineSplit, MedType, SettlementResult } from '../engine/index.ts';
import { lineAmountFen } from '../engine/parse.ts';
import { fromFen, toFen } from '../../protocol/money.ts';
import { canonicalHash } from './canonical.ts';
import { newSettlementId, storageError, type SaleLine, type SettlementService, type SettlementView, type VisitFacts } from './service.ts';
import type { Operator } from '../auth/sessions.ts';
import type { CredentialType } from '../persons/identify.ts';

export interface DiagnosisInput {
  readonly diag_type: string;
  readonly diag_code: string;
  readonly diag_name: string;
  readonly maindiag_flag?: '0' | '1';
}

export interface VisitRequest {
  readonly psn_no: string;
  /** The HIS's visit number (门诊号 / 住院号): registering it again returns the same visit. */
  readonly ipt_otp_no: string;
  readonly med_type: MedType;
  /** Registration / admission time, yyyy-MM-dd HH:mm:ss or yyyy-MM-dd (default now). */
  readonly begntime?: string;
  readonly special_disease?: string | null;
  readonly exclusion_cause?: string | null;
  readonly accident?: string | null;
  readonly referral?: string;
  readonly remote?: boolean;
  readonly dept_codg?: string;
  readonly dr_codg?: string;
  readonly diagnoses?: readonly DiagnosisInput[];
}

export interface FeeLineInput extends SaleLine {
  readonly init_feedetl_sn?: string;
  readonly fee_ocur_time?: string;
}

export interface LineAnswer {
  readonly feedetl_sn: string;
  /** 'added', or 'replayed' when the same line was already uploaded. */
  readonly status: 'added' | 'replayed';
  /** The split of the line as it now stands (for a refund: of its original, net of refunds). */
  readonly split: LineSplit;
}

export interface VisitView {
  readonly mdtrt_id: string;
  readonly ipt_otp_no: string;
  readonly psn_no: string;
  readonly kind: VisitKind;
  readonly med_type: string;
  readonly status: string;
  readonly begntime: string;
  readonly endtime: string | null;
  readonly special_disease: string | null;
  readonly exclusion_cause: string | null;
  readonly accident: string | null;
  readonly referral: string;
  readonly remote: boolean;
  readonly diagnoses: readonly DiagnosisRow[];
  /** `settled_by`: the live settlement that settled the line (an interim one while the stay goes on), else null. */
  readonly lines: ReadonlyArray<{ feedetl_sn: string; init_feedetl_sn: string | null; med_list_codg: string; cnt: string; pric: string; det_item_fee_sumamt: string; status: string; settled_by: string | null }>;
  readonly settlements: ReadonlyArray<{ setl_id: string; cancelled_by: string | null; interim: boolean }>;
  /** When the registration / admission was cancelled (status "cancelled"), else null. */
  readonly cancelled_at: string | null;
}

export interface SettleBody {
  readonly use_account?: boolean;
  readonly medins_setl_id?: string;
  /** An interim settlement (中途结算) of a stay still in hospital. */
  readonly interim?: boolean;
  /** The credential the person was identified with (national mdtrt_cert_type). */
  readonly mdtrt_cert_type?: CredentialType;
}

/** A live settlement of a visit, with what later settlements of the stay need from it. */
interface LiveSettlement {
  readonly setl_id: string;
  readonly interim: boolean;
  readonly feedetl_sns: readonly string[];
  readonly act_pay_dedc: string;
  readonly admissions: number;
}

const INPATIENT_TYPES = new Set<MedType>(['inpatient', 'maternity_natural', 'maternity_caesarean']);
const OUTPATIENT_TYPES = new Set<MedType>(['outpatient', 'emergency_outpatient', 'special_outpatient']);

/** Signed quantity with up to 4 places → integer × 10^4 ("-2.5" → -25000). */
function qty(text: string): number {
  const neg = text.startsWith('-');
  const [whole = '0', frac = ''] = (neg ? text.slice(1) : text).split('.');
  const n = Number(whole) * 10_000 + Number(frac.padEnd(4, '0'));
  return neg ? -n : n;
}

/** integer × 10^4 → shortest decimal string (60000 → "6", 25000 → "2.5"). */
function qtyText(n: number): string {
  const whole = Math.floor(n / 10_000);
  const frac = String(n % 10_000).padStart(4, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** Scaled unit price (× 10^6) for the amount check. */
function price6(text: string): number {
  const [whole = '0', frac = ''] = text.split('.');
  return Number(whole) * 1_000_000 + Number(frac.padEnd(6, '0'));
}

function zeroSplit(line: FeeLineRow): LineSplit {
  return {
    feedetl_sn: line.feedetl_sn, med_list_codg: line.med_list_codg, med_list_name: null, chrgitm_lv: '03',
    det_item_fee_sumamt: '0.00', fulamt_ownpay_amt: '0.00', overlmt_amt: '0.00', preselfpay_amt: '0.00', inscp_scp_amt: '0.00',
    pric_uplmt_amt: null, selfpay_prop: '0.0000', memo: 'fully refunded',
  };
}

function lineHash(mdtrtId: string, l: FeeLineInput): string {
  return canonicalHash({ mdtrtId, ...l, hosp_appr_flag: l.hosp_appr_flag ?? '0' });
}

export class VisitService {
  private readonly visits: VisitStore;
  private readonly audit: AuditLog;
  private readonly now: () => Date;

  constructor(private readonly db: Db, private readonly settlements: SettlementService, now?: () => Date) {
    this.visits = new VisitStore(db);
    this.audit = new AuditLog(db);
    this.now = now ?? (() => new Date());
  }

  /** 2201: outpatient registration. */
  register(body: VisitRequest, operator: Operator): VisitView {
    if (!OUTPATIENT_TYPES.has(body.med_type)) throw new GatewayError('GW_VALIDATION', { detail: 'body.med_type must be an outpatient type (outpatient, emergency_outpatient, special_outpatient)', details: { path: 'body.med_type' } });
    return this.open('outpatient', body, operator);
  }

  /** 2401: admission. */
  admit(body: VisitRequest, operator: Operator): VisitView {
    if (!INPATIENT_TYPES.has(body.med_type)) throw new GatewayError('GW_VALIDATION', { detail: 'body.med_type must be inpatient, maternity_natural or maternity_caesarean', details: { path: 'body.med_type' } });
    return this.open('inpatient', body, operator);
  }

  private open(kind: VisitKind, body: VisitRequest, operator: Operator): VisitView {
    if (body.med_type === 'special_outpatient' && !body.special_disease) throw new GatewayError('GW_VALIDATION', { detail: 'body.special_disease is required for special_outpatient', details: { path: 'body.special_disease' } });
    if (body.med_type !== 'special_outpatient' && body.special_disease) throw new GatewayError('GW_VALIDATION', { detail: 'body.special_disease is only for special_outpatient', details: { path: 'body.special_disease' } });
    const requestHash = canonicalHash({ kind, ...body });
    const now = this.now();
    const mdtrtId = newSettlementId(now, 'M');
    const row: VisitRow = {
      mdtrt_id: mdtrtId, ipt_otp_no: body.ipt_otp_no, request_hash: requestHash, psn_no: body.psn_no, kind,
      med_type: body.med_type, special_disease: body.special_disease ?? null, exclusion_cause: body.exclusion_cause ?? null,
      accident: body.accident ?? null, referral: body.referral ?? 'none', remote: body.remote ? 1 : 0,
      begntime: body.begntime ?? now.toISOString(), endtime: null, dept_codg: body.dept_codg ?? null, dr_codg: body.dr_codg ?? null,
      status: 'open', operator: operator.id, created_at: now.toISOString(), cancelled_at: null,
    };
    const diagnoses = (body.diagnoses ?? []).map((d, i) => ({ diag_srt_no: i + 1, diag_type: d.diag_type, diag_code: d.diag_code, diag_name: d.diag_name, maindiag_flag: d.maindiag_flag ?? (i === 0 ? '1' : '0') }));
    const existing = this.write(() => {
      const prior = this.visits.byHisVisitNo(body.ipt_otp_no);
      if (prior) {
        if (prior.request_hash !== requestHash) throw new GatewayError('GW_VISIT_CONFLICT', { details: { path: 'body.ipt_otp_no', mdtrt_id: prior.mdtrt_id } });
        if (prior.cancelled_at !== null) throw new GatewayError('GW_VISIT_CANCELLED', { details: { path: 'body.ipt_otp_no', mdtrt_id: prior.mdtrt_id } });
        return prior.mdtrt_id;
      }
      if (!this.settlements.persons.get(body.psn_no)) throw new GatewayError('GW_PERSON_UNKNOWN', { details: { path: 'body.psn_no' } });
      this.visits.insert(row, diagnoses);
      this.audit.append({ actor: operator.id, action: kind === 'inpatient' ? 'visit.admit' : 'visit.register', subject: mdtrtId, detail: { session_id: operator.session_id, ipt_otp_no: body.ipt_otp_no, med_type: body.med_type } }, row.created_at);
      return undefined;
    });
    return this.get(existing ?? mdtrtId);
  }

  /** 2402: discharge, with the discharge diagnoses when given. Discharging again is a no-op. */
  discharge(mdtrtId: string, body: { endtime?: string; diagnoses?: readonly DiagnosisInput[] }, operator: Operator): VisitView {
    this.write(() => {
      const visit = this.mustGetLive(mdtrtId);
      if (visit.kind !== 'inpatient') throw new GatewayError('GW_VALIDATION', { detail: 'only an inpatient stay is discharged', details: { path: 'mdtrt_id' } });
      if (visit.status === 'discharged') return;
      this.visits.discharge(mdtrtId, body.endtime ?? this.now().toISOString());
      if (body.diagnoses) this.visits.setDiagnoses(mdtrtId, this.numbered(body.diagnoses));
      this.audit.append({ actor: operator.id, action: 'visit.discharge', subject: mdtrtId, detail: { session_id: operator.session_id } });
    });
    return this.get(mdtrtId);
  }

  /** 2405: cancel a discharge (the stay goes on); refused once the stay is finally settled (interim settlements do not stop it). */
  cancelDischarge(mdtrtId: string, operator: Operator): VisitView {
    this.write(() => {
      const visit = this.mustGetLive(mdtrtId);
      this.refuseFinal(mdtrtId, this.live(mdtrtId), 'GW_VISIT_SETTLED');
      if (visit.status !== 'discharged') return;
      this.visits.reopen(mdtrtId);
      this.audit.append({ actor: operator.id, action: 'visit.cancel-discharge', subject: mdtrtId, detail: { session_id: operator.session_id } });
    });
    return this.get(mdtrtId);
  }

  /**
   * 2202 / 2404: cancel the registration or admission. Refused while a settlement of the visit
   * is live (GW_VISIT_SETTLED) or a fee line still stands (GW_VISIT_HAS_LINES); a second
   * cancel answers the cancelled visit again without a second audit entry.
   */
  cancel(mdtrtId: string, operator: Operator): VisitView {
    this.write(() => {
      const visit = this.mustGet(mdtrtId);
      if (visit.cancelled_at !== null) return;
      const live = this.live(mdtrtId);
      if (live.length > 0) throw new GatewayError('GW_VISIT_SETTLED', { details: { mdtrt_id: mdtrtId, setl_id: live[0]!.setl_id } });
      const lines = this.visits.activeLineCount(mdtrtId);
      if (lines > 0) throw new GatewayError('GW_VISIT_HAS_LINES', { details: { mdtrt_id: mdtrtId, active_lines: lines } });
      const at = this.now().toISOString();
      this.visits.cancel(mdtrtId, at);
      this.audit.append({ actor: operator.id, action: visit.kind === 'inpatient' ? 'visit.cancel-admission' : 'visit.cancel-registration', subject: mdtrtId, detail: { session_id: operator.session_id, ipt_otp_no: visit.ipt_otp_no } }, at);
    });
    return this.get(mdtrtId);
  }

  /**
   * 2203: the visit type may change while the visit has no fee line standing (their splits
   * were computed for the old type), within its kind: outpatient types for a registration.
   */
  setMedType(mdtrtId: string, medType: MedType, specialDisease: string | null, operator: Operator, path = 'body.med_type'): VisitView {
    this.write(() => {
      const visit = this.mustGetLive(mdtrtId);
      if (visit.med_type === medType && (medType !== 'special_outpatient' || specialDisease === null || specialDisease === visit.special_disease)) return;
      const allowed = visit.kind === 'inpatient' ? INPATIENT_TYPES : OUTPATIENT_TYPES;
      if (!allowed.has(medType)) throw new GatewayError('GW_VALIDATION', { detail: `${path} must be an ${visit.kind} type (${[...allowed].join(', ')})`, details: { path } });
      if (medType !== 'special_outpatient' && specialDisease !== null) {
        const diseasePath = path.startsWith('body.') ? 'body.special_disease' : path.replace(/med_type$/, 'gw_special_disease');
        throw new GatewayError('GW_VALIDATION', { detail: `${diseasePath} is only for special_outpatient`, details: { path: diseasePath } });
      }
      const disease = medType === 'special_outpatient' ? (specialDisease ?? visit.special_disease) : null;
      if (medType === 'special_outpatient' && !disease) throw new GatewayError('GW_VALIDATION', { detail: `${path}: special_outpatient needs the disease`, details: { path } });
      const lines = this.visits.activeLineCount(mdtrtId);
      if (lines > 0) throw new GatewayError('GW_VISIT_HAS_LINES', { details: { path, mdtrt_id: mdtrtId, active_lines: lines } });
      this.visits.setMedType(mdtrtId, medType, disease);
      this.audit.append({ actor: operator.id, action: 'visit.med-type', subject: mdtrtId, detail: { session_id: operator.session_id, from: visit.med_type, to: medType } });
    });
    return this.get(mdtrtId);
  }

  setDiagnoses(mdtrtId: string, diagnoses: readonly DiagnosisInput[], operator: Operator): VisitView {
    this.write(() => {
      this.mustGetLive(mdtrtId);
      this.visits.setDiagnoses(mdtrtId, this.numbered(diagnoses));
      this.audit.append({ actor: operator.id, action: 'visit.diagnoses', subject: mdtrtId, detail: { session_id: operator.session_id, codes: diagnoses.map((d) => d.diag_code) } });
    });
    return this.get(mdtrtId);
  }

  get(mdtrtId: string): VisitView {
    const v = this.mustGet(mdtrtId);
    const settledBy = new Map<string, string>();
    for (const s of this.live(mdtrtId)) for (const sn of s.feedetl_sns) settledBy.set(sn, s.setl_id);
    return {
      mdtrt_id: v.mdtrt_id, ipt_otp_no: v.ipt_otp_no, psn_no: v.psn_no, kind: v.kind, med_type: v.med_type, status: v.cancelled_at !== null ? 'cancelled' : v.status,
      begntime: v.begntime, endtime: v.endtime, special_disease: v.special_disease, exclusion_cause: v.exclusion_cause,
      accident: v.accident, referral: v.referral, remote: v.remote === 1,
      diagnoses: this.visits.diagnoses(mdtrtId),
      lines: this.visits.lines(mdtrtId).map((l) => ({
        feedetl_sn: l.feedetl_sn, init_feedetl_sn: l.init_feedetl_sn, med_list_codg: l.med_list_codg, cnt: l.cnt, pric: l.pric, det_item_fee_sumamt: fromFen(l.det_item_fee_sumamt), status: l.status,
        settled_by: l.status === 'active' ? (settledBy.get(l.init_feedetl_sn ?? l.feedetl_sn) ?? null) : null,
      })),
      settlements: this.settlements.forVisit(mdtrtId).map((s) => ({ setl_id: s.setl_id, cancelled_by: s.cancelled_by, interim: s.interim })),
      cancelled_at: v.cancelled_at,
    };
  }

  /** 2204 / 2301: add fee lines (whole batch or nothing); answers each line's split. */
  addLines(mdtrtId: string, lines: readonly FeeLineInput[], operator: Operator): LineAnswer[] {
    const visit = this.mustGetLive(mdtrtId);
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      if (seen.has(l.feedetl_sn)) throw new GatewayError('GW_LINE_DUPLICATE_SN', { detail: `body.lines[${i}].feedetl_sn`, details: { path: `body.lines[${i}].feedetl_sn` } });
      seen.add(l.feedetl_sn);
    });
    const now = this.now().toISOString();
    let touched: string[] = [];
    const statuses = new Map<string, 'added' | 'replayed'>();
    const splits = this.write(() => {
      const live = this.live(mdtrtId);
      this.refuseFinal(mdtrtId, live, 'GW_VISIT_SETTLED');
      const current = this.mustGetLive(mdtrtId);
      const settled = settledSet(live);
      if (visit.kind === 'inpatient' && current.status === 'discharged') throw new GatewayError('GW_VISIT_DISCHARGED', { details: { mdtrt_id: mdtrtId } });
      let ordinal = this.visits.nextOrdinal(mdtrtId);
      touched = [];
      lines.forEach((l, i) => {
        const path = `body.lines[${i}]`;
        const hash = lineHash(mdtrtId, l);
        const prior = this.visits.line(mdtrtId, l.feedetl_sn);
        if (prior) {
          if (prior.request_hash !== hash) throw new GatewayError('GW_LINE_CONFLICT', { detail: `${path}.feedetl_sn ${l.feedetl_sn}`, details: { path: `${path}.feedetl_sn` } });
          statuses.set(l.feedetl_sn, 'replayed');
          touched.push(prior.init_feedetl_sn ?? prior.feedetl_sn);
          return;
        }
        const negative = l.cnt.startsWith('-') || l.det_item_fee_sumamt.startsWith('-');
        if (l.init_feedetl_sn === undefined) {
          if (negative) throw new GatewayError('GW_LINE_REFUND_INVALID', { detail: `${path}: a negative count needs init_feedetl_sn`, details: { path: `${path}.cnt` } });
        } else {
          this.checkRefund(mdtrtId, l, path, settled);
        }
        this.visits.addLine({
          mdtrt_id: mdtrtId, feedetl_sn: l.feedetl_sn, init_feedetl_sn: l.init_feedetl_sn ?? null, med_list_codg: l.med_list_codg,
          cnt: l.cnt, pric: l.pric, det_item_fee_sumamt: toFen(l.det_item_fee_sumamt), hosp_appr_flag: l.hosp_appr_flag ?? '0',
          fee_ocur_time: l.fee_ocur_time ?? null, request_hash: hash, status: 'active', operator: operator.id, created_at: now, ordinal: ordinal++,
        });
        statuses.set(l.feedetl_sn, 'added');
        touched.push(l.init_feedetl_sn ?? l.feedetl_sn);
      });
      // The engine checks the lines (amount = cnt × pric, catalogue, policy) before anything commits.
      const splits = this.splitsOf(visit, [...new Set(touched)], lines);
      if (lines.some((l) => statuses.get(l.feedetl_sn) === 'added')) {
        this.audit.append({ actor: operator.id, action: 'fee-lines.add', subject: mdtrtId, detail: { session_id: operator.session_id, feedetl_sn: lines.filter((l) => statuses.get(l.feedetl_sn) === 'added').map((l) => l.feedetl_sn) } }, now);
      }
      return splits;
    });
    return lines.map((l) => {
      const prior = this.visits.line(mdtrtId, l.feedetl_sn)!;
      const key = prior.init_feedetl_sn ?? prior.feedetl_sn;
      return { feedetl_sn: l.feedetl_sn, status: statuses.get(l.feedetl_sn) ?? 'replayed', split: splits.get(key)! };
    });
  }

  /** 2205 / 2302: cancel one line (its refunds go with it), or all with feedetl_sn "0000". */
  cancelLines(mdtrtId: string, feedetlSn: string, operator: Operator): { cancelled: number } {
    let cancelled = 0;
    this.write(() => {
      this.mustGetLive(mdtrtId);
      const live = this.live(mdtrtId);
      this.refuseFinal(mdtrtId, live, 'GW_VISIT_SETTLED');
      const settled = settledSet(live);
      if (feedetlSn === '0000' && settled.size === 0) {
        cancelled = this.visits.cancelAll(mdtrtId);
      } else if (feedetlSn === '0000') {
        // "All" after an interim settlement: every line not settled yet; the settled ones
        // belong to their live settlement (cancel it to re-open them).
        for (const l of this.visits.activeLines(mdtrtId)) {
          if (!settled.has(l.init_feedetl_sn ?? l.feedetl_sn)) cancelled += this.visits.cancelLine(mdtrtId, l.feedetl_sn);
        }
      } else {
        const line = this.visits.line(mdtrtId, feedetlSn);
        if (!line) throw new GatewayError('GW_LINE_NOT_FOUND', { details: { path: 'feedetl_sn', feedetl_sn: feedetlSn } });
        const setlId = live.find((s) => s.feedetl_sns.includes(line.init_feedetl_sn ?? line.feedetl_sn))?.setl_id;
        if (setlId !== undefined && line.status === 'active') throw new GatewayError('GW_LINE_SETTLED', { details: { path: 'feedetl_sn', feedetl_sn: feedetlSn, setl_id: setlId } });
        cancelled = this.visits.cancelLine(mdtrtId, feedetlSn);
        if (line.init_feedetl_sn === null) for (const r of this.visits.activeRefundsOf(mdtrtId, feedetlSn)) cancelled += this.visits.cancelLine(mdtrtId, r.feedetl_sn);
      }
      if (cancelled > 0) this.audit.append({ actor: operator.id, action: 'fee-lines.cancel', subject: mdtrtId, detail: { session_id: operator.session_id, feedetl_sn: feedetlSn, cancelled } });
    });
    return { cancelled };
  }

  /**
   * 2206 / 2303: what settling now would give — the lines no live settlement has settled,
   * after the stay's interim settlements; writes nothing, asks nobody. `interim` checks the
   * stay may settle in part now (it is the same computation).
   */
  trial(mdtrtId: string, body: { use_account?: boolean; interim?: boolean }): SettlementResult {
    const visit = this.mustGetLive(mdtrtId);
    const live = this.live(mdtrtId);
    this.refuseFinal(mdtrtId, live, 'GW_ALREADY_SETTLED');
    if (body.interim === true) this.refuseInterim(visit);
    const lines = this.settleLines(mdtrtId, live);
    const person = this.settlements.persons.get(visit.psn_no);
    if (!person) throw new GatewayError('GW_PERSON_UNKNOWN');
    return this.settlements.compute(person, this.factsAfter(visit, live), lines, body.use_account !== false);
  }

  /**
   * 2207 / 2304: settle the visit's unsettled lines; a replay returns the same settlement.
   * Final (default): once per visit, an inpatient stay after discharge. Interim (`interim`):
   * a stay still in hospital, as often as lines accrue. Checked again inside the write
   * transaction (guard), and the lines' and the visit's settlements' state must not have
   * moved between computing and committing (linesVersion), so two racing settlements of one
   * stay never settle a line twice.
   */
  async settle(mdtrtId: string, idempotencyKey: string | undefined, body: SettleBody, operator: Operator): Promise<SettlementView> {
    const visit = this.mustGet(mdtrtId);
    const interim = body.interim === true;
    const guard = (): void => {
      const current = this.mustGetLive(mdtrtId);
      this.refuseFinal(mdtrtId, this.live(mdtrtId), 'GW_ALREADY_SETTLED');
      if (interim) this.refuseInterim(current);
      else if (current.kind === 'inpatient' && current.status !== 'discharged') throw new GatewayError('GW_VISIT_NOT_DISCHARGED', { details: { mdtrt_id: mdtrtId } });
    };
    // `interim: false` is the body without it, as before interim settlements existed.
    const { interim: _flag, ...rest } = body;
    const requestHash = canonicalHash({ visit_settle: mdtrtId, ...rest, ...(interim ? { interim: true } : {}) });
    return this.settlements.settle({
      idempotencyKey,
      requestHash,
      psnNo: visit.psn_no,
      mdtrtId,
      // Read after the replay and guard checks: a replay must not fail because lines changed since.
      visit: () => this.factsAfter(this.mustGet(mdtrtId), this.live(mdtrtId)),
      lines: () => this.settleLines(mdtrtId),
      linesVersion: () => `${this.visits.linesVersion(mdtrtId)}/${this.visits.settlementCount(mdtrtId)}`,
      medinsSetlId: body.medins_setl_id ?? null,
      useAccount: body.use_account !== false,
      operator,
      guard,
      interim,
      certType: body.mdtrt_cert_type ?? null,
    });
  }

  /** The settlement committed under this Idempotency-Key, if any: a resent settle skips its pre-checks and gets it back. */
  settledUnder(idempotencyKey: string): string | undefined {
    return this.settlements.settlements.byIdempotencyKey(idempotencyKey)?.setl_id;
  }

  /**
   * The lines a settlement now takes: the visit's active lines with refunds folded into their
   * originals, fully refunded lines and lines a live (interim) settlement already settled left out.
   */
  settleLines(mdtrtId: string, live: readonly LiveSettlement[] = this.live(mdtrtId)): SaleLine[] {
    const settled = settledSet(live);
    const lines = this.foldedLines(mdtrtId).filter((l) => qty(l.cnt) !== 0 && !settled.has(l.feedetl_sn));
    if (lines.length === 0) throw new GatewayError('GW_VISIT_EMPTY', { details: { mdtrt_id: mdtrtId } });
    return lines;
  }

  /** The visit's settlements not cancelled, oldest first, with the lines each settled. */
  private live(mdtrtId: string): LiveSettlement[] {
    return this.settlements.settlements.activeForVisit(mdtrtId).map((row) => {
      const result = JSON.parse(row.result) as SettlementResult;
      return {
        setl_id: row.setl_id,
        interim: this.settlements.interim.has(row.setl_id),
        feedetl_sns: result.lines.map((l) => l.feedetl_sn),
        act_pay_dedc: result.setlinfo.act_pay_dedc,
        admissions: result.accumulators_delta.earlier_admissions,
      };
    });
  }

  /**
   * The visit's facts for its next settlement: what the stay's live interim settlements already
   * took. Known limit: an interim settlement in one calendar year and the final one in the next
   * count the stay in the year each was settled (the accumulators are read by settle date), so
   * the admission the interim counted is in the earlier year; the engine clamps the ordinal at 0.
   */
  private factsAfter(visit: VisitRow, live: readonly LiveSettlement[]): VisitFacts {
    const interims = live.filter((s) => s.interim);
    if (interims.length === 0) return this.facts(visit);
    return {
      ...this.facts(visit),
      admission_settled_before: {
        act_pay_dedc: fromFen(interims.reduce((sum, s) => sum + toFen(s.act_pay_dedc), 0)),
        admissions: interims.reduce((sum, s) => sum + s.admissions, 0),
      },
    };
  }

  /** A live final settlement closes the visit: no more lines, settlements or discharge changes. */
  private refuseFinal(mdtrtId: string, live: readonly LiveSettlement[], code: 'GW_ALREADY_SETTLED' | 'GW_VISIT_SETTLED'): void {
    const final = live.find((s) => !s.interim);
    if (final) throw new GatewayError(code, { details: { mdtrt_id: mdtrtId, setl_id: final.setl_id } });
  }

  /**
   * Interim settlement is for an ordinary stay still in hospital: a discharged stay settles
   * finally; a maternity stay is paid a flat amount per delivery, which parts would pay twice.
   */
  private refuseInterim(visit: VisitRow): void {
    const why = visit.kind !== 'inpatient' ? 'an outpatient visit has no interim settlement'
      : visit.med_type !== 'inpatient' ? `a ${visit.med_type} stay is paid per delivery and settles once, after discharge`
        : visit.status === 'discharged' ? 'the patient is discharged: settle the stay without interim' : null;
    if (why !== null) throw new GatewayError('GW_INTERIM_NOT_ALLOWED', { detail: why, details: { path: 'body.interim', mdtrt_id: visit.mdtrt_id } });
  }

  private foldedLines(mdtrtId: string): SaleLine[] {
    const originals = new Map<string, { row: FeeLineRow; cnt: number; fen: number }>();
    const refunds: FeeLineRow[] = [];
    for (const l of this.visits.activeLines(mdtrtId)) {
      if (l.init_feedetl_sn === null) originals.set(l.feedetl_sn, { row: l, cnt: qty(l.cnt), fen: l.det_item_fee_sumamt });
      else refunds.push(l);
    }
    for (const r of refunds) {
      const o = originals.get(r.init_feedetl_sn!);
      if (!o) continue; // its original was cancelled, and the refund with it
      o.cnt += qty(r.cnt);
      o.fen += r.det_item_fee_sumamt;
    }
    return [...originals.values()].map(({ row, cnt, fen }) => ({
      feedetl_sn: row.feedetl_sn, med_list_codg: row.med_list_codg, cnt: qtyText(cnt), pric: row.pric,
      det_item_fee_sumamt: fromFen(fen), hosp_appr_flag: row.hosp_appr_flag,
    }));
  }

  private checkRefund(mdtrtId: string, l: FeeLineInput, path: string, settled: ReadonlySet<string>): void {
    const bad = (why: string, field = 'init_feedetl_sn'): GatewayError => new GatewayError('GW_LINE_REFUND_INVALID', { detail: `${path}: ${why}`, details: { path: `${path}.${field}` } });
    const original = this.visits.line(mdtrtId, l.init_feedetl_sn!);
    if (!original || original.status !== 'active' || original.init_feedetl_sn !== null) throw bad('init_feedetl_sn must name an active original line of this visit');
    if (settled.has(original.feedetl_sn)) throw new GatewayError('GW_LINE_SETTLED', { detail: `${path}.init_feedetl_sn ${original.feedetl_sn}`, details: { path: `${path}.init_feedetl_sn`, feedetl_sn: original.feedetl_sn } });
    if (original.med_list_codg !== l.med_list_codg) throw bad('med_list_codg differs from the original line', 'med_list_codg');
    if (price6(original.pric) !== price6(l.pric)) throw bad('pric differs from the original line', 'pric');
    const refundCnt = qty(l.cnt);
    if (refundCnt >= 0) throw bad('a refund has a negative count', 'cnt');
    if (lineAmountFen(-refundCnt, price6(l.pric)) !== -toFen(l.det_item_fee_sumamt)) throw bad(`det_item_fee_sumamt must be −(${qtyText(-refundCnt)} × ${l.pric}) rounded to the fen`, 'det_item_fee_sumamt');
    const refunded = this.visits.activeRefundsOf(mdtrtId, original.feedetl_sn);
    const netCnt = qty(original.cnt) + refunded.reduce((s, r) => s + qty(r.cnt), 0) + refundCnt;
    if (netCnt < 0) throw bad('refunds would exceed the original count', 'cnt');
    const netFen = original.det_item_fee_sumamt + refunded.reduce((s, r) => s + r.det_item_fee_sumamt, 0) + toFen(l.det_item_fee_sumamt);
    const expected = lineAmountFen(netCnt, price6(original.pric));
    if (netFen !== expected) throw bad(`after this refund the line would be ${qtyText(netCnt)} × ${original.pric} = ${fromFen(expected)}, not ${fromFen(netFen)}; refund ${fromFen(toFen(l.det_item_fee_sumamt) + expected - netFen)}`, 'det_item_fee_sumamt');
  }

  private splitsOf(visit: VisitRow, originals: readonly string[], batch: readonly FeeLineInput[]): Map<string, LineSplit> {
    const folded = new Map(this.foldedLines(visit.mdtrt_id).map((l) => [l.feedetl_sn, l]));
    const out = new Map<string, LineSplit>();
    const compute: SaleLine[] = [];
    for (const sn of originals) {
      const line = folded.get(sn);
      if (!line || qty(line.cnt) === 0) out.set(sn, zeroSplit(this.visits.line(visit.mdtrt_id, sn)!));
      else compute.push(line);
    }
    if (compute.length > 0) {
      const person = this.settlements.persons.get(visit.psn_no);
      if (!person) throw new GatewayError('GW_PERSON_UNKNOWN');
      let result: SettlementResult;
      try {
        result = this.settlements.compute(person, this.facts(visit), compute, false);
      } catch (err) {
        throw renameLinePath(err, compute, batch);
      }
      for (const split of result.lines) out.set(split.feedetl_sn, split);
    }
    return out;
  }

  private facts(v: VisitRow): VisitFacts {
    return {
      med_type: v.med_type as MedType, special_disease: v.special_disease, exclusion_cause: v.exclusion_cause, accident: v.accident,
      referral: v.referral, remote: v.remote === 1, admission_date: v.kind === 'inpatient' ? v.begntime.slice(0, 10) : null,
    };
  }

  private numbered(diagnoses: readonly DiagnosisInput[]): DiagnosisRow[] {
    return diagnoses.map((d, i) => ({ diag_srt_no: i + 1, diag_type: d.diag_type, diag_code: d.diag_code, diag_name: d.diag_name, maindiag_flag: d.maindiag_flag ?? (i === 0 ? '1' : '0') }));
  }

  /** The visit, refused when its registration or admission was cancelled (2202 / 2404). */
  private mustGetLive(mdtrtId: string): VisitRow {
    const v = this.mustGet(mdtrtId);
    if (v.cancelled_at !== null) throw new GatewayError('GW_VISIT_CANCELLED', { details: { mdtrt_id: mdtrtId, cancelled_at: v.cancelled_at } });
    return v;
  }

  private mustGet(mdtrtId: string): VisitRow {
    const v = this.visits.get(mdtrtId);
    if (!v) throw new GatewayError('GW_VISIT_NOT_FOUND', { details: { path: 'mdtrt_id', mdtrt_id: mdtrtId } });
    return v;
  }

  private write<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (cause) {
      throw storageError(cause);
    }
  }
}

/** The feedetl_sn of every line a live settlement settled. */
function settledSet(live: readonly LiveSettlement[]): Set<string> {
  const out = new Set<string>();
  for (const s of live) for (const sn of s.feedetl_sns) out.add(sn);
  return out;
}

/** The engine names `lines[i]` of its own request; the HIS needs the index in what it sent. */
function renameLinePath(err: unknown, computed: readonly SaleLine[], batch: readonly FeeLineInput[]): unknown {
  if (!(err instanceof GatewayError)) return err;
  const path = typeof err.details?.path === 'string' ? err.details.path : '';
  const m = /^lines\[(\d+)\](.*)$/.exec(path);
  if (!m) return err;
  const sn = computed[Number(m[1])]?.feedetl_sn;
  const i = batch.findIndex((l) => l.feedetl_sn === sn || l.init_feedetl_sn === sn);
  const renamed = i >= 0 ? `body.lines[${i}]${m[2]}` : `lines (feedetl_sn ${sn})${m[2]}`;
  return new GatewayError(err.code, { cause: err, detail: renamed, details: { ...err.details, path: renamed } });
}
