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

export class SettlementStore {
  private readonly insertStmt;
  private readonly insertLineStmt;
  private readonly byKeyStmt;
  private readonly byIdStmt;
  private readonly byVisitStmt;
  private readonly cancellationOfStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(`INSERT INTO settlements (setl_id, kind, original_setl_id, mdtrt_id, psn_no, insutype, med_type, idempotency_key, request_hash,
      policy_id, medfee_sumamt, fund_pay_sumamt, acct_pay, psn_cash_pay, offline, operator, result, created_at)
      VALUES (@setl_id, @kind, @original_setl_id, @mdtrt_id, @psn_no, @insutype, @med_type, @idempotency_key, @request_hash,
      @policy_id, @medfee_sumamt, @fund_pay_sumamt, @acct_pay, @psn_cash_pay, @offline, @operator, @result, @created_at)`);
    this.insertLineStmt = db.prepare(`INSERT INTO settlement_lines (setl_id, feedetl_sn, med_list_codg, cnt, pric, det_item_fee_sumamt, split)
      VALUES (@setl_id, @feedetl_sn, @med_list_codg, @cnt, @pric, @det_item_fee_sumamt, @split)`);
    this.byKeyStmt = db.prepare('SELECT * FROM settlements WHERE idempotency_key = ?');
    this.byIdStmt = db.prepare('SELECT * FROM settlements WHERE setl_id = ?');
    this.byVisitStmt = db.prepare("SELECT * FROM settlements WHERE mdtrt_id = ? AND kind = 'settlement' ORDER BY created_at");
    this.cancellationOfStmt = db.prepare("SELECT * FROM settlements WHERE original_setl_id = ? AND kind = 'cancellation'");
  }

  insert(row: SettlementRow, lines: readonly LineRow[]): void {
    this.insertStmt.run(row);
    for (const line of lines) this.insertLineStmt.run({ ...line, setl_id: row.setl_id });
  }

  byIdempotencyKey(key: string): SettlementRow | undefined {
    return this.byKeyStmt.get(key) as SettlementRow | undefined;
  }

  byId(setlId: string): SettlementRow | undefined {
    return this.byIdStmt.get(setlId) as SettlementRow | undefined;
  }

  /** Settlements of a visit that have not been cancelled. */
  activeForVisit(mdtrtId: string): SettlementRow[] {
    return (this.byVisitStmt.all(mdtrtId) as SettlementRow[]).filter((s) => !this.cancellationOf(s.setl_id));
  }

  cancellationOf(setlId: string): SettlementRow | undefined {
    return this.cancellationOfStmt.get(setlId) as SettlementRow | undefined;
  }
}
