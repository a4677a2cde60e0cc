/**
 * The msgid journal: every successful answer of the national-interface endpoint, by msgid.
 * A HIS whose answer was lost (timeout, page reload) resends the same msgid and gets the
 * same answer, byte for byte (national-interface.md "What integrators struggle with"). The
 * same msgid with another transaction is refused (GW_FSI_MSGID_REUSED).
 *
 * The settlement itself is idempotent on its own (msgid = Idempotency-Key): when the gateway
 * stopped between the settlement's commit and this journal's, the resent msgid reaches the
 * service, which answers its stored settlement, and the answer is journalled then.
 *
 * The table lives in the gateway's database with its own versioned migrations (table
 * `fsi_schema_migrations`), so the fsi area's schema never edits the core list.
 */
import type { Db } from '../store/db.ts';
import { GatewayError } from '../errors/gateway-error.ts';

const FSI_MIGRATIONS: ReadonlyArray<{ readonly version: number; readonly sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE fsi_messages (
        msgid        TEXT PRIMARY KEY,
        infno        TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        answer       TEXT NOT NULL,
        opter        TEXT NOT NULL,
        created_at   TEXT NOT NULL
      );
      CREATE TRIGGER fsi_messages_no_update BEFORE UPDATE ON fsi_messages
        BEGIN SELECT RAISE(ABORT, 'journalled answers are never changed'); END;
    `,
  },
];

function migrateJournal(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS fsi_schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT max(version) AS v FROM fsi_schema_migrations').get() as { v: number | null };
  const from = row.v ?? 0;
  for (const m of FSI_MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO fsi_schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
    })();
  }
}

export interface JournalEntry {
  readonly msgid: string;
  readonly infno: string;
  readonly requestHash: string;
  readonly answer: string;
}

export class FsiJournal {
  private readonly getStmt;
  private readonly putStmt;

  constructor(db: Db) {
    migrateJournal(db);
    this.getStmt = db.prepare('SELECT msgid, infno, request_hash AS requestHash, answer FROM fsi_messages WHERE msgid = ?');
    this.putStmt = db.prepare('INSERT OR IGNORE INTO fsi_messages (msgid, infno, request_hash, answer, opter, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  }

  /** The stored answer for this msgid, if the same transaction was answered before. */
  replay(msgid: string, infno: string, requestHash: string): string | undefined {
    const entry = this.getStmt.get(msgid) as JournalEntry | undefined;
    if (!entry) return undefined;
    if (entry.infno !== infno || entry.requestHash !== requestHash) {
      throw new GatewayError('GW_FSI_MSGID_REUSED', { details: { msgid, original_infno: entry.infno } });
    }
    return entry.answer;
  }

  /** Stores an answer; when another answer for the msgid was stored first, returns that one. */
  record(entry: JournalEntry & { readonly opter: string }, at: Date): string {
    this.putStmt.run(entry.msgid, entry.infno, entry.requestHash, entry.answer, entry.opter, at.toISOString());
    return this.replay(entry.msgid, entry.infno, entry.requestHash) ?? entry.answer;
  }

  /** What a msgid was answered, if it was (2601 names the original by msgid). */
  entry(msgid: string): JournalEntry | undefined {
    return this.getStmt.get(msgid) as JournalEntry | undefined;
  }
}
