/**
 * Interim settlements (中途结算, national interface 2304 `mid_setl_flag` "1"): which
 * settlements of an inpatient stay were made while the patient stayed in hospital. A mark is
 * written in the settlement's own transaction and, like the settlement, never changed; a
 * cancelled interim settlement keeps its mark (its cancellation row says it is no longer live).
 */
import type { Db } from './db.ts';

export class InterimStore {
  private readonly insertStmt;
  private readonly hasStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare('INSERT INTO interim_settlements (setl_id, mdtrt_id) VALUES (?, ?)');
    this.hasStmt = db.prepare('SELECT 1 FROM interim_settlements WHERE setl_id = ?').pluck();
  }

  mark(setlId: string, mdtrtId: string): void {
    this.insertStmt.run(setlId, mdtrtId);
  }

  has(setlId: string): boolean {
    return this.hasStmt.get(setlId) !== undefined;
  }
}
