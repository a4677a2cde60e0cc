/**
 * Upgrading the gateway's database on start (DESIGN.md "Storage": migrations in code).
 * Before `openDatabase()` applies pending migrations, this takes a full backup marked
 * `pre-upgrade` (Zhoushan rules, 001 (四): back up before any system change), and refuses a
 * database made by a newer gateway — a downgrade would run old code on a schema it does not
 * know. A new, empty database needs neither.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { GatewayError } from '../errors/gateway-error.ts';
import { SCHEMA_VERSION, type Migration } from '../store/migrations.ts';
import { openDatabase, storageFailure, type Db } from '../store/db.ts';
import type { Logger } from '../log.ts';
import { takeBackup, type BackupEntry } from './backup.ts';

export interface UpgradePlan {
  readonly from: number;
  readonly to: number;
  /** The pre-upgrade backup, when migrations were pending on an existing database. */
  readonly backup: BackupEntry | null;
}

function versionOf(file: string): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!table) return 0;
    return (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  } finally {
    db.close();
  }
}

/**
 * Call before opening the database for service. `migrations` defaults to this gateway's;
 * tests pass another list to play an older or newer gateway.
 */
export async function prepareUpgrade(options: { readonly dbFile: string; readonly backupDir: string; readonly migrations?: readonly Migration[] }): Promise<UpgradePlan> {
  const to = options.migrations ? (options.migrations[options.migrations.length - 1]?.version ?? 0) : SCHEMA_VERSION;
  if (!existsSync(options.dbFile)) return { from: 0, to, backup: null };
  const from = versionOf(options.dbFile);
  if (from > to) {
    throw new GatewayError('GW_STORAGE', {
      detail: `database schema ${from} is newer than this gateway (${to}); refusing to downgrade — install the newer gateway again or restore a backup made by this version`,
      details: { database_version: from, gateway_version: to },
    });
  }
  if (from === to || from === 0) return { from, to, backup: null };
  const backup = await takeBackup('full', { source: options.dbFile, backupDir: options.backupDir, reason: 'pre-upgrade' });
  return { from, to, backup };
}

/**
 * Opens the database for service the upgrade-safe way: the pre-upgrade backup and the
 * downgrade refusal first, then `openDatabase()` (which applies the migrations).
 * `createGateway` calls this instead of `openDatabase()` directly.
 */
export async function openForService(options: { readonly dbFile: string; readonly backupDir: string; readonly log?: Logger }): Promise<{ db: Db; upgrade: UpgradePlan }> {
  let upgrade: UpgradePlan;
  try {
    upgrade = await prepareUpgrade(options);
  } catch (cause) {
    throw storageFailure(cause, options.dbFile);
  }
  if (upgrade.backup) {
    options.log?.info({ from: upgrade.from, to: upgrade.to, backup: upgrade.backup.id }, `database schema ${upgrade.from} → ${upgrade.to}: backed up as ${upgrade.backup.id} before migrating`);
  }
  return { db: openDatabase({ file: options.dbFile }), upgrade };
}
