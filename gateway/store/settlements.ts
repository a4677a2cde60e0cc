/**
 * Settlement rows. Written once, never updated (triggers enforce it); a cancellation is a
 * second row with `kind = 'cancellation'` pointing at the original. The settlement, its
 * lines, the accumulator delta, the audit entry and the outbox message commit together in
 * the caller's transaction (DESIGN.md step 5).
 */
import type { Db } from './db.ts';

export interface SettlementRow {
  readonly setl_id: string;
  readonly kind: 'settlement' | 'cancellation';
  readonly original_setl_id: string | null;
  readonly mdtrt_id: string;
  readonly psn_no: string;
  readonly insutype: string;
  readonly med_type: string;
  readonly idempotency_key: string;
  readonly request_hash: string;
  readonly policy_id: string;
  readonly medfee_sumamt: number;
  readonly fund_pay_sumamt: number;
  readonly acct_pay: number;
  readonly psn_cash_pay: number;
  readonly offline: number;
  readonly operator: string;
  readonly session_id: string;
  readonly record_id: string;
  readonly medins_setl_id: string | null;
  readonly reason: string | null;
  /** JSON list of the approvers of a cancellation; null for a settlement. */
  readonly approvals: string | null;
  readonly result: string;
  readonly created_at: string;
}

export interface LineRow {
  readonly feedetl_sn: string;
  readonly med_list_codg: string;
  readonly cnt: string;
  readonly pric: string;
  readonly det_item_fee_sumamt: number;
  readonly split: string;
}

export interface TotalsRow {
  readonly insutype: string;
  readonly med_type: string;
  readonly settlements: number;
  readonly cancellations: number;
  readonly offline: number;
  readonly medfee_sumamt: number;
  readonly fund_pay_sumamt: number;
  readonly acct_pay: number;
  readonly psn_cash_pay: number;
}

export class SettlementStore {
  private readonly insertStmt;
  private readonly insertLineStmt;
  private readonly byKeyStmt;
  private readonly byIdStmt;
  private readonly byVisitStmt;
  private readonly cancellationOfStmt;
  private readonly byMedinsStmt;
  private readonly linesStmt;
  private readonly totalsStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(`INSERT INTO settlements (setl_id, kind, original_setl_id, mdtrt_id, psn_no, insutype, med_type, idempotency_key, request_hash,
      policy_id, medfee_sumamt, fund_pay_sumamt, acct_pay, psn_cash_pay, offline, operator, session_id, record_id, medins_setl_id, reason, approvals, result, created_at)
      VALUES (@setl_id, @kind, @original_setl_id, @mdtrt_id, @psn_no, @insutype, @med_type, @idempotency_key, @request_hash,
      @policy_id, @medfee_sumamt, @fund_pay_sumamt, @acct_pay, @psn_cash_pay, @offline, @operator, @session_id, @record_id, @medins_setl_id, @reason, @approvals, @result, @created_at)`);
    // Positional: a discharge writes 2,000 of these, and binding by name copies each line into a new object first.
    this.insertLineStmt = db.prepare(`INSERT INTO settlement_lines (setl_id, feedetl_sn, med_list_codg, cnt, pric, det_item_fee_sumamt, split)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.byKeyStmt = db.prepare('SELECT * FROM settlements WHERE idempotency_key = ?');
    this.byIdStmt = db.prepare('SELECT * FROM settlements WHERE setl_id = ?');
    this.byVisitStmt = db.prepare("SELECT * FROM settlements WHERE mdtrt_id = ? AND kind = 'settlement' ORDER BY created_at");
    this.cancellationOfStmt = db.prepare("SELECT * FROM settlements WHERE original_setl_id = ? AND kind = 'cancellation'");
    this.byMedinsStmt = db.prepare("SELECT * FROM settlements WHERE medins_setl_id = ? AND kind = 'settlement' ORDER BY created_at");
    this.linesStmt = db.prepare('SELECT feedetl_sn, med_list_codg, cnt, pric, det_item_fee_sumamt, split FROM settlement_lines WHERE setl_id = ? ORDER BY rowid');
    // Daily totals in the shape of reconciliation 3201: cancellations carry negated amounts,
    // so plain sums are the net figures; counts are settlements and cancellations apart.
    this.totalsStmt = db.prepare(`SELECT insutype, med_type,
        sum(kind = 'settlement') AS settlements, sum(kind = 'cancellation') AS cancellations, sum(offline) AS offline,
        sum(medfee_sumamt) AS medfee_sumamt, sum(fund_pay_sumamt) AS fund_pay_sumamt, sum(acct_pay) AS acct_pay, sum(psn_cash_pay) AS psn_cash_pay
      FROM settlements WHERE created_at >= ? AND created_at < ? GROUP BY insutype, med_type ORDER BY insutype, med_type`);
  }

  byMedinsSetlId(msgid: string): SettlementRow | undefined {
    return (this.byMedinsStmt.all(msgid) as SettlementRow[])[0];
  }

  lines(setlId: string): LineRow[] {
    return this.linesStmt.all(setlId) as LineRow[];
  }

  /** Sums over [fromIso, toIso) by insurance type and visit type, amounts in fen. */
  totals(fromIso: string, toIso: string): TotalsRow[] {
    return this.totalsStmt.all(fromIso, toIso) as TotalsRow[];
  }

  insert(row: SettlementRow, lines: readonly LineRow[]): void {
    this.insertStmt.run(row);
    for (const l of lines) this.insertLineStmt.run(row.setl_id, l.feedetl_sn, l.med_list_codg, l.cnt, l.pric, l.det_item_fee_sumamt, l.split);
  }

  byIdempotencyKey(key: string): SettlementRow | undefined {
    return this.byKeyStmt.get(key) as SettlementRow | undefined;
  }

  byId(setlId: string): SettlementRow | undefined {
    return this.byIdStmt.get(setlId) as SettlementRow | undefined;
  }

  /** Every settlement of a visit (cancelled or not), oldest first. */
  allForVisit(mdtrtId: string): SettlementRow[] {
    return this.byVisitStmt.all(mdtrtId) as SettlementRow[];
  }

  /** Settlements of a visit that have not been cancelled. */
  activeForVisit(mdtrtId: string): SettlementRow[] {
    return (this.byVisitStmt.all(mdtrtId) as SettlementRow[]).filter((s) => !this.cancellationOf(s.setl_id));
  }

  cancellationOf(setlId: string): SettlementRow | undefined {
    return this.cancellationOfStmt.get(setlId) as SettlementRow | undefined;
  }
}
