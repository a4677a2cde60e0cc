/**
 * The embedded store: one SQLite file per gateway, opened by exactly one writer process.
 * WAL with `synchronous=FULL` so a commit the HIS was told about survives power loss
 * (DESIGN.md "Storage"; peer-systems.md: `NORMAL` may lose the last commits).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { GatewayError } from '../errors/gateway-error.ts';
import { migrate } from './migrations.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of the database file, or ':memory:' for tests. */
  readonly file: string;
  readonly readonly?: boolean;
}

export function openDatabase(options: OpenOptions): Db {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  let db: Db;
  try {
    db = new Database(options.file, { readonly: options.readonly ?? false });
  } catch (cause) {
    throw new GatewayError('GW_STORAGE', { cause, detail: options.file });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) migrate(db);
  return db;
}
