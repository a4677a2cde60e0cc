/**
 * Adjudication results on the gateway's store (migration 2: `adjudications`, `center_cursors`)
 * and what the HIS asks about a settlement's way to the centre: was its record delivered,
 * rejected (with the centre's code and reason), and how did the centre adjudicate it
 * (accepted, adjusted amounts, rejected lines), from which the HIS learns of rejections and
 * adjudication differences (a query route and a long poll).
 *
 * A page and its cursor are written in one transaction (AdjudicationSink contract), so a
 * crash between them re-reads the page; a record decided twice keeps the later decision.
 */
import type { Db } from '../store/db.ts';
import { AdjudicationOutcome, toNumber } from '../../protocol/center/index.ts';
import type { Adjudication, AdjudicationSink } from './adjudications.ts';

export type OutcomeName = 'accepted' | 'adjusted' | 'rejected' | 'unspecified';

export function outcomeName(o: number | null | undefined): OutcomeName {
  switch (o) {
    case AdjudicationOutcome.ADJUDICATION_OUTCOME_ACCEPTED:
      return 'accepted';
    case AdjudicationOutcome.ADJUDICATION_OUTCOME_ADJUSTED:
      return 'adjusted';
    case AdjudicationOutcome.ADJUDICATION_OUTCOME_REJECTED:
      return 'rejected';
    default:
      return 'unspecified';
  }
}

/** One adjudication as the HIS sees it (snake_case, amounts as the centre sent them: yuan strings). */
export interface AdjudicationView {
  readonly record_id: string;
  readonly setl_id: string;
  readonly outcome: OutcomeName;
  readonly code: string;
  readonly reason: string;
  /** ADJUSTED: the amounts the centre pays on (medfee_sumamt, hifp_pay, …); null otherwise. */
  readonly adjusted: Record<string, string> | null;
  /** Lines with a decision other than accepted: feedetl_sn, outcome, code, reason, allowed_amt. */
  readonly lines: ReadonlyArray<{ feedetl_sn: string; outcome: OutcomeName; code: string; reason: string; allowed_amt: string }>;
  readonly decided_at: string;
  /** Position in the stream: pass the last one seen as `since` to get only newer results. */
  readonly cursor: number;
}

/** The upload state of a settlement's record (outbox row). */
export interface UploadView {
  readonly status: 'pending' | 'delivered' | 'duplicate' | 'rejected';
  readonly record_id: string;
  readonly code: string | null;
  readonly reason: string | null;
  readonly attempts: number;
  readonly settled_at: string | null;
  readonly last_error: string | null;
}

interface AdjRow {
  record_id: string;
  setl_id: string;
  outcome: OutcomeName;
  code: string;
  reason: string;
  adjusted: string | null;
  lines: string;
  decided_at: number;
  cursor: number;
}

const CURSOR_NAME = 'adjudications';

/** snake_case copy of a protobuf message's set fields (the HIS API speaks snake_case). */
function snake(obj: object | null | undefined): Record<string, string> | null {
  if (!obj) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string' && v !== '') out[k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = v;
  }
  return out;
}

export class SqliteAdjudicationSink implements AdjudicationSink {
  private readonly cursorStmt;
  private readonly storePage: (results: readonly Adjudication[], nextCursor: number) => void;
  private readonly sinceStmt;
  private readonly bySetlStmt;
  private readonly uploadStmt;

  constructor(db: Db, private readonly now: () => number = Date.now) {
    this.cursorStmt = db.prepare<[string], { cursor: number }>('SELECT cursor FROM center_cursors WHERE name = ?');
    const put = db.prepare(`INSERT INTO adjudications (record_id, setl_id, outcome, code, reason, adjusted, lines, decided_at, cursor, received_at)
      VALUES (@record_id, @setl_id, @outcome, @code, @reason, @adjusted, @lines, @decided_at, @cursor, @received_at)
      ON CONFLICT (record_id) DO UPDATE SET setl_id = excluded.setl_id, outcome = excluded.outcome, code = excluded.code, reason = excluded.reason,
        adjusted = excluded.adjusted, lines = excluded.lines, decided_at = excluded.decided_at, cursor = excluded.cursor, received_at = excluded.received_at`);
    const move = db.prepare('INSERT INTO center_cursors (name, cursor) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor');
    this.storePage = db.transaction((results: readonly Adjudication[], nextCursor: number) => {
      const at = this.now();
      for (const r of results) {
        const outcome = outcomeName(r.outcome);
        put.run({
          record_id: r.recordId ?? '',
          setl_id: r.setlId ?? '',
          outcome,
          code: r.code ?? '',
          reason: r.reason ?? '',
          adjusted: outcome === 'adjusted' ? JSON.stringify(snake(r.adjusted)) : null,
          lines: JSON.stringify((r.lines ?? []).map((l) => ({ feedetl_sn: l.feedetlSn ?? '', outcome: outcomeName(l.outcome), code: l.code ?? '', reason: l.reason ?? '', allowed_amt: l.allowedAmt ?? '' }))),
          decided_at: toNumber(r.decidedAtMs),
          cursor: toNumber(r.cursor),
          received_at: at,
        });
      }
      move.run(CURSOR_NAME, nextCursor);
    });
    this.sinceStmt = db.prepare<[number, number], AdjRow>('SELECT * FROM adjudications WHERE cursor > ? ORDER BY cursor LIMIT ?');
    this.bySetlStmt = db.prepare<[string], AdjRow>('SELECT * FROM adjudications WHERE setl_id = ? ORDER BY cursor DESC LIMIT 1');
    this.uploadStmt = db.prepare<[string], { id: string; status: UploadView['status']; reject_code: string | null; reject_reason: string | null; attempts: number; settled_at: number | null; last_error: string | null }>(
      `SELECT o.id, o.status, o.reject_code, o.reject_reason, o.attempts, o.settled_at, o.last_error
         FROM settlements s JOIN outbox o ON o.id = s.record_id WHERE s.setl_id = ?`);
  }

  cursor(): number {
    return this.cursorStmt.get(CURSOR_NAME)?.cursor ?? 0;
  }

  store(results: readonly Adjudication[], nextCursor: number): void {
    this.storePage(results, nextCursor);
  }

  /** Results after `cursor`, oldest first, at most `limit`. */
  since(cursor: number, limit: number): AdjudicationView[] {
    return this.sinceStmt.all(cursor, limit).map(view);
  }

  /** The latest adjudication of a settlement (or cancellation), if the centre has decided it. */
  forSettlement(setlId: string): AdjudicationView | null {
    const row = this.bySetlStmt.get(setlId);
    return row ? view(row) : null;
  }

  /** Where the settlement's record is on its way to the centre; undefined for an unknown setl_id. */
  uploadOf(setlId: string): UploadView | undefined {
    const r = this.uploadStmt.get(setlId);
    if (!r) return undefined;
    return {
      status: r.status,
      record_id: r.id,
      code: r.reject_code,
      reason: r.reject_reason,
      attempts: r.attempts,
      settled_at: r.settled_at === null ? null : new Date(r.settled_at).toISOString(),
      last_error: r.last_error || null,
    };
  }
}

function view(r: AdjRow): AdjudicationView {
  return {
    record_id: r.record_id,
    setl_id: r.setl_id,
    outcome: r.outcome,
    code: r.code,
    reason: r.reason,
    adjusted: r.adjusted ? (JSON.parse(r.adjusted) as Record<string, string>) : null,
    lines: JSON.parse(r.lines) as AdjudicationView['lines'],
    decided_at: new Date(r.decided_at).toISOString(),
    cursor: r.cursor,
  };
}
