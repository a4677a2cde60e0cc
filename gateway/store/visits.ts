/**
 * Visits and their fee lines (national interface 2201/2401/2402 and 2204/2301). Lines are
 * idempotent by `feedetl_sn` within a visit; a refund is a line of its own pointing at the
 * original with `init_feedetl_sn`; a cancelled line stays, marked, so its serial number is
 * never reused for something else; a cancelled visit (2202 / 2404) stays too, marked with
 * `cancelled_at`. All writes happen inside the caller's transaction.
 */
import type { Db } from './db.ts';

export type VisitKind = 'outpatient' | 'inpatient';
export type VisitStatus = 'open' | 'discharged';

export interface VisitRow {
  readonly mdtrt_id: string;
  /** The HIS's own visit number (门诊号 / 住院号); registering it twice returns the same visit. */
  readonly ipt_otp_no: string;
  readonly request_hash: string;
  readonly psn_no: string;
  readonly kind: VisitKind;
  readonly med_type: string;
  readonly special_disease: string | null;
  readonly exclusion_cause: string | null;
  readonly accident: string | null;
  readonly referral: string;
  readonly remote: number;
  readonly begntime: string;
  readonly endtime: string | null;
  readonly dept_codg: string | null;
  readonly dr_codg: string | null;
  readonly status: VisitStatus;
  readonly operator: string;
  readonly created_at: string;
  /** 2202 / 2404: when the registration or admission was cancelled (migration 6); null while it stands. */
  readonly cancelled_at: string | null;
}

export interface DiagnosisRow {
  readonly diag_srt_no: number;
  readonly diag_type: string;
  readonly diag_code: string;
  readonly diag_name: string;
  readonly maindiag_flag: '0' | '1';
}

export interface FeeLineRow {
  readonly mdtrt_id: string;
  readonly feedetl_sn: string;
  readonly init_feedetl_sn: string | null;
  readonly med_list_codg: string;
  readonly cnt: string;
  readonly pric: string;
  /** fen */
  readonly det_item_fee_sumamt: number;
  readonly hosp_appr_flag: string;
  readonly fee_ocur_time: string | null;
  readonly request_hash: string;
  readonly status: 'active' | 'cancelled';
  readonly operator: string;
  readonly created_at: string;
  readonly ordinal: number;
}

export class VisitStore {
  private readonly insertVisit;
  private readonly byId;
  private readonly byHisNo;
  private readonly dischargeStmt;
  private readonly clearDiag;
  private readonly insertDiag;
  private readonly diagStmt;
  private readonly insertLine;
  private readonly lineStmt;
  private readonly linesStmt;
  private readonly activeLinesStmt;
  private readonly refundsOfStmt;
  private readonly cancelLineStmt;
  private readonly cancelAllStmt;
  private readonly nextOrdinalStmt;
  private readonly reopenStmt;
  private readonly versionStmt;
  private readonly cancelStmt;
  private readonly medTypeStmt;
  private readonly activeCountStmt;
  private readonly settlementCountStmt;

  constructor(db: Db) {
    this.insertVisit = db.prepare(`INSERT INTO visits (mdtrt_id, ipt_otp_no, request_hash, psn_no, kind, med_type, special_disease, exclusion_cause, accident,
      referral, remote, begntime, endtime, dept_codg, dr_codg, status, operator, created_at, cancelled_at)
      VALUES (@mdtrt_id, @ipt_otp_no, @request_hash, @psn_no, @kind, @med_type, @special_disease, @exclusion_cause, @accident,
      @referral, @remote, @begntime, @endtime, @dept_codg, @dr_codg, @status, @operator, @created_at, @cancelled_at)`);
    this.cancelStmt = db.prepare('UPDATE visits SET cancelled_at = ? WHERE mdtrt_id = ? AND cancelled_at IS NULL');
    this.medTypeStmt = db.prepare('UPDATE visits SET med_type = ?, special_disease = ? WHERE mdtrt_id = ?');
    this.activeCountStmt = db.prepare("SELECT count(*) FROM fee_lines WHERE mdtrt_id = ? AND status = 'active'").pluck();
    // Settlements and cancellations of the visit: changes whenever one of them commits.
    this.settlementCountStmt = db.prepare('SELECT count(*) FROM settlements WHERE mdtrt_id = ?').pluck();
    this.byId = db.prepare('SELECT * FROM visits WHERE mdtrt_id = ?');
    this.byHisNo = db.prepare('SELECT * FROM visits WHERE ipt_otp_no = ?');
    this.dischargeStmt = db.prepare("UPDATE visits SET status = 'discharged', endtime = ? WHERE mdtrt_id = ?");
    this.reopenStmt = db.prepare("UPDATE visits SET status = 'open', endtime = NULL WHERE mdtrt_id = ?");
    this.clearDiag = db.prepare('DELETE FROM visit_diagnoses WHERE mdtrt_id = ?');
    this.insertDiag = db.prepare(`INSERT INTO visit_diagnoses (mdtrt_id, diag_srt_no, diag_type, diag_code, diag_name, maindiag_flag)
      VALUES (@mdtrt_id, @diag_srt_no, @diag_type, @diag_code, @diag_name, @maindiag_flag)`);
    this.diagStmt = db.prepare('SELECT diag_srt_no, diag_type, diag_code, diag_name, maindiag_flag FROM visit_diagnoses WHERE mdtrt_id = ? ORDER BY diag_srt_no');
    this.insertLine = db.prepare(`INSERT INTO fee_lines (mdtrt_id, feedetl_sn, init_feedetl_sn, med_list_codg, cnt, pric, det_item_fee_sumamt, hosp_appr_flag,
      fee_ocur_time, request_hash, status, operator, created_at, ordinal)
      VALUES (@mdtrt_id, @feedetl_sn, @init_feedetl_sn, @med_list_codg, @cnt, @pric, @det_item_fee_sumamt, @hosp_appr_flag,
      @fee_ocur_time, @request_hash, @status, @operator, @created_at, @ordinal)`);
    this.lineStmt = db.prepare('SELECT * FROM fee_lines WHERE mdtrt_id = ? AND feedetl_sn = ?');
    this.linesStmt = db.prepare('SELECT * FROM fee_lines WHERE mdtrt_id = ? ORDER BY ordinal');
    this.activeLinesStmt = db.prepare("SELECT * FROM fee_lines WHERE mdtrt_id = ? AND status = 'active' ORDER BY ordinal");
    this.refundsOfStmt = db.prepare("SELECT * FROM fee_lines WHERE mdtrt_id = ? AND init_feedetl_sn = ? AND status = 'active' ORDER BY ordinal");
    this.cancelLineStmt = db.prepare("UPDATE fee_lines SET status = 'cancelled' WHERE mdtrt_id = ? AND feedetl_sn = ? AND status = 'active'");
    this.cancelAllStmt = db.prepare("UPDATE fee_lines SET status = 'cancelled' WHERE mdtrt_id = ? AND status = 'active'");
    // Lines only ever change by an add (a new, higher ordinal) or a cancel (one fewer active).
    this.versionStmt = db.prepare("SELECT coalesce(max(ordinal), 0) || '/' || sum(status = 'active') AS v FROM fee_lines WHERE mdtrt_id = ?");
    this.nextOrdinalStmt = db.prepare('SELECT coalesce(max(ordinal), 0) + 1 AS n FROM fee_lines WHERE mdtrt_id = ?');
  }

  insert(visit: VisitRow, diagnoses: readonly DiagnosisRow[]): void {
    this.insertVisit.run(visit);
    this.setDiagnoses(visit.mdtrt_id, diagnoses);
  }

  get(mdtrtId: string): VisitRow | undefined {
    return this.byId.get(mdtrtId) as VisitRow | undefined;
  }

  byHisVisitNo(iptOtpNo: string): VisitRow | undefined {
    return this.byHisNo.get(iptOtpNo) as VisitRow | undefined;
  }

  discharge(mdtrtId: string, endtime: string): void {
    this.dischargeStmt.run(endtime, mdtrtId);
  }

  /** 2405 cancel discharge: the stay goes on. */
  reopen(mdtrtId: string): void {
    this.reopenStmt.run(mdtrtId);
  }

  /** 2202 / 2404: marks the visit cancelled; false when it already was. */
  cancel(mdtrtId: string, at: string): boolean {
    return this.cancelStmt.run(at, mdtrtId).changes === 1;
  }

  /** 2203: the visit type, while the visit has no fee lines. */
  setMedType(mdtrtId: string, medType: string, specialDisease: string | null): void {
    this.medTypeStmt.run(medType, specialDisease, mdtrtId);
  }

  activeLineCount(mdtrtId: string): number {
    return this.activeCountStmt.get(mdtrtId) as number;
  }

  /** Settlement and cancellation rows of the visit, counted: part of what a settle checks has not moved. */
  settlementCount(mdtrtId: string): number {
    return this.settlementCountStmt.get(mdtrtId) as number;
  }

  setDiagnoses(mdtrtId: string, diagnoses: readonly DiagnosisRow[]): void {
    this.clearDiag.run(mdtrtId);
    for (const d of diagnoses) this.insertDiag.run({ ...d, mdtrt_id: mdtrtId });
  }

  diagnoses(mdtrtId: string): DiagnosisRow[] {
    return this.diagStmt.all(mdtrtId) as DiagnosisRow[];
  }

  /** Changes whenever the visit's lines change: "<highest ordinal>/<active count>". */
  linesVersion(mdtrtId: string): string {
    return String((this.versionStmt.get(mdtrtId) as { v: string | null }).v);
  }

  nextOrdinal(mdtrtId: string): number {
    return (this.nextOrdinalStmt.get(mdtrtId) as { n: number }).n;
  }

  addLine(line: FeeLineRow): void {
    this.insertLine.run(line);
  }

  line(mdtrtId: string, feedetlSn: string): FeeLineRow | undefined {
    return this.lineStmt.get(mdtrtId, feedetlSn) as FeeLineRow | undefined;
  }

  lines(mdtrtId: string): FeeLineRow[] {
    return this.linesStmt.all(mdtrtId) as FeeLineRow[];
  }

  activeLines(mdtrtId: string): FeeLineRow[] {
    return this.activeLinesStmt.all(mdtrtId) as FeeLineRow[];
  }

  activeRefundsOf(mdtrtId: string, feedetlSn: string): FeeLineRow[] {
    return this.refundsOfStmt.all(mdtrtId, feedetlSn) as FeeLineRow[];
  }

  cancelLine(mdtrtId: string, feedetlSn: string): number {
    return this.cancelLineStmt.run(mdtrtId, feedetlSn).changes;
  }

  cancelAll(mdtrtId: string): number {
    return this.cancelAllStmt.run(mdtrtId).changes;
  }
}
