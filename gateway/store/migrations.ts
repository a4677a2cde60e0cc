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
      CREATE INDEX accumulator_deltas_setl ON accumulator_deltas(setl_id);
      -- snapshot + every delta, kept in step with both so a settlement reads one row, not the
      -- whole year's history (a pharmacy regular may settle hundreds of times a year).
      CREATE TABLE accumulator_totals (
        psn_no      TEXT NOT NULL,
        year        INTEGER NOT NULL,
        accumulators TEXT NOT NULL,
        PRIMARY KEY (psn_no, year)
      );

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
        session_id       TEXT NOT NULL DEFAULT '',
        -- record_id of the outbox record that reports this row to the centre.
        record_id        TEXT NOT NULL,
        -- The HIS's own message id (national interface msgid → medins_setl_id): reversal looks it up.
        medins_setl_id   TEXT,
        -- Cancellations only: why, and who approved (JSON list of {operator, role, session_id}).
        reason           TEXT,
        approvals        TEXT,
        result           TEXT NOT NULL,
        created_at       TEXT NOT NULL
      );
      CREATE INDEX settlements_mdtrt ON settlements(mdtrt_id);
      CREATE INDEX settlements_medins ON settlements(medins_setl_id) WHERE medins_setl_id IS NOT NULL;
      CREATE INDEX settlements_created ON settlements(created_at);
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

      -- A reversal (2601) of a transaction the gateway never committed: the key (or msgid) is
      -- burnt, so a request still in flight with it can never commit afterwards.
      CREATE TABLE reversed_keys (
        key         TEXT PRIMARY KEY,
        reversal_id TEXT NOT NULL,
        operator    TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );

      -- Visits (2201 outpatient registration, 2401 admission, 2402 discharge). A visit row
      -- changes (discharge, diagnoses); its settlements never do.
      CREATE TABLE visits (
        mdtrt_id        TEXT PRIMARY KEY,
        ipt_otp_no      TEXT NOT NULL UNIQUE,
        request_hash    TEXT NOT NULL,
        psn_no          TEXT NOT NULL REFERENCES persons(psn_no),
        kind            TEXT NOT NULL CHECK (kind IN ('outpatient','inpatient')),
        med_type        TEXT NOT NULL,
        special_disease TEXT,
        exclusion_cause TEXT,
        accident        TEXT,
        referral        TEXT NOT NULL,
        remote          INTEGER NOT NULL DEFAULT 0,
        begntime        TEXT NOT NULL,
        endtime         TEXT,
        dept_codg       TEXT,
        dr_codg         TEXT,
        status          TEXT NOT NULL CHECK (status IN ('open','discharged')),
        operator        TEXT NOT NULL,
        created_at      TEXT NOT NULL
      );
      CREATE INDEX visits_psn ON visits(psn_no);
      CREATE TABLE visit_diagnoses (
        mdtrt_id   TEXT NOT NULL REFERENCES visits(mdtrt_id),
        diag_srt_no INTEGER NOT NULL,
        diag_type  TEXT NOT NULL,
        diag_code  TEXT NOT NULL,
        diag_name  TEXT NOT NULL,
        maindiag_flag TEXT NOT NULL CHECK (maindiag_flag IN ('0','1')),
        PRIMARY KEY (mdtrt_id, diag_srt_no)
      );
      -- Fee lines as the HIS uploads them (2204 / 2301), idempotent by feedetl_sn within a visit.
      -- A refund is its own line with init_feedetl_sn and a negative count; a cancelled line
      -- stays, marked, so a replay of its feedetl_sn is still recognised.
      CREATE TABLE fee_lines (
        mdtrt_id        TEXT NOT NULL REFERENCES visits(mdtrt_id),
        feedetl_sn      TEXT NOT NULL,
        init_feedetl_sn TEXT,
        med_list_codg   TEXT NOT NULL,
        cnt             TEXT NOT NULL,
        pric            TEXT NOT NULL,
        det_item_fee_sumamt INTEGER NOT NULL,
        hosp_appr_flag  TEXT NOT NULL,
        fee_ocur_time   TEXT,
        request_hash    TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('active','cancelled')),
        operator        TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        ordinal         INTEGER NOT NULL,
        PRIMARY KEY (mdtrt_id, feedetl_sn)
      );
      CREATE INDEX fee_lines_order ON fee_lines(mdtrt_id, ordinal);
      CREATE INDEX fee_lines_refund ON fee_lines(mdtrt_id, init_feedetl_sn) WHERE init_feedetl_sn IS NOT NULL;

      -- Operator sessions (9001 sign-in returns sign_no; 9002 signs out). Every write names one.
      CREATE TABLE operator_sessions (
        session_id  TEXT PRIMARY KEY,
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('cashier','supervisor','auditor')),
        client_id   TEXT NOT NULL,
        opened_at   TEXT NOT NULL,
        closed_at   TEXT
      );
      CREATE INDEX operator_sessions_open ON operator_sessions(operator_id) WHERE closed_at IS NULL;

      -- HIS clients' API keys: only a SHA-256 of the secret is kept.
      CREATE TABLE api_keys (
        key_id      TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        secret_hash TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        revoked_at  TEXT
      );

      -- Lost or cancelled cards, synced from the centre (checked when a card is read).
      CREATE TABLE blocklist (
        card_no    TEXT PRIMARY KEY,
        reason     TEXT NOT NULL,
        listed_at  TEXT NOT NULL
      );
      -- Which catalogue and policy versions were in force when (a settlement names its own).
      CREATE TABLE data_versions (
        kind       TEXT NOT NULL CHECK (kind IN ('catalogue','policy')),
        version    TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        PRIMARY KEY (kind, version)
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
  {
    version: 2,
    name: 'center-link',
    sql: `
      -- The uploader's queue in the order it reads it: only pending rows, so delivered history
      -- (millions of rows after a year) costs nothing, and nextBatch walks the index instead of
      -- sorting every pending row (0.8 s a call at 300,000 pending without it).
      CREATE INDEX outbox_queue ON outbox(created_at, visit_id, seq) WHERE status = 'pending';
      -- "an earlier record of this visit is still waiting": looked up by (visit_id, seq).
      CREATE INDEX outbox_visit_pending ON outbox(visit_id, seq) WHERE status = 'pending';

      -- Adjudication results from the centre (adjudication.proto), one row per record id, the
      -- latest decision kept; cursor is the position in the gateway's result stream.
      CREATE TABLE adjudications (
        record_id    TEXT PRIMARY KEY,
        setl_id      TEXT NOT NULL,
        outcome      TEXT NOT NULL CHECK (outcome IN ('accepted','adjusted','rejected','unspecified')),
        code         TEXT NOT NULL DEFAULT '',
        reason       TEXT NOT NULL DEFAULT '',
        -- JSON: the centre's adjusted amounts (ADJUSTED) and line decisions, as sent.
        adjusted     TEXT,
        lines        TEXT NOT NULL DEFAULT '[]',
        decided_at   INTEGER NOT NULL,
        cursor       INTEGER NOT NULL,
        received_at  INTEGER NOT NULL
      );
      CREATE INDEX adjudications_cursor ON adjudications(cursor);
      CREATE INDEX adjudications_setl ON adjudications(setl_id);
      -- Where the adjudication poller stopped: moved in the same transaction as the page it read.
      CREATE TABLE center_cursors (
        name   TEXT PRIMARY KEY,
        cursor INTEGER NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'outbox-pending-count',
    sql: `
      -- The backlog's size without counting it: count(*) over the pending rows cost ~5 ms at
      -- 100,000 and grows with the backlog, and the uploader, the metrics and the status page
      -- all ask. Kept by triggers in the same transaction as the row's change.
      CREATE TABLE outbox_pending_count (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n  INTEGER NOT NULL
      );
      INSERT INTO outbox_pending_count (id, n) VALUES (1, (SELECT count(*) FROM outbox WHERE status = 'pending'));
      CREATE TRIGGER outbox_pending_insert AFTER INSERT ON outbox WHEN NEW.status = 'pending'
        BEGIN UPDATE outbox_pending_count SET n = n + 1 WHERE id = 1; END;
      CREATE TRIGGER outbox_pending_leave AFTER UPDATE OF status ON outbox WHEN OLD.status = 'pending' AND NEW.status <> 'pending'
        BEGIN UPDATE outbox_pending_count SET n = n - 1 WHERE id = 1; END;
      CREATE TRIGGER outbox_pending_return AFTER UPDATE OF status ON outbox WHEN OLD.status <> 'pending' AND NEW.status = 'pending'
        BEGIN UPDATE outbox_pending_count SET n = n + 1 WHERE id = 1; END;
      CREATE TRIGGER outbox_pending_delete AFTER DELETE ON outbox WHEN OLD.status = 'pending'
        BEGIN UPDATE outbox_pending_count SET n = n - 1 WHERE id = 1; END;
      -- Superseded by migration 2's outbox_queue (the oldest pending row is its first entry);
      -- one index fewer to keep up on every insert and acknowledgement.
      DROP INDEX outbox_pending;
    `,
  },
  {
    version: 4,
    name: 'offline-settlement-indexes',
    sql: `
      -- The offline limits (gateway/center/offline-limits.ts) count a person's and the gateway's
      -- offline settlements since their last online confirmation, inside the settlement's write
      -- transaction. Offline rows are few; without these the counts walk every settlement since
      -- then (months for a person the centre last confirmed long ago).
      CREATE INDEX settlements_offline_psn ON settlements(psn_no, created_at) WHERE kind = 'settlement' AND offline = 1;
      CREATE INDEX settlements_offline_time ON settlements(created_at) WHERE kind = 'settlement' AND offline = 1;
    `,
  },
  {
    version: 5,
    name: 'settlement-lines-in-row',
    sql: `
      -- A settlement's lines as the HIS sent them, in its own row: a compact JSON array of
      -- [feedetl_sn, med_list_codg, cnt, pric, det_item_fee_sumamt (fen), hosp_appr_flag], in
      -- the order of result.lines, which holds each line's split. One column of ~40 bytes a
      -- line instead of a settlement_lines row, its primary-key entry and a second copy of the
      -- split (~340 bytes a line): a 10-line sale wrote 11 rows and ~4 KB more per commit.
      -- settlement_lines keeps the lines of settlements written before (this column NULL).
      ALTER TABLE settlements ADD COLUMN lines TEXT;
    `,
  },
  {
    version: 6,
    name: 'visit-cancel-and-interim-settlement',
    sql: `
      -- 2202 / 2404: a cancelled registration or admission stays, marked, so its mdtrt_id and
      -- ipt_otp_no are never reused and a late message naming it gets a stable refusal
      -- (GW_VISIT_CANCELLED). status keeps its CHECK (open/discharged); the mark is this column.
      ALTER TABLE visits ADD COLUMN cancelled_at TEXT;
      -- 2304 mid_setl_flag "1": the interim settlements (中途结算) of a stay still in hospital.
      -- A table of its own rather than a settlements column: settlement rows are never
      -- updated and their insert is the hot path; a mark is written in the same transaction.
      CREATE TABLE interim_settlements (
        setl_id    TEXT PRIMARY KEY REFERENCES settlements(setl_id),
        mdtrt_id   TEXT NOT NULL
      );
      CREATE INDEX interim_settlements_mdtrt ON interim_settlements(mdtrt_id);
      CREATE TRIGGER interim_settlements_no_update BEFORE UPDATE ON interim_settlements
        BEGIN SELECT RAISE(ABORT, 'settlements are never updated in place'); END;
      CREATE TRIGGER interim_settlements_no_delete BEFORE DELETE ON interim_settlements
        BEGIN SELECT RAISE(ABORT, 'settlements are never deleted'); END;
    `,
  },
  {
    version: 7,
    name: 'operators-and-approvals',
    sql: `
      -- The operators the IT office registered: a role assigned here, never claimed at
      -- sign-in; for roles that approve or audit, a secret only that person knows (scrypt).
      CREATE TABLE operators (
        operator_id   TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('cashier','supervisor','auditor')),
        secret_hash   TEXT,
        failed_count  INTEGER NOT NULL DEFAULT 0,
        locked_at     TEXT,
        disabled_at   TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      -- An approval of one settlement's cancellation by one person, proven by their secret
      -- when given; it counts until it expires or a cancellation uses it.
      CREATE TABLE approvals (
        approval_id  TEXT PRIMARY KEY,
        setl_id      TEXT NOT NULL REFERENCES settlements(setl_id),
        operator_id  TEXT NOT NULL REFERENCES operators(operator_id),
        role         TEXT NOT NULL,
        via          TEXT NOT NULL,
        approved_at  TEXT NOT NULL,
        expires_at   TEXT NOT NULL,
        used_by      TEXT,
        UNIQUE (setl_id, operator_id)
      );
      -- When a session last did something: one left idle signs itself out.
      ALTER TABLE operator_sessions ADD COLUMN last_seen_at TEXT;
      -- The settings that govern money as last approved by two people (ops/settings-guard.ts):
      -- the gateway does not serve on settings that differ from the newest row.
      CREATE TABLE settings_approvals (
        id           INTEGER PRIMARY KEY,
        fingerprint  TEXT NOT NULL,
        settings     TEXT NOT NULL,
        approved_by  TEXT NOT NULL,
        backup_id    TEXT,
        at           TEXT NOT NULL
      );
    `,
  },
  {
    version: 8,
    name: 'settlement-credential',
    sql: `
      -- The credential the HIS settled with (national mdtrt_cert_type: 01 e-voucher, 02 ID
      -- card, 03 social security card), when it said; NULL when it did not.
      ALTER TABLE settlements ADD COLUMN mdtrt_cert_type TEXT CHECK (mdtrt_cert_type IN ('01','02','03'));
      -- 'unverified': the person's card was read at this gateway without its authentication
      -- (no PSAM; allowed only by cardAllowUnverified). NULL: nothing to say.
      ALTER TABLE settlements ADD COLUMN card_check TEXT CHECK (card_check IN ('unverified'));
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
