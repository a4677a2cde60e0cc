/**
 * Which catalogue and policy versions this gateway has settled with, and since when: a
 * settlement names its own (`policy_id`, `catalogue_version` in its result); this table lets
 * reconciliation and audit list what was in force on a day without reading every settlement.
 */
import type { Db } from './db.ts';

export class DataVersionStore {
  private readonly putStmt;
  private readonly listStmt;

  constructor(db: Db) {
    this.putStmt = db.prepare('INSERT OR IGNORE INTO data_versions (kind, version, installed_at) VALUES (?, ?, ?)');
    this.listStmt = db.prepare('SELECT kind, version, installed_at FROM data_versions ORDER BY installed_at, kind, version');
  }

  /** Records versions first seen now; versions already known keep their first date. */
  record(kind: 'catalogue' | 'policy', versions: readonly string[], at = new Date()): void {
    for (const v of versions) this.putStmt.run(kind, v, at.toISOString());
  }

  list(): Array<{ kind: string; version: string; installed_at: string }> {
    return this.listStmt.all() as Array<{ kind: string; version: string; installed_at: string }>;
  }
}
