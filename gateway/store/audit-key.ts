/**
 * The key of the audit chain's MAC, kept outside the database file: `audit.key` beside it
 * (mode 0600), made when the database is first opened for writing. Whoever edits the database
 * file alone — a copy taken away, a `sqlite3` session on the live file — cannot recompute the
 * chain without it. It also records from which entry on the chain is keyed (`keyed_from`): a
 * database that kept an unkeyed SHA-256 chain before this gateway version keeps its older
 * entries as they were. Backups carry the key beside the database (restore puts it back);
 * the chain head written into every backup manifest and sent to the centre is what a copy the
 * attacker holds cannot rewrite.
 */
import { hash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { GatewayError } from '../errors/gateway-error.ts';

export interface AuditKey {
  readonly key: Buffer;
  /** The first audit entry MAC'd with the key; earlier ones carry the unkeyed SHA-256 chain. */
  readonly keyedFrom: number;
  /** Where it is kept (null for an in-memory database). */
  readonly file: string | null;
}

const KEYS = new WeakMap<Database.Database, AuditKey>();

export const AUDIT_KEY_FILE = 'audit.key';

export function auditKeyFileFor(dbFile: string): string {
  return join(dirname(dbFile), AUDIT_KEY_FILE);
}

function parse(file: string): AuditKey {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { format?: string; key?: string; keyed_from?: number };
    if (json.format !== 'yibao-audit-key/1' || typeof json.key !== 'string' || !/^[0-9a-f]{64}$/.test(json.key) || !Number.isInteger(json.keyed_from)) throw new Error('not an audit key file');
    return { key: Buffer.from(json.key, 'hex'), keyedFrom: json.keyed_from!, file };
  } catch (cause) {
    throw new GatewayError('GW_STORAGE', { cause, detail: `the audit key ${file} is unreadable or damaged; restore it from the backup that holds this database`, details: { file } });
  }
}

/**
 * Attaches the database's audit key: read from the file beside it, or — when the database is
 * opened for writing and has none yet — made now, keyed from the next entry.
 */
export function attachAuditKey(db: Database.Database, dbFile: string, writable: boolean): void {
  if (dbFile === ':memory:') {
    KEYS.set(db, { key: randomBytes(32), keyedFrom: 1, file: null });
    return;
  }
  const file = auditKeyFileFor(dbFile);
  if (existsSync(file)) {
    KEYS.set(db, parse(file));
    return;
  }
  if (!writable) return;
  const last = db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number | null;
  const body = { format: 'yibao-audit-key/1', key: randomBytes(32).toString('hex'), keyed_from: (last ?? 0) + 1, created_at: new Date().toISOString() };
  try {
    writeFileSync(file, `${JSON.stringify(body)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  KEYS.set(db, parse(file));
}

/**
 * HMAC-SHA-256 (RFC 2104) with the key's pads computed once: two one-shot SHA-256 over
 * (key ⊕ ipad ‖ text) and (key ⊕ opad ‖ inner). The same bytes as createHmac, without the
 * per-call key import that made createHmac cost ~15 times a plain hash on every audit entry.
 */
export function hmacSha256Hex(key: AuditKey, text: string): string {
  const pads = PADS.get(key) ?? padsOf(key);
  const inner = hash('sha256', Buffer.concat([pads.inner, Buffer.from(text, 'utf8')]), 'buffer');
  return hash('sha256', Buffer.concat([pads.outer, inner]), 'hex');
}

const PADS = new WeakMap<AuditKey, { inner: Buffer; outer: Buffer }>();

function padsOf(key: AuditKey): { inner: Buffer; outer: Buffer } {
  const block = Buffer.alloc(64);
  (key.key.length > 64 ? hash('sha256', key.key, 'buffer') : key.key).copy(block);
  const pads = { inner: Buffer.from(block.map((b) => b ^ 0x36)), outer: Buffer.from(block.map((b) => b ^ 0x5c)) };
  PADS.set(key, pads);
  return pads;
}

/** The key attached to this connection, if its file was there. */
export function auditKeyOf(db: Database.Database): AuditKey | undefined {
  return KEYS.get(db);
}

/** Attaches a key read from a given file (verify of a copy whose key is elsewhere). */
export function useAuditKeyFile(db: Database.Database, file: string): void {
  KEYS.set(db, parse(file));
}
