/**
 * A consistent copy of the live database, taken while the counters keep settling.
 *
 * SQLite's online backup API (better-sqlite3 `db.backup()`) copies the database page by page
 * in steps; a commit by another connection between two steps restarts the copy. Each step
 * here copies everything that is left, under one read transaction: the copy is one committed
 * state — never half a settlement — and WAL lets the counters keep committing meanwhile.
 * The copy is switched to `journal_mode=DELETE`, so it is one self-contained file.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { GatewayError } from '../errors/gateway-error.ts';

export interface SnapshotInfo {
  readonly pageSize: number;
  readonly pageCount: number;
  /** `schema_migrations` version in the copy (0 when the table is missing). */
  readonly schemaVersion: number;
  readonly settlements: number;
  readonly auditEntries: number;
}

function tableCount(db: Database.Database, table: string): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  return exists ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
}

/** Facts about a self-contained database file (opened read-only). */
export function describeDatabase(file: string): SnapshotInfo {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pageCount = db.pragma('page_count', { simple: true }) as number;
    const hasMigrations = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    const schemaVersion = hasMigrations ? ((db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0) : 0;
    return { pageSize, pageCount, schemaVersion, settlements: tableCount(db, 'settlements'), auditEntries: tableCount(db, 'audit_log') };
  } finally {
    db.close();
  }
}

/**
 * Copies `source` (the live database, or an open connection to it) to `dest` online.
 * `dest` must not exist. Resolves once the copy is complete, checked and self-contained.
 */
export async function takeSnapshot(source: string | Database.Database, dest: string): Promise<SnapshotInfo> {
  if (existsSync(dest)) throw new GatewayError('GW_BACKUP_FAILED', { detail: `${dest} already exists` });
  const own = typeof source === 'string';
  let db: Database.Database;
  try {
    db = own ? new Database(source, { fileMustExist: true }) : source;
  } catch (cause) {
    throw new GatewayError('GW_BACKUP_FAILED', { cause, detail: `cannot open ${String(source)}` });
  }
  try {
    if (own) db.pragma('busy_timeout = 5000');
    await db.backup(dest, {
      // better-sqlite3 opens the copy with an empty step; from then on every step copies all
      // that is left, so a commit that restarts the copy is followed by a complete one.
      progress: () => 0x7fffffff,
    });
    const copy = new Database(dest, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new GatewayError('GW_BACKUP_FAILED', { detail: `the copy fails quick_check: ${String(check)}` });
    } finally {
      copy.close();
    }
    return describeDatabase(dest);
  } catch (cause) {
    rmSync(dest, { force: true });
    rmSync(`${dest}-journal`, { force: true });
    if (cause instanceof GatewayError) throw cause;
    throw new GatewayError('GW_BACKUP_FAILED', { cause, detail: `online copy to ${dest}` });
  } finally {
    if (own) db.close();
  }
}
