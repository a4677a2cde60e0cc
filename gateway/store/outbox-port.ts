/**
 * The uploader's view of the outbox (types only), beside its SQLite implementation
 * (`outbox.ts`); gateway/center/memory-outbox.ts is the in-memory one for tests. The uploader
 * (gateway/center/uploader.ts) depends on this, not on the store.
 *
 * The outbox row is written in the settlement's own transaction (transactional outbox,
 * shared/reference/peer-systems.md). Its payload is the protobuf-encoded
 * `yibao.center.v1.Record` (protocol/center `encodeRecord`) and `id` equals that record's
 * `record_id`: the centre acknowledges by it.
 *
 * States: pending → delivered (ACCEPTED or DUPLICATE) | rejected (REJECTED, final; or
 * quarantined by the gateway with QUARANTINE_CODE when the centre cannot decode the record).
 * Only pending rows are ever returned by `nextBatch`.
 *
 * All methods are synchronous (better-sqlite3 is) and must be cheap: the uploader calls
 * them between HTTP round trips and never holds more than `limit` rows per batch in flight.
 */

/** What the row reports; the Record's oneof body says the same. */
export type OutboxKind = 'settlement' | 'cancellation';

export interface OutboxRow {
  /** = the Record's record_id; stable across retries. */
  readonly id: string;
  /** Visit (mdtrt_id) the record belongs to; records of one visit are sent in seq order. */
  readonly visitId: string;
  /** 1, 2, 3 … per visit in commit order. */
  readonly seq: number;
  /** An OutboxKind; typed as string so a store's TEXT column maps without a cast. */
  readonly kind: string;
  /** Encoded `yibao.center.v1.Record`, sent to the centre byte for byte. */
  readonly payload: Uint8Array;
  /** Unix ms when the settlement committed. */
  readonly createdAt: number;
  /** Send attempts so far (0 for a fresh row); drives the back-off. */
  readonly attempts: number;
}

export interface OutboxBacklog {
  /** Pending rows. */
  readonly count: number;
  /** createdAt of the oldest pending row, or null when there is none. */
  readonly oldestCreatedAt: number | null;
}

export interface OutboxSource {
  /**
   * Up to `limit` pending rows that are due (`notBefore <= now`), oldest first, such that
   * for every visit the rows returned are the lowest-seq pending rows of that visit, in seq
   * order (a visit whose lowest pending row is not yet due contributes nothing), and no
   * row of a visit in `skipVisits` is returned (those have a batch in flight; without this
   * filter two concurrent batches would carry the same rows, so concurrency > 1 needs it).
   *
   * SQLite sketch (index on (state, not_before) and on (visit_id, seq)):
   *   SELECT … FROM outbox o WHERE o.state = 'pending' AND o.not_before <= :now
   *     AND o.visit_id NOT IN (SELECT value FROM json_each(:skipVisits))
   *     AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.visit_id = o.visit_id
   *                     AND p.state = 'pending' AND p.seq < o.seq AND p.not_before > :now)
   *   ORDER BY o.created_at, o.visit_id, o.seq LIMIT :limit
   */
  nextBatch(limit: number, now: number, skipVisits: ReadonlySet<string>): OutboxRow[];
  /** The centre answered ACCEPTED for these ids: delivered, never sent again. */
  markDelivered(ids: readonly string[], ackAt: number): void;
  /** The centre already held these ids (DUPLICATE): delivered as well, recorded as such. */
  markDuplicate(ids: readonly string[], ackAt: number): void;
  /** The centre refused this record for good; the HIS sees code and reason. */
  markRejected(id: string, code: string, reason: string, ackAt: number): void;
  /** Not acknowledged (failure, timeout, or missing from the ack): attempts + 1, due again at notBefore. */
  scheduleRetry(ids: readonly string[], notBefore: number, error: string): void;
  /** Size and age of what is still pending. */
  backlog(): OutboxBacklog;
  /** Records set aside because the centre cannot decode them (rejected with QUARANTINE_CODE): how many, and the newest ids. */
  quarantined(limit?: number): { readonly count: number; readonly ids: readonly string[] };
}

/**
 * The reject code of a record the gateway set aside itself: the centre refused every batch
 * that carried it as undecodable, and accepted the same batches without it.
 */
export const QUARANTINE_CODE = 'GW_CENTER_RECORD_REJECTED';
