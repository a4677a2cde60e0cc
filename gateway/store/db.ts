/**
 * The embedded store: one SQLite file per gateway, opened by exactly one writer process.
 * WAL with `synchronous=FULL` so a commit the HIS was told about survives power loss
 * (DESIGN.md "Storage"; peer-systems.md: `NORMAL` may lose the last commits).
 */
import { attachAuditKey } from './audit-key.ts';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { GatewayError } from '../errors/gateway-error.ts';
import { migrate } from './migrations.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of the database file, or ':memory:' for tests. */
  readonly file: string;
  readonly readonly?: boolean;
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL', 'SQLITE_IOERR_SHMSIZE', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_TRUNCATE', 'SQLITE_IOERR_SHMMAP']);
const NO_ACCESS = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_AUTH']);

/**
 * What a technician is told when the database cannot be opened or written: the disk is full,
 * the directory may not be written, or something else, each with what to do. SQLite reports
 * a full disk on opening a WAL database as SQLITE_IOERR_SHMSIZE (the shared-memory file
 * cannot grow), and later as SQLITE_FULL.
 */
export function storageFailure(cause: unknown, file: string): GatewayError {
  if (cause instanceof GatewayError) return cause;
  const code = String((cause as { code?: unknown }).code ?? '');
  const dir = dirname(file);
  if (DISK_FULL.has(code)) {
    return new GatewayError('GW_STORAGE', { cause, detail: `the disk is full (${code}) where ${dir} is: free space on it, then start the gateway again`, details: { file, reason: 'disk_full' } });
  }
  if (NO_ACCESS.has(code)) {
    return new GatewayError('GW_STORAGE', { cause, detail: `${file} cannot be opened for writing (${code}): check that ${dir} exists and the gateway's user may write there`, details: { file, reason: 'no_access' } });
  }
  return new GatewayError('GW_STORAGE', { cause, detail: `${file}: ${(cause as Error).message ?? String(cause)}`, details: { file } });
}

export function openDatabase(options: OpenOptions): Db {
  const { file } = options;
  if (options.readonly && file !== ':memory:' && !existsSync(file)) {
    throw new GatewayError('GW_DATABASE_MISSING', { detail: file, details: { file } });
  }
  let db: Db | undefined;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, { readonly: options.readonly ?? false });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db);
    attachAuditKey(db, file, !options.readonly);
    return db;
  } catch (cause) {
    db?.close();
    throw storageFailure(cause, file);
  }
}
