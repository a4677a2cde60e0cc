/**
 * Settlement rows. Written once, never updated (triggers enforce it); a cancellation is a
 * second row with `kind = 'cancellation'` pointing at the original. The settlement, its
 * lines, the accumulator delta, the audit entry and the outbox message commit together in
 * the caller's transaction (DESIGN.md step 5). Since migration 5 the lines are a column of
 * the settlement's own row (their splits are in `result`); `settlement_lines` holds those of
 * older settlements.
 */
import { createHash } from 'node:crypto';
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
  /** 'unverified' when the person's card was read here without its authentication (migration 8). */
  readonly card_check?: string | null;
  /** The credential the HIS settled with, 01/02/03, when it said (migration 8). */
  readonly mdtrt_cert_type?: string | null;
  /** The lines as the HIS sent them (migration 5, compact JSON, see CompactLine); absent on a cancellation or an older row. */
  readonly lines?: string | null;
}

/** What a settlement keeps of each line the HIS sent; its split is result.lines at the same index. */
export interface LineFacts {
  readonly feedetl_sn: string;
  readonly med_list_codg: string;
  readonly cnt: string;
  readonly pric: string;
  /** fen */
  readonly det_item_fee_sumamt: number;
  readonly hosp_appr_flag: string;
}

/** One line in `settlements.lines`: [feedetl_sn, med_list_codg, cnt, pric, det_item_fee_sumamt (fen), hosp_appr_flag]. */
type CompactLine = [string, string, string, string, number, string];

/** A settlement's line with its split (JSON of the engine's LineSplit), as a receipt prints it. */
export interface LineRow {
  readonly feedetl_sn: string;
  readonly med_list_codg: string;
  readonly cnt: string;
  readonly pric: string;
  readonly det_item_fee_sumamt: number;
  readonly split: string;
}

/** A settlement or cancellation as reconciliation line by line (3202) compares it. */
export type LedgerRow = Pick<SettlementRow, 'setl_id' | 'kind' | 'original_setl_id' | 'mdtrt_id' | 'psn_no' | 'insutype' | 'med_type'
  | 'medfee_sumamt' | 'fund_pay_sumamt' | 'acct_pay' | 'psn_cash_pay' | 'medins_setl_id' | 'created_at'>;

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

const SETTLEMENT_COLUMNS = ['setl_id', 'kind', 'original_setl_id', 'mdtrt_id', 'psn_no', 'insutype', 'med_type', 'idempotency_key', 'request_hash',
  'policy_id', 'medfee_sumamt', 'fund_pay_sumamt', 'acct_pay', 'psn_cash_pay', 'offline', 'operator', 'session_id', 'record_id', 'medins_setl_id', 'reason',
  'approvals', 'result', 'created_at', 'lines', 'card_check', 'mdtrt_cert_type'] as const;

/**
 * SHA-256 over what a settlement or cancellation row says about money and people: the audit
 * entry written with the row records it, and `verify` recomputes it, so an amount edited in
 * the database (triggers dropped first) is found even where the audit chain was left alone.
 */
export function settlementDigest(row: SettlementRow): string {
  // The short fields as one JSON line, then the two long JSON texts as they are (JSON text holds
  // no raw newline): no copy of a stay's whole result escaped into another string.
  const head = JSON.stringify([row.setl_id, row.kind, row.original_setl_id, row.mdtrt_id, row.psn_no, row.insutype, row.med_type,
    row.medfee_sumamt, row.fund_pay_sumamt, row.acct_pay, row.psn_cash_pay, row.offline, row.operator, row.session_id, row.record_id,
    row.medins_setl_id, row.reason, row.approvals, row.created_at,
    // only where set, so that the digests of older rows stay what their audit entries say
    ...(row.card_check ? [row.card_check] : []), ...(row.mdtrt_cert_type ? [`cert:${row.mdtrt_cert_type}`] : [])]);
  return createHash('sha256').update(head).update('\n').update(row.result).update('\n').update(row.lines ?? '').digest('hex');
}

export class SettlementStore {
  private readonly insertStmt;
  private readonly compactLinesStmt;
  private readonly byKeyStmt;
  private readonly byIdStmt;
  private readonly byVisitStmt;
  private readonly cancellationOfStmt;
  private readonly byMedinsStmt;
  private readonly linesStmt;
  private readonly totalsStmt;
  private readonly ledgerStmt;

  constructor(db: Db) {
    // Positional, in SETTLEMENT_COLUMNS order: binding by name walks the parameter names of a 24-column row on every insert.
    this.insertStmt = db.prepare(`INSERT INTO settlements (${SETTLEMENT_COLUMNS.join(', ')}) VALUES (${SETTLEMENT_COLUMNS.map(() => '?').join(', ')})`);
    this.compactLinesStmt = db.prepare('SELECT lines, result FROM settlements WHERE setl_id = ?');
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
    this.ledgerStmt = db.prepare(`SELECT setl_id, kind, original_setl_id, mdtrt_id, psn_no, insutype, med_type, medfee_sumamt, fund_pay_sumamt, acct_pay, psn_cash_pay, medins_setl_id, created_at
      FROM settlements WHERE created_at >= ? AND created_at < ? ORDER BY created_at, setl_id`);
  }

  /** Every settlement and cancellation of [fromIso, toIso), oldest first (amounts in fen, a cancellation's negated). */
  ledger(fromIso: string, toIso: string): LedgerRow[] {
    return this.ledgerStmt.all(fromIso, toIso) as LedgerRow[];
  }

  byMedinsSetlId(msgid: string): SettlementRow | undefined {
    return (this.byMedinsStmt.all(msgid) as SettlementRow[])[0];
  }

  /** The settlement's lines with their splits, in the order the HIS sent them. */
  lines(setlId: string): LineRow[] {
    const row = this.compactLinesStmt.get(setlId) as { lines: string | null; result: string } | undefined;
    if (!row || row.lines === null) return this.linesStmt.all(setlId) as LineRow[]; // written before migration 5
    const splits = (JSON.parse(row.result) as { lines: unknown[] }).lines;
    return (JSON.parse(row.lines) as CompactLine[]).map(([feedetl_sn, med_list_codg, cnt, pric, det_item_fee_sumamt], i) => ({
      feedetl_sn, med_list_codg, cnt, pric, det_item_fee_sumamt, split: JSON.stringify(splits[i]),
    }));
  }

  /** Sums over [fromIso, toIso) by insurance type and visit type, amounts in fen. */
  totals(fromIso: string, toIso: string): TotalsRow[] {
    return this.totalsStmt.all(fromIso, toIso) as TotalsRow[];
  }

  /**
   * The row and its lines (none for a cancellation) in one statement. Answers the row's digest
   * (settlementDigest), which the audit entry of the same transaction records.
   */
  insert(row: SettlementRow, lines: readonly LineFacts[]): string {
    const compact = lines.length === 0 ? null : JSON.stringify(lines.map((l): CompactLine => [l.feedetl_sn, l.med_list_codg, l.cnt, l.pric, l.det_item_fee_sumamt, l.hosp_appr_flag]));
    this.insertStmt.run(row.setl_id, row.kind, row.original_setl_id, row.mdtrt_id, row.psn_no, row.insutype, row.med_type, row.idempotency_key, row.request_hash,
      row.policy_id, row.medfee_sumamt, row.fund_pay_sumamt, row.acct_pay, row.psn_cash_pay, row.offline, row.operator, row.session_id, row.record_id,
      row.medins_setl_id, row.reason, row.approvals, row.result, row.created_at, compact, row.card_check ?? null, row.mdtrt_cert_type ?? null);
    return settlementDigest({ ...row, lines: compact });
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
