/**
 * Upgrading without losing a settlement: a database made by the previous schema version
 * (MIGRATIONS.slice(0, -1), whatever N is now) is opened by the current code, which backs
 * it up, migrates it and keeps every row; a database from a newer gateway is refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from '../../gateway/store/migrations.ts';
import { AuditLog } from '../../gateway/store/audit.ts';
import { attachAuditKey } from '../../gateway/store/audit-key.ts';
import { openForService, prepareUpgrade } from '../../gateway/ops/upgrade.ts';
import { listBackups, rebuildBackup } from '../../gateway/ops/backup.ts';
import { verifyDatabase } from '../../gateway/ops/verify.ts';
import { isGatewayError } from '../../gateway/errors/gateway-error.ts';

let dir: string;
let dbFile: string;
let backupDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-upgrade-'));
  dbFile = join(dir, 'gateway.sqlite');
  backupDir = join(dir, 'backups');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Column { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }

/**
 * A value for a column of an older schema we know nothing else about: NULL where allowed
 * (optional references stay valid), the first value of a `CHECK (col IN (...))`, else a value
 * of the declared type. Key columns get `<name>-<row>`, so a child's `setl_id` finds its parent's.
 */
function sample(col: Column, row: number, tableSql: string): string | number | Buffer | null {
  if (col.notnull === 0 && col.pk === 0) return null;
  const check = new RegExp(`CHECK\\s*\\(\\s*${col.name}\\s+IN\\s*\\(\\s*'([^']*)'`, 'i').exec(tableSql);
  if (check) return check[1]!;
  const type = col.type.toUpperCase();
  if (type.includes('INT')) return row + 1;
  if (type.includes('BLOB')) return Buffer.from([row, 1, 2]);
  return `${col.name}-${row}`;
}

/**
 * Puts rows in every table of the older schema, with its constraints on: audit entries through
 * AuditLog (so the chain is real), other tables by `sample`, in passes so that parents are
 * filled before their children. Returns the row count of each table.
 */
function populate(db: Database.Database): Record<string, number> {
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations'").all() as Array<{ name: string; sql: string }>;
  const audit = new AuditLog(db);
  // Named as the generic settlement rows below are (`setl_id-0` …): each settlement has its audit entry.
  for (let i = 0; i < 5; i++) audit.append({ actor: 'cashier-01', action: 'settle', subject: `setl_id-${i}`, detail: { medfee_sumamt: `${i}1.00` } });
  for (let pass = 0; pass < 3; pass++) {
    for (const { name, sql } of tables) {
      if (name === 'audit_log') continue;
      const cols = db.prepare(`PRAGMA table_info(${name})`).all() as Column[];
      const insert = db.prepare(`INSERT OR IGNORE INTO ${name} (${cols.map((c) => c.name).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      for (let row = 0; row < 3; row++) {
        try {
          insert.run(...cols.map((c) => sample(c, row, sql)));
        } catch {
          // a constraint this generic row does not meet (yet: its parent may come in a later pass)
        }
      }
    }
  }
  return Object.fromEntries(tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM ${t.name}`).get() as { n: number }).n]));
}

function previousVersionDatabase(): { version: number; counts: Record<string, number> } {
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const version = migrate(db, MIGRATIONS.slice(0, -1));
  const counts = populate(db);
  db.close();
  return { version, counts };
}

describe('upgrade on start', () => {
  it(`opens a database of the previous schema version (${SCHEMA_VERSION - 1}) with the current code: backup first, migrated, nothing lost`, async () => {
    const before = previousVersionDatabase();
    expect(before.version).toBe(MIGRATIONS.at(-2)?.version ?? 0);
    // The old database really holds data (with version 0 there are no tables to fill).
    if (before.version > 0) for (const table of ['settlements', 'outbox', 'audit_log']) expect(before.counts[table], table).toBeGreaterThan(0);
    const { db, upgrade } = await openForService({ dbFile, backupDir });
    try {
      expect(upgrade).toMatchObject({ from: before.version, to: SCHEMA_VERSION });
      for (const [table, n] of Object.entries(before.counts)) {
        expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(n);
      }
      expect(new AuditLog(db).verify()).toMatchObject({ ok: true });
    } finally {
      db.close();
    }
    const verified = verifyDatabase(dbFile);
    expect(verified.problems).toEqual([]);
    expect(verified).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION });

    // A database with data at an older version is backed up before it is changed; a new one (version 0) needs none.
    if (before.version === 0) {
      expect(upgrade.backup).toBeNull();
    } else {
      const backups = listBackups(backupDir);
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatchObject({ kind: 'full', reason: 'pre-upgrade', schemaVersion: before.version });
      const copy = join(dir, 'pre-upgrade.sqlite');
      await rebuildBackup(backupDir, copy);
      const old = new Database(copy, { readonly: true });
      expect((old.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v).toBe(before.version);
      old.close();
    }
  });

  it('opening the current version again changes nothing and takes no backup', async () => {
    (await openForService({ dbFile, backupDir })).db.close();
    const { db, upgrade } = await openForService({ dbFile, backupDir });
    db.close();
    expect(upgrade).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, backup: null });
    expect(existsSync(backupDir)).toBe(false);
  });

  it('with one more migration than today (a future gateway), today\'s database is backed up before it migrates', async () => {
    (await openForService({ dbFile, backupDir })).db.close();
    const seeded = new Database(dbFile);
    attachAuditKey(seeded, dbFile, true); // as openDatabase does: the chain is keyed
    new AuditLog(seeded).append({ actor: 'cashier-01', action: 'settle', subject: 'S-1', detail: {} });
    seeded.close();
    const next = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'test-extra', sql: 'CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY)' }];
    const plan = await prepareUpgrade({ dbFile, backupDir, migrations: next });
    expect(plan).toMatchObject({ from: SCHEMA_VERSION, to: SCHEMA_VERSION + 1 });
    expect(plan.backup).toMatchObject({ kind: 'full', reason: 'pre-upgrade', schemaVersion: SCHEMA_VERSION, auditEntries: 1 });
    const db = new Database(dbFile);
    expect(migrate(db, next)).toBe(SCHEMA_VERSION + 1);
    db.close();
    const copy = join(dir, 'before.sqlite');
    await rebuildBackup(backupDir, copy, plan.backup!.id);
    expect(verifyDatabase(copy)).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION });
  });

  it('refuses a database made by a newer gateway, leaving it untouched', async () => {
    (await openForService({ dbFile, backupDir })).db.close();
    const newer = new Database(dbFile);
    newer.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(SCHEMA_VERSION + 1, 'from-the-future', new Date().toISOString());
    newer.close();
    const bytes = readFileSync(dbFile);
    const err = await openForService({ dbFile, backupDir }).then(() => null, (e: unknown) => e);
    expect(isGatewayError(err) && err.code).toBe('GW_STORAGE');
    expect((err as Error).message).toContain('refusing to downgrade');
    expect(readFileSync(dbFile).equals(bytes)).toBe(true);
  });
});
