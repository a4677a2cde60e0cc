/**
 * Versioned schema migrations, applied in order on start inside one transaction each.
 * Settlement rows and audit entries are never updated or deleted (Zhoushan internal-control
 * rules: "settlement data must never be edited in place"); triggers make that a database
 * fact, not a convention. Cancellations are new rows pointing at the original.
 */
import type { Db } from './db.ts';
import { GatewayError } from '../errors/gateway-error.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'core',
    sql: `
      CREATE TABLE persons (
        psn_no              TEXT PRIMARY KEY,
        certno              TEXT NOT NULL,
        psn_name            TEXT NOT NULL,
        card_no             TEXT,
        insutype            TEXT NOT NULL CHECK (insutype IN ('resident','employee')),
        insuplc_admdvs      TEXT NOT NULL,
        birth_date          TEXT NOT NULL,
        category            TEXT NOT NULL,
        contribution_years  INTEGER NOT NULL,
        blood_disease       INTEGER NOT NULL DEFAULT 0,
        account_balance_fen INTEGER NOT NULL DEFAULT 0,
        updated_at          TEXT NOT NULL
      );
      CREATE INDEX persons_certno ON persons(certno);

      -- Year-to-date accumulators: the centre's snapshot plus the deltas settled here since.
      CREATE TABLE accumulator_snapshots (
        psn_no      TEXT NOT NULL,
        year        INTEGER NOT NULL,
        accumulators TEXT NOT NULL,
        taken_at    TEXT NOT NULL,
        PRIMARY KEY (psn_no, year)
      );
      CREATE TABLE accumulator_deltas (
        id       INTEGER PRIMARY KEY,
        psn_no   TEXT NOT NULL,
        year     INTEGER NOT NULL,
        setl_id  TEXT NOT NULL,
        delta    TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX accumulator_deltas_psn ON accumulator_deltas(psn_no, year);

      CREATE TABLE settlements (
        setl_id          TEXT PRIMARY KEY,
        kind             TEXT NOT NULL CHECK (kind IN ('settlement','cancellation')),
        original_setl_id TEXT REFERENCES settlements(setl_id),
        mdtrt_id         TEXT NOT NULL,
        psn_no           TEXT NOT NULL,
        insutype         TEXT NOT NULL,
        med_type         TEXT NOT NULL,
        idempotency_key  TEXT NOT NULL UNIQUE,
        request_hash     TEXT NOT NULL,
        policy_id        TEXT NOT NULL,
        medfee_sumamt    INTEGER NOT NULL,
        fund_pay_sumamt  INTEGER NOT NULL,
        acct_pay         INTEGER NOT NULL,
        psn_cash_pay     INTEGER NOT NULL,
        offline          INTEGER NOT NULL DEFAULT 0,
        operator         TEXT NOT NULL,
        result           TEXT NOT NULL,
        created_at       TEXT NOT NULL
      );
      CREATE INDEX settlements_mdtrt ON settlements(mdtrt_id);
      CREATE UNIQUE INDEX settlements_one_cancel ON settlements(original_setl_id) WHERE kind = 'cancellation';
      CREATE TRIGGER settlements_no_update BEFORE UPDATE ON settlements
        BEGIN SELECT RAISE(ABORT, 'settlements are never updated in place'); END;
      CREATE TRIGGER settlements_no_delete BEFORE DELETE ON settlements
        BEGIN SELECT RAISE(ABORT, 'settlements are never deleted'); END;

      CREATE TABLE settlement_lines (
        setl_id     TEXT NOT NULL REFERENCES settlements(setl_id),
        feedetl_sn  TEXT NOT NULL,
        med_list_codg TEXT NOT NULL,
        cnt         TEXT NOT NULL,
        pric        TEXT NOT NULL,
        det_item_fee_sumamt INTEGER NOT NULL,
        split       TEXT NOT NULL,
        PRIMARY KEY (setl_id, feedetl_sn)
      );

      -- Transactional outbox: written in the settlement's own transaction, sent by the uploader.
      CREATE TABLE outbox (
        id          TEXT PRIMARY KEY,
        visit_id    TEXT NOT NULL,
        seq         INTEGER NOT NULL,
        kind        TEXT NOT NULL,
        payload     BLOB NOT NULL,
        created_at  INTEGER NOT NULL,
        attempts    INTEGER NOT NULL DEFAULT 0,
        not_before  INTEGER NOT NULL DEFAULT 0,
        status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','rejected','duplicate')),
        settled_at  INTEGER,
        reject_code TEXT,
        reject_reason TEXT,
        last_error  TEXT,
        UNIQUE (visit_id, seq)
      );
      CREATE INDEX outbox_pending ON outbox(status, not_before, created_at);

      -- Append-only, hash-chained audit log (verify with 'yibao-gateway audit verify').
      CREATE TABLE audit_log (
        seq       INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        subject   TEXT NOT NULL,
        detail    TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
      );
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function currentVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies pending migrations; refuses a database made by a newer gateway. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const from = currentVersion(db);
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > newest) {
    throw new GatewayError('GW_STORAGE', {
      detail: `database schema ${from} is newer than this gateway (${newest}); refusing to downgrade`,
      details: { database_version: from, gateway_version: newest },
    });
  }
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
  return currentVersion(db);
}
