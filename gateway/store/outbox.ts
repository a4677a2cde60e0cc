/**
 * The transactional outbox (peer-systems.md "Store and forward"): a record is enqueued in
 * the same SQLite transaction as the business row it reports, and only an acknowledgement
 * from the centre moves it out of `pending`. Reads are paged through an index, so the
 * uploader never holds the backlog in memory, however large it grows.
 */
import type { Db } from './db.ts';
import { QUARANTINE_CODE, type OutboxKind, type OutboxRow, type OutboxSource } from './outbox-port.ts';

export interface NewOutboxRecord {
  readonly id: string;
  readonly visitId: string;
  /** From `nextSeq(visitId)`, read in the same transaction. */
  readonly seq: number;
  readonly kind: OutboxKind;
  readonly payload: Uint8Array;
  readonly createdAt: number;
}

interface RawRow {
  id: string;
  visit_id: string;
  seq: number;
  kind: OutboxKind;
  payload: Buffer;
  created_at: number;
  attempts: number;
}

export class OutboxStore implements OutboxSource {
  private readonly insertStmt;
  private readonly nextSeqStmt;
  private readonly nextBatchStmt;
  private readonly settleStmt;
  private readonly settleAllStmt;
  private readonly retryStmt;
  private readonly backlogStmt;
  private readonly statusStmt;
  private readonly quarantineCountStmt;
  private readonly quarantineIdsStmt;

  constructor(private readonly db: Db) {
    // seq numbers a visit's records in order: the uploader never sends seq n+1 before n is acknowledged.
    this.insertStmt = db.prepare('INSERT INTO outbox (id, visit_id, seq, kind, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    this.nextSeqStmt = db.prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM outbox WHERE visit_id = ?');
    // Due records whose visit has no earlier record still waiting: a visit's records leave in
    // seq order (several may share a batch, in order); visits with a batch in flight are skipped.
    // Migration 2's partial indexes: outbox_queue gives the ORDER BY without a sort (the scan
    // stops after @limit rows), outbox_visit_pending answers the NOT EXISTS by (visit_id, seq).
    this.nextBatchStmt = db.prepare(`SELECT o.* FROM outbox o INDEXED BY outbox_queue
      WHERE o.status = 'pending' AND o.not_before <= @now
        AND o.visit_id NOT IN (SELECT value FROM json_each(@skip))
        AND NOT EXISTS (SELECT 1 FROM outbox e INDEXED BY outbox_visit_pending
                        WHERE e.visit_id = o.visit_id AND e.seq < o.seq
                          AND e.status = 'pending' AND e.not_before > @now)
      ORDER BY o.created_at, o.visit_id, o.seq LIMIT @limit`);
    this.settleStmt = db.prepare(`UPDATE outbox SET status = @status, settled_at = @at, reject_code = @code, reject_reason = @reason
      WHERE id = @id AND status = 'pending'`);
    // An acknowledged batch in one statement (ids as a JSON array, each looked up by primary key), not one per record.
    this.settleAllStmt = db.prepare(`UPDATE outbox SET status = ?, settled_at = ?, reject_code = NULL, reject_reason = NULL
      WHERE id IN (SELECT value FROM json_each(?)) AND status = 'pending'`);
    this.retryStmt = db.prepare(`UPDATE outbox SET attempts = attempts + 1, not_before = @notBefore, last_error = @error WHERE id = @id AND status = 'pending'`);
    // O(1): the trigger-kept count (migration 3) and the first entry of outbox_queue.
    this.backlogStmt = db.prepare(`SELECT (SELECT n FROM outbox_pending_count WHERE id = 1) AS count,
      (SELECT created_at FROM outbox INDEXED BY outbox_queue WHERE status = 'pending' ORDER BY created_at LIMIT 1) AS oldest`);
    // Rejected rows are few; the (status, …) index finds them without a scan of the outbox.
    this.quarantineCountStmt = db.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'rejected' AND reject_code = ?");
    this.quarantineIdsStmt = db.prepare("SELECT id FROM outbox WHERE status = 'rejected' AND reject_code = ? ORDER BY settled_at DESC LIMIT ?");
    this.statusStmt = db.prepare('SELECT status, reject_code, reject_reason, settled_at FROM outbox WHERE id = ?');
  }

  /** The seq the visit's next record takes; the record carries it too, so read both in one transaction. */
  nextSeq(visitId: string): number {
    return (this.nextSeqStmt.get(visitId) as { seq: number }).seq;
  }

  enqueue(record: NewOutboxRecord): void {
    // Positional, and the payload bound as it is (better-sqlite3 takes any Uint8Array as a BLOB): no copy of the record or its bytes.
    this.insertStmt.run(record.id, record.visitId, record.seq, record.kind, record.payload, record.createdAt);
  }

  nextBatch(limit: number, now: number, skipVisits: ReadonlySet<string> = new Set()): OutboxRow[] {
    return (this.nextBatchStmt.all({ limit, now, skip: JSON.stringify([...skipVisits]) }) as RawRow[]).map((r) => ({
      id: r.id,
      visitId: r.visit_id,
      seq: r.seq,
      kind: r.kind,
      payload: r.payload, // a Buffer is a Uint8Array: no copy of every record's bytes
      createdAt: r.created_at,
      attempts: r.attempts,
    }));
  }

  markDelivered(ids: readonly string[], at: number): void {
    this.settleAllStmt.run('delivered', at, JSON.stringify(ids));
  }

  markDuplicate(ids: readonly string[], at: number): void {
    this.settleAllStmt.run('duplicate', at, JSON.stringify(ids));
  }

  markRejected(id: string, code: string, reason: string, at: number): void {
    this.settleMany([{ id, status: 'rejected', code, reason }], at);
  }

  scheduleRetry(ids: readonly string[], notBefore: number, error = ''): void {
    this.db.transaction(() => {
      for (const id of ids) this.retryStmt.run({ id, notBefore, error });
    })();
  }

  quarantined(limit = 20): { count: number; ids: string[] } {
    const count = (this.quarantineCountStmt.get(QUARANTINE_CODE) as { n: number }).n;
    const ids = count === 0 ? [] : (this.quarantineIdsStmt.all(QUARANTINE_CODE, limit) as Array<{ id: string }>).map((r) => r.id);
    return { count, ids };
  }

  backlog(): { count: number; oldestCreatedAt: number | null } {
    const row = this.backlogStmt.get() as { count: number; oldest: number | null };
    return { count: row.count, oldestCreatedAt: row.oldest };
  }

  status(id: string): { status: string; rejectCode: string | null; rejectReason: string | null; settledAt: number | null } | undefined {
    const row = this.statusStmt.get(id) as { status: string; reject_code: string | null; reject_reason: string | null; settled_at: number | null } | undefined;
    return row ? { status: row.status, rejectCode: row.reject_code, rejectReason: row.reject_reason, settledAt: row.settled_at } : undefined;
  }

  private settleMany(items: ReadonlyArray<{ id: string; status: string; code: string | null; reason: string | null }>, at: number): void {
    this.db.transaction(() => {
      for (const item of items) this.settleStmt.run({ ...item, at });
    })();
  }
}
