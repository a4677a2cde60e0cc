/**
 * The local blocklist of lost and cancelled cards (synced from the centre): a card read is
 * refused when its card number — or the holder's ID number — is listed.
 */
import type { Db } from './db.ts';

/** The credential service's Blocklist, on SQLite. */
export class BlocklistStore {
  private readonly getStmt;
  private readonly putStmt;
  private readonly delStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], { reason: string }>('SELECT reason FROM blocklist WHERE card_no = ?');
    this.putStmt = db.prepare(`INSERT INTO blocklist (card_no, reason, listed_at) VALUES (?, ?, ?)
      ON CONFLICT (card_no) DO UPDATE SET reason = excluded.reason, listed_at = excluded.listed_at`);
    this.delStmt = db.prepare('DELETE FROM blocklist WHERE card_no = ?');
  }

  isBlocked(key: string): { reason: string } | null {
    const row = this.getStmt.get(key);
    return row ? { reason: row.reason } : null;
  }

  list(cardNo: string, reason: string, at = new Date()): void {
    this.putStmt.run(cardNo, reason, at.toISOString());
  }

  unlist(cardNo: string): void {
    this.delStmt.run(cardNo);
  }
}
