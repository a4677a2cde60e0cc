/**
 * A SyncSink over the gateway's store: the blocklist goes into the store's `blocklist` table
 * (card_no, reason, listed_at) — the table the card credential service checks on every read —
 * in one transaction per reply; catalogue and policy files are kept in memory for the engine
 * (MemorySyncSink) until the engine loads them from the store.
 *
 * Versions are held in memory: after a restart the first sync asks with no version and gets
 * the full list, which replaces the table. So a lost card is refused from the first sync after
 * start, and within one interval of being listed at the centre.
 */
import type { Db } from '../store/db.ts';
import { MemorySyncSink } from './memory-sync-sink.ts';
import type { BlockedCard, SyncChange } from './sync-port.ts';

export class StoreSyncSink extends MemorySyncSink {
  private readonly applyToTable: (change: SyncChange<BlockedCard>) => void;

  constructor(db: Db) {
    super();
    const clear = db.prepare('DELETE FROM blocklist');
    const put = db.prepare(`INSERT INTO blocklist (card_no, reason, listed_at) VALUES (?, ?, ?)
      ON CONFLICT (card_no) DO UPDATE SET reason = excluded.reason, listed_at = excluded.listed_at`);
    const remove = db.prepare('DELETE FROM blocklist WHERE card_no = ?');
    this.applyToTable = db.transaction((change: SyncChange<BlockedCard>) => {
      if (change.full) clear.run();
      for (const key of change.removed) remove.run(key);
      for (const card of change.items) {
        if (!card.cardNo) continue;
        const since = Number(card.sinceMs ?? 0);
        put.run(card.cardNo, card.reason || 'LOST', new Date(since > 0 ? since : Date.now()).toISOString());
      }
    });
  }

  override applyBlocklist(change: SyncChange<BlockedCard>): void {
    this.applyToTable(change);
    super.applyBlocklist(change);
  }
}
