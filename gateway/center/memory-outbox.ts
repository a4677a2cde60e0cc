/**
 * An in-memory OutboxSource with the same semantics as the SQLite outbox: for tests and the
 * backlog-drain benchmark. Rows of a visit must be enqueued in seq order (as the store's
 * insert numbers them).
 */
import { QUARANTINE_CODE, type OutboxBacklog, type OutboxRow, type OutboxSource } from '../store/outbox-port.ts';

export type MemoryRowState =
  | { readonly status: 'pending'; readonly notBefore: number; readonly lastError: string | null }
  | { readonly status: 'delivered' | 'duplicate'; readonly at: number }
  | { readonly status: 'rejected'; readonly at: number; readonly code: string; readonly reason: string };

interface Entry {
  row: OutboxRow;
  state: MemoryRowState;
}

export class MemoryOutbox implements OutboxSource {
  private readonly entries = new Map<string, Entry>();
  /** Insertion order (= createdAt order); `head` skips the settled prefix. */
  private readonly order: Entry[] = [];
  private head = 0;
  private pending = 0;
  /** Calls to nextBatch, and the largest batch handed out: lets tests see the uploader pages. */
  readonly stats = { nextBatchCalls: 0, maxRowsReturned: 0 };

  enqueue(row: Omit<OutboxRow, 'attempts'> & { attempts?: number }): void {
    if (this.entries.has(row.id)) throw new Error(`outbox already holds ${row.id}`);
    const entry: Entry = { row: { ...row, attempts: row.attempts ?? 0 }, state: { status: 'pending', notBefore: 0, lastError: null } };
    this.entries.set(row.id, entry);
    this.order.push(entry);
    this.pending += 1;
  }

  nextBatch(limit: number, now: number, skipVisits: ReadonlySet<string>): OutboxRow[] {
    this.stats.nextBatchCalls += 1;
    while (this.head < this.order.length && this.order[this.head]?.state.status !== 'pending') this.head += 1;
    const out: OutboxRow[] = [];
    const blocked = new Set<string>();
    for (let i = this.head; i < this.order.length && out.length < limit; i += 1) {
      const entry = this.order[i];
      if (!entry || entry.state.status !== 'pending') continue;
      const visit = entry.row.visitId;
      if (blocked.has(visit)) continue;
      // The first pending row met for a visit is its lowest seq: if it cannot go, none of the visit may.
      if (skipVisits.has(visit) || entry.state.notBefore > now) {
        blocked.add(visit);
        continue;
      }
      out.push(entry.row);
    }
    this.stats.maxRowsReturned = Math.max(this.stats.maxRowsReturned, out.length);
    return out;
  }

  markDelivered(ids: readonly string[], ackAt: number): void {
    for (const id of ids) this.settle(id, { status: 'delivered', at: ackAt });
  }

  markDuplicate(ids: readonly string[], ackAt: number): void {
    for (const id of ids) this.settle(id, { status: 'duplicate', at: ackAt });
  }

  markRejected(id: string, code: string, reason: string, ackAt: number): void {
    this.settle(id, { status: 'rejected', at: ackAt, code, reason });
  }

  scheduleRetry(ids: readonly string[], notBefore: number, error: string): void {
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (!entry || entry.state.status !== 'pending') continue;
      entry.row = { ...entry.row, attempts: entry.row.attempts + 1 };
      entry.state = { status: 'pending', notBefore, lastError: error };
    }
  }

  quarantined(limit = 20): { count: number; ids: string[] } {
    const ids = [...this.entries.values()].filter((e) => e.state.status === 'rejected' && e.state.code === QUARANTINE_CODE).map((e) => e.row.id);
    return { count: ids.length, ids: ids.slice(-limit).reverse() };
  }

  backlog(): OutboxBacklog {
    while (this.head < this.order.length && this.order[this.head]?.state.status !== 'pending') this.head += 1;
    return { count: this.pending, oldestCreatedAt: this.pending === 0 ? null : (this.order[this.head]?.row.createdAt ?? null) };
  }

  /** State of one row, for assertions. */
  state(id: string): (MemoryRowState & { readonly attempts: number }) | undefined {
    const entry = this.entries.get(id);
    return entry ? { ...entry.state, attempts: entry.row.attempts } : undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  private settle(id: string, state: MemoryRowState): void {
    const entry = this.entries.get(id);
    if (!entry || entry.state.status !== 'pending') return;
    entry.state = state;
    this.pending -= 1;
  }
}
