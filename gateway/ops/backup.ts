/**
 * Backups of the gateway database: a weekly full copy and daily incremental page deltas
 * (Zhoushan internal-control rules, 001 信息部门 item 3: "每天做一次数据增量备份,每星期做一次全备。
 * 备份数据和系统数据分别存放"), taken online while the counters settle (snapshot.ts), kept
 * in a directory apart from the data, listed in `manifest.json`.
 *
 * A backup *set* is one full copy and the incrementals after it; each incremental stores the
 * pages that changed since the previous backup of its set (page-delta.ts explains why pages).
 * Restoring entry E rebuilds E's snapshot from its set's full copy plus the deltas up to E, and
 * checks the result's SHA-256 against the one recorded when E was taken.
 *
 * Files in the backup directory, for a set started on 2026-11-22 at 02:30 UTC:
 *   manifest.json
 *   20261122T023000Z-full.sqlite.gz      the full copy (gzip of the SQLite file)
 *   20261122T023000Z-full.pagehash       16 bytes of SHA-256 per page of that snapshot
 *   20261123T023000Z-incr.delta.gz       the pages changed since the full copy
 *   20261123T023000Z-incr.pagehash       page hashes of the snapshot after the delta
 */
import { createReadStream, createWriteStream, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { GatewayError } from '../errors/gateway-error.ts';
import { decodePageDelta, encodePageDelta, scanPages } from './page-delta.ts';
import { takeSnapshot } from './snapshot.ts';
import BetterSqlite from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import type { AuditHead } from '../store/audit.ts';
import { auditKeyFileFor, auditKeyOf } from '../store/audit-key.ts';

export type BackupKind = 'full' | 'incremental';

export interface BackupEntry {
  readonly id: string;
  readonly kind: BackupKind;
  /** Why it was taken: the daily timer, an operator, or the start of an upgrade. */
  readonly reason: 'scheduled' | 'manual' | 'pre-upgrade';
  readonly createdAt: string;
  /** Backup file, relative to the backup directory. */
  readonly file: string;
  readonly pageHashFile: string;
  /** The set's full backup (its own id for a full one). */
  readonly base: string;
  /** The backup this one is a delta against (null for a full one). */
  readonly parent: string | null;
  readonly pageSize: number;
  readonly pageCount: number;
  /** Pages stored in the file (all of them for a full backup). */
  readonly pagesStored: number;
  /** SHA-256 of the snapshot this entry restores to. */
  readonly sha256: string;
  /** Size of the backup file on disk. */
  readonly bytes: number;
  readonly schemaVersion: number;
  readonly settlements: number;
  readonly auditEntries: number;
  /**
   * The audit chain's newest entry in this snapshot: `verify` checks the live chain still holds
   * it, so a log cut short or recomputed after the backup is found. Absent in older manifests.
   */
  readonly auditHead?: AuditHead;
  /** The audit key (audit-key.ts) beside the database when it was taken, copied here. */
  readonly auditKeyFile?: string | null;
}

interface Manifest {
  readonly format: 'yibao-backup-manifest/1';
  readonly entries: BackupEntry[];
  /** Restores done from this directory: the history after the restored entry was left behind. */
  readonly restores?: ReadonlyArray<{ readonly at: string; readonly id: string }>;
}

export interface BackupOptions {
  /** The live database file, or an open connection to it (the gateway's own, in-process). */
  readonly source: string | Database.Database;
  readonly backupDir: string;
  readonly reason?: BackupEntry['reason'];
  readonly now?: Date;
}

export interface AutoPolicy {
  /** A full backup when the newest full one is at least this old (days). */
  readonly fullEveryDays: number;
  /** Whole sets whose newest entry is older than this are pruned after a new full backup. */
  readonly keepDays: number;
}

const MANIFEST = 'manifest.json';
const DAY_MS = 24 * 60 * 60 * 1000;

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

export function readManifest(backupDir: string): Manifest {
  const file = join(backupDir, MANIFEST);
  if (!existsSync(file)) return { format: 'yibao-backup-manifest/1', entries: [] };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (parsed.format !== 'yibao-backup-manifest/1' || !Array.isArray(parsed.entries)) throw new Error(`unknown manifest format ${String(parsed.format)}`);
    return parsed;
  } catch (cause) {
    throw new GatewayError('GW_BACKUP_CORRUPT', { cause, detail: file });
  }
}

/** Writes the manifest atomically: a crash leaves the old one or the new one, never half. */
function writeManifest(backupDir: string, manifest: Manifest): void {
  const tmp = join(backupDir, `${MANIFEST}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, join(backupDir, MANIFEST));
  syncDir(backupDir);
}

/** fsync a directory, so a rename or a new file in it survives power loss. */
export function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeDurable(file: string, data: Buffer): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function headOf(file: string): AuditHead {
  const db = new BetterSqlite(file, { readonly: true, fileMustExist: true });
  try {
    const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get() !== undefined;
    const row = hasLog ? db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as AuditHead | undefined : undefined;
    return row ?? { seq: 0, hash: '0'.repeat(64) };
  } finally {
    db.close();
  }
}

/** The audit key saved with a backup entry, if one was. */
export function backupKeyFile(backupDir: string, entry: BackupEntry): string | undefined {
  return entry.auditKeyFile ? join(backupDir, entry.auditKeyFile) : undefined;
}

/**
 * The audit heads the live database must still hold: those of every backup taken since the
 * last restore, and of the entries up to the one restored (the history after it was replaced).
 */
export function auditAnchors(backupDir: string): AuditHead[] {
  if (!existsSync(join(backupDir, MANIFEST))) return [];
  const manifest = readManifest(backupDir);
  const restore = manifest.restores?.[manifest.restores.length - 1];
  const restored = restore ? manifest.entries.find((e) => e.id === restore.id) : undefined;
  return manifest.entries
    .filter((e) => !restore || e.createdAt > restore.at || (restored !== undefined && e.createdAt <= restored.createdAt))
    .flatMap((e) => (e.auditHead ? [e.auditHead] : []));
}

/** Records in the manifest that the database was restored from `id` (see auditAnchors). */
export function recordRestore(backupDir: string, id: string, at: Date): void {
  const manifest = readManifest(backupDir);
  writeManifest(backupDir, { ...manifest, restores: [...(manifest.restores ?? []), { at: at.toISOString(), id }] });
}

export function listBackups(backupDir: string): readonly BackupEntry[] {
  return readManifest(backupDir).entries;
}

function findEntry(entries: readonly BackupEntry[], id: string): BackupEntry {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new GatewayError('GW_BACKUP_NOT_FOUND', { detail: id, details: { id } });
  return entry;
}

/** The newest entry of the newest set, if any. */
function latest(entries: readonly BackupEntry[]): BackupEntry | undefined {
  return entries[entries.length - 1];
}

/**
 * Takes a backup. `kind: 'incremental'` falls back to a full one when there is no set to
 * extend (first run, page size changed, the previous page hashes are gone).
 */
export async function takeBackup(kind: BackupKind, options: BackupOptions): Promise<BackupEntry> {
  const now = options.now ?? new Date();
  mkdirSync(options.backupDir, { recursive: true });
  const manifest = readManifest(options.backupDir);
  const scratch = join(options.backupDir, `.snapshot-${process.pid}-${Date.now()}.sqlite`);
  try {
    const info = await takeSnapshot(options.source, scratch);
    const parent = latest(manifest.entries);
    const parentHashes = parent && kind === 'incremental' && parent.pageSize === info.pageSize && existsSync(join(options.backupDir, parent.pageHashFile))
      ? readFileSync(join(options.backupDir, parent.pageHashFile))
      : undefined;
    const effective: BackupKind = parentHashes ? 'incremental' : 'full';
    let id = `${stamp(now)}-${effective === 'full' ? 'full' : 'incr'}`;
    for (let n = 2; manifest.entries.some((e) => e.id === id); n++) id = `${stamp(now)}-${effective === 'full' ? 'full' : 'incr'}-${n}`;
    const scan = scanPages(scratch, info.pageSize, parentHashes);
    const pageHashFile = `${id}.pagehash`;
    let file: string;
    let pagesStored: number;
    if (effective === 'full') {
      file = `${id}.sqlite.gz`;
      await pipeline(createReadStream(scratch), createGzip(), createWriteStream(join(options.backupDir, file)));
      const fd = openSync(join(options.backupDir, file), 'r+');
      fsyncSync(fd);
      closeSync(fd);
      pagesStored = scan.pageCount;
    } else {
      file = `${id}.delta.gz`;
      writeDurable(join(options.backupDir, file), gzipSync(encodePageDelta({ pageSize: info.pageSize, pageCount: scan.pageCount, pages: scan.changed })));
      pagesStored = scan.changed.length;
    }
    writeDurable(join(options.backupDir, pageHashFile), scan.hashes);
    const auditHead = headOf(scratch);
    const keySource = typeof options.source === 'string' ? auditKeyFileFor(options.source) : auditKeyOf(options.source)?.file;
    let auditKeyFile: string | null = null;
    if (keySource && existsSync(keySource)) {
      auditKeyFile = `${id}.audit.key`;
      copyFileSync(keySource, join(options.backupDir, auditKeyFile));
    }
    const entry: BackupEntry = {
      id,
      kind: effective,
      reason: options.reason ?? 'manual',
      createdAt: now.toISOString(),
      file,
      pageHashFile,
      base: effective === 'full' ? id : parent!.base,
      parent: effective === 'full' ? null : parent!.id,
      pageSize: info.pageSize,
      pageCount: scan.pageCount,
      pagesStored,
      sha256: scan.sha256,
      bytes: statSync(join(options.backupDir, file)).size,
      schemaVersion: info.schemaVersion,
      settlements: info.settlements,
      auditEntries: info.auditEntries,
      auditHead,
      auditKeyFile,
    };
    writeManifest(options.backupDir, { ...manifest, entries: [...manifest.entries, entry] });
    return entry;
  } catch (cause) {
    if (cause instanceof GatewayError) throw cause;
    throw new GatewayError('GW_BACKUP_FAILED', { cause, detail: options.backupDir });
  } finally {
    rmSync(scratch, { force: true });
  }
}

/** What `backup --auto` (the daily timer) takes now: full when the newest full is old enough. */
export function dueKind(entries: readonly BackupEntry[], policy: AutoPolicy, now: Date): BackupKind {
  const lastFull = [...entries].reverse().find((e) => e.kind === 'full');
  if (!lastFull) return 'full';
  const age = now.getTime() - Date.parse(lastFull.createdAt);
  // A few hours' slack so a timer that fires a little early still takes the weekly full.
  return age >= policy.fullEveryDays * DAY_MS - 6 * 60 * 60 * 1000 ? 'full' : 'incremental';
}

/** Daily incremental, weekly full, then pruning of expired sets. */
export async function autoBackup(options: BackupOptions & { readonly policy: AutoPolicy }): Promise<{ entry: BackupEntry; pruned: string[] }> {
  const now = options.now ?? new Date();
  const kind = dueKind(listBackups(options.backupDir), options.policy, now);
  const entry = await takeBackup(kind, { ...options, now, reason: options.reason ?? 'scheduled' });
  const pruned = entry.kind === 'full' ? pruneBackups(options.backupDir, options.policy.keepDays, now) : [];
  return { entry, pruned };
}

/**
 * Removes whole sets whose newest entry is older than `keepDays` — never the newest set, and
 * never an incremental without its full copy (a set goes all at once).
 */
export function pruneBackups(backupDir: string, keepDays: number, now: Date): string[] {
  const manifest = readManifest(backupDir);
  const newestBase = latest(manifest.entries)?.base;
  const sets = new Map<string, BackupEntry[]>();
  for (const e of manifest.entries) sets.set(e.base, [...(sets.get(e.base) ?? []), e]);
  const doomed = new Set<string>();
  for (const [base, entries] of sets) {
    if (base === newestBase) continue;
    const newest = Math.max(...entries.map((e) => Date.parse(e.createdAt)));
    if (now.getTime() - newest > keepDays * DAY_MS) for (const e of entries) doomed.add(e.id);
  }
  if (doomed.size === 0) return [];
  writeManifest(backupDir, { ...manifest, entries: manifest.entries.filter((e) => !doomed.has(e.id)) });
  for (const e of manifest.entries.filter((x) => doomed.has(x.id))) {
    rmSync(join(backupDir, e.file), { force: true });
    rmSync(join(backupDir, e.pageHashFile), { force: true });
    if (e.auditKeyFile) rmSync(join(backupDir, e.auditKeyFile), { force: true });
  }
  return [...doomed];
}

/** The chain that rebuilds `id`: its set's full copy, then each delta in order. */
export function chainOf(entries: readonly BackupEntry[], id: string): BackupEntry[] {
  const chain: BackupEntry[] = [];
  let at: BackupEntry | undefined = findEntry(entries, id);
  while (at) {
    chain.unshift(at);
    if (at.kind === 'full') return chain;
    if (at.parent === null) break;
    at = findEntry(entries, at.parent);
  }
  throw new GatewayError('GW_BACKUP_CORRUPT', { detail: `backup ${id} has no full copy to start from` });
}

/**
 * Rebuilds the snapshot of backup `id` (default: the newest) into `dest` (which must not
 * exist) and checks its SHA-256. Returns the entry restored.
 */
export async function rebuildBackup(backupDir: string, dest: string, id?: string): Promise<BackupEntry> {
  const entries = listBackups(backupDir);
  const target = id ? findEntry(entries, id) : latest(entries);
  if (!target) throw new GatewayError('GW_BACKUP_NOT_FOUND', { detail: `no backups in ${backupDir}` });
  if (existsSync(dest)) throw new GatewayError('GW_RESTORE_REFUSED', { detail: `${dest} already exists` });
  const chain = chainOf(entries, target.id);
  try {
    const [full, ...deltas] = chain;
    await pipeline(createReadStream(join(backupDir, full!.file)), createGunzip(), createWriteStream(dest));
    for (const step of deltas) {
      const delta = decodePageDelta(gunzipSync(readFileSync(join(backupDir, step.file))));
      if (delta.pageSize !== step.pageSize || delta.pageCount !== step.pageCount) throw new Error(`${step.file}: header does not match the manifest`);
      const fd = openSync(dest, 'r+');
      try {
        for (const page of delta.pages) writeSync(fd, page.data, 0, page.data.length, (page.pageNo - 1) * delta.pageSize);
        ftruncateSync(fd, delta.pageCount * delta.pageSize);
      } finally {
        closeSync(fd);
      }
    }
    const { sha256 } = scanPages(dest, target.pageSize);
    if (sha256 !== target.sha256) {
      throw new GatewayError('GW_BACKUP_CORRUPT', { detail: `rebuilt ${target.id} has SHA-256 ${sha256}, the manifest says ${target.sha256}` });
    }
    const fd = openSync(dest, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    // The rebuilt copy checks with the key it was written with, where no other key is there.
    const key = backupKeyFile(backupDir, target);
    if (key && existsSync(key) && !existsSync(auditKeyFileFor(dest))) copyFileSync(key, auditKeyFileFor(dest));
    return target;
  } catch (cause) {
    rmSync(dest, { force: true });
    if (cause instanceof GatewayError) throw cause;
    throw new GatewayError('GW_BACKUP_CORRUPT', { cause, detail: `rebuilding ${target.id}` });
  }
}

/** The text of `backup --list`: one line per entry. */
export function formatBackupList(entries: readonly BackupEntry[]): string {
  if (entries.length === 0) return 'no backups\n';
  const rows = entries.map((e) => `${e.id.padEnd(26)} ${e.kind.padEnd(11)} ${e.reason.padEnd(11)} ${String(e.pagesStored).padStart(7)}/${String(e.pageCount).padEnd(7)} ${String(e.bytes).padStart(11)} B  schema ${e.schemaVersion}  ${e.settlements} settlements`);
  return `${'id'.padEnd(26)} ${'kind'.padEnd(11)} ${'reason'.padEnd(11)} pages stored/total        size\n${rows.join('\n')}\n`;
}

/** The newest entry, if any (the status page shows it). */
export function newestBackup(backupDir: string): BackupEntry | undefined {
  return latest(listBackups(backupDir));
}
