/**
 * Insured persons seen at this gateway, with their insurance facts and year-to-date
 * accumulators (the centre's last snapshot plus the deltas settled here since — DESIGN.md
 * step 2: on a centre timeout the cached snapshot plus local deltas stand in).
 */
import type { Db } from './db.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import { fromFen } from '../../protocol/money.ts';
import { sumAccumulators, type Accumulators, EMPTY_ACCUMULATORS } from '../engine/accumulators.ts';
import type { AccumulatorsDelta } from '../engine/index.ts';

export interface Person {
  readonly psn_no: string;
  readonly certno: string;
  readonly psn_name: string;
  readonly card_no: string | null;
  readonly insutype: 'resident' | 'employee';
  readonly insuplc_admdvs: string;
  readonly birth_date: string;
  readonly category: string;
  readonly contribution_years: number;
  readonly blood_disease: boolean;
  /** Personal account balance in fen. */
  readonly account_balance_fen: number;
}

interface PersonRow extends Omit<Person, 'blood_disease'> {
  blood_disease: number;
}

/** Persons read on one connection, valid while its data_version stays the same. */
interface PersonCache {
  dataVersion: number;
  readonly persons: Map<string, Person>;
}

const CACHE = new WeakMap<Db, PersonCache>();
/** Regulars of one counter; beyond this start over rather than grow. */
const MAX_CACHED = 10_000;

export class PersonStore {
  private readonly upsertStmt;
  private readonly getStmt;
  private readonly byCertStmt;
  private readonly snapshotStmt;
  private readonly deltasStmt;
  private readonly putSnapshotStmt;
  private readonly addDeltaStmt;
  private readonly debitStmt;
  private readonly byCardStmt;
  private readonly foldDeliveredStmt;
  private readonly lastConfirmedStmt;
  private readonly totalStmt;
  private readonly putTotalStmt;
  private readonly dataVersionStmt;
  private readonly cache: PersonCache;

  constructor(private readonly db: Db) {
    // A sale reads its person twice (the centre confirmation, then the settle path); the row
    // changes only through upsert and debitAccount here, which forget it, or through another
    // connection, whose commit moves PRAGMA data_version.
    this.dataVersionStmt = db.prepare('PRAGMA data_version').pluck();
    let cache = CACHE.get(db);
    if (!cache) {
      cache = { dataVersion: -1, persons: new Map() };
      CACHE.set(db, cache);
    }
    this.cache = cache;
    this.upsertStmt = db.prepare(`
      INSERT INTO persons (psn_no, certno, psn_name, card_no, insutype, insuplc_admdvs, birth_date, category, contribution_years, blood_disease, account_balance_fen, updated_at)
      VALUES (@psn_no, @certno, @psn_name, @card_no, @insutype, @insuplc_admdvs, @birth_date, @category, @contribution_years, @blood_disease, @account_balance_fen, @updated_at)
      ON CONFLICT (psn_no) DO UPDATE SET certno = excluded.certno, psn_name = excluded.psn_name, card_no = excluded.card_no,
        insutype = excluded.insutype, insuplc_admdvs = excluded.insuplc_admdvs, birth_date = excluded.birth_date,
        category = excluded.category, contribution_years = excluded.contribution_years, blood_disease = excluded.blood_disease,
        account_balance_fen = excluded.account_balance_fen, updated_at = excluded.updated_at`);
    this.getStmt = db.prepare('SELECT * FROM persons WHERE psn_no = ?');
    this.byCertStmt = db.prepare('SELECT * FROM persons WHERE certno = ?');
    this.byCardStmt = db.prepare('SELECT * FROM persons WHERE card_no = ?');
    // A delta whose settlement's outbox records are all acknowledged is in the centre's figures.
    this.foldDeliveredStmt = db.prepare(`DELETE FROM accumulator_deltas WHERE psn_no = ? AND year = ?
      AND NOT EXISTS (SELECT 1 FROM outbox o JOIN settlements s ON o.visit_id = s.mdtrt_id
                      WHERE s.setl_id = accumulator_deltas.setl_id AND o.status = 'pending')`);
    this.totalStmt = db.prepare('SELECT accumulators FROM accumulator_totals WHERE psn_no = ? AND year = ?');
    this.putTotalStmt = db.prepare(`INSERT INTO accumulator_totals (psn_no, year, accumulators) VALUES (?, ?, ?)
      ON CONFLICT (psn_no, year) DO UPDATE SET accumulators = excluded.accumulators`);
    this.lastConfirmedStmt = db.prepare('SELECT max(taken_at) AS at FROM accumulator_snapshots WHERE psn_no = ?');
    this.snapshotStmt = db.prepare('SELECT accumulators FROM accumulator_snapshots WHERE psn_no = ? AND year = ?');
    this.deltasStmt = db.prepare('SELECT delta FROM accumulator_deltas WHERE psn_no = ? AND year = ? ORDER BY id');
    this.putSnapshotStmt = db.prepare(`INSERT INTO accumulator_snapshots (psn_no, year, accumulators, taken_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (psn_no, year) DO UPDATE SET accumulators = excluded.accumulators, taken_at = excluded.taken_at`);
    this.debitStmt = db.prepare('UPDATE persons SET account_balance_fen = account_balance_fen - @fen WHERE psn_no = @psn_no AND account_balance_fen >= @fen');
    this.addDeltaStmt = db.prepare('INSERT INTO accumulator_deltas (psn_no, year, setl_id, delta, created_at) VALUES (?, ?, ?, ?, ?)');
  }

  /** When the centre last answered for this person (its newest snapshot), or null. */
  lastConfirmedAt(psnNo: string): string | null {
    return (this.lastConfirmedStmt.get(psnNo) as { at: string | null }).at;
  }

  /**
   * Takes a settled account payment off the cached balance, inside the settlement's
   * transaction. The balance never goes below zero: a debit larger than what is left throws
   * and the settlement's transaction rolls back.
   */
  debitAccount(psnNo: string, fen: number): void {
    this.cache.persons.delete(psnNo);
    if (this.debitStmt.run({ fen, psn_no: psnNo }).changes !== 1) {
      throw new GatewayError('GW_ACCOUNT_OVERDRAWN', { details: { psn_no: psnNo, acct_pay: fromFen(fen) } });
    }
  }

  upsert(person: Person, now = new Date()): void {
    this.cache.persons.delete(person.psn_no);
    this.upsertStmt.run({ ...person, blood_disease: person.blood_disease ? 1 : 0, updated_at: now.toISOString() });
  }

  byCardNo(cardNo: string): Person | undefined {
    return fromRow(this.byCardStmt.get(cardNo) as PersonRow | undefined);
  }

  /**
   * A fresh snapshot from the centre replaces the old one; the local deltas it already
   * counts (everything the centre had acknowledged by then) are folded away so they are not
   * counted twice. Deltas still undelivered stay on top.
   */
  replaceSnapshot(psnNo: string, year: number, acc: Accumulators, at = new Date()): void {
    this.putSnapshotStmt.run(psnNo, year, JSON.stringify(acc), at.toISOString());
    this.foldDeliveredStmt.run(psnNo, year);
    this.putTotalStmt.run(psnNo, year, JSON.stringify(this.recompute(psnNo, year)));
  }

  get(psnNo: string): Person | undefined {
    // Inside a transaction the row may be one that is rolled back later: read, never remember.
    if (this.db.inTransaction) return fromRow(this.getStmt.get(psnNo) as PersonRow | undefined);
    const version = this.dataVersionStmt.get() as number;
    const { persons } = this.cache;
    if (version !== this.cache.dataVersion || persons.size >= MAX_CACHED) {
      persons.clear();
      this.cache.dataVersion = version;
    }
    const known = persons.get(psnNo);
    if (known) return known;
    const person = fromRow(this.getStmt.get(psnNo) as PersonRow | undefined);
    if (person) persons.set(psnNo, person);
    return person;
  }

  byCertno(certno: string): Person | undefined {
    return fromRow(this.byCertStmt.get(certno) as PersonRow | undefined);
  }

  /** The centre's snapshot for the year plus every local delta since (one row, kept in step). */
  accumulators(psnNo: string, year: number): Accumulators {
    const total = this.totalStmt.get(psnNo, year) as { accumulators: string } | undefined;
    return total ? { ...EMPTY_ACCUMULATORS, ...(JSON.parse(total.accumulators) as Partial<Accumulators>) } : this.recompute(psnNo, year);
  }

  /** Snapshot + deltas summed from the history; what the running total must always equal. */
  recompute(psnNo: string, year: number): Accumulators {
    const snap = this.snapshotStmt.get(psnNo, year) as { accumulators: string } | undefined;
    let acc: Accumulators = snap ? { ...EMPTY_ACCUMULATORS, ...(JSON.parse(snap.accumulators) as Partial<Accumulators>) } : EMPTY_ACCUMULATORS;
    for (const row of this.deltasStmt.iterate(psnNo, year) as Iterable<{ delta: string }>) {
      acc = sumAccumulators(acc, JSON.parse(row.delta) as Partial<AccumulatorsDelta>);
    }
    return acc;
  }

  putSnapshot(psnNo: string, year: number, acc: Accumulators, at = new Date()): void {
    this.putSnapshotStmt.run(psnNo, year, JSON.stringify(acc), at.toISOString());
    this.putTotalStmt.run(psnNo, year, JSON.stringify(this.recompute(psnNo, year)));
  }

  /** Call inside the settlement's transaction: the delta and the running total move together. */
  addDelta(psnNo: string, year: number, setlId: string, delta: Partial<AccumulatorsDelta>, at = new Date()): void {
    this.addDeltaStmt.run(psnNo, year, setlId, JSON.stringify(delta), at.toISOString());
    this.putTotalStmt.run(psnNo, year, JSON.stringify(sumAccumulators(this.accumulators(psnNo, year), delta)));
  }
}

function fromRow(row: PersonRow | undefined): Person | undefined {
  // Frozen: a remembered person is handed to every caller.
  return row ? Object.freeze({ ...row, blood_disease: row.blood_disease === 1 }) : undefined;
}
