/**
 * Restoring the database from a backup (BACKUP.md "Restore"). The gateway must be stopped:
 * a process holding the database open makes the restore refuse, whatever the flags. The
 * current database is never destroyed — it is moved aside with its -wal/-shm files (a stale
 * WAL beside a restored file would be replayed into it). The rebuilt copy must pass
 * `verify` (integrity + audit chain) before it takes the database's place, and the restore
 * itself is written to the restored audit log (two-person back-end changes are recorded:
 * Zhoushan rules, 001 信息部门 item 1).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { GatewayError } from '../errors/gateway-error.ts';
import { openDatabase } from '../store/db.ts';
import { AuditLog } from '../store/audit.ts';
import { backupKeyFile, rebuildBackup, recordRestore, syncDir, type BackupEntry } from './backup.ts';
import { auditKeyFileFor } from '../store/audit-key.ts';
import { verifyDatabase, type VerifyReport } from './verify.ts';

export interface RestoreOptions {
  readonly backupDir: string;
  /** The database file to restore, e.g. `<dataDir>/gateway.sqlite`. */
  readonly dbFile: string;
  /** Backup id; the newest when absent. */
  readonly id?: string;
  /** Replace an existing database (it is moved aside, not deleted). */
  readonly force?: boolean;
  /** Who restores (recorded in the audit log), e.g. "it-wang+it-li". */
  readonly actor: string;
  readonly now?: Date;
}

export interface RestoreResult {
  readonly entry: BackupEntry;
  readonly verify: VerifyReport;
  /** Where the previous database went, if there was one. */
  readonly movedAside: string | null;
}

/** Process ids (other than this one) that hold `file` or its -wal/-shm open (Linux /proc). */
export function processesHolding(file: string): number[] {
  const targets = new Set([file, `${file}-wal`, `${file}-shm`].map((f) => resolve(f)));
  const holders: number[] = [];
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return holders; // no /proc: cannot tell, the caller's --force decides
  }
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          holders.push(Number(pid));
          break;
        }
      } catch {
        // the descriptor closed while we looked
      }
    }
  }
  return holders;
}

export async function restoreDatabase(options: RestoreOptions): Promise<RestoreResult> {
  const dbFile = resolve(options.dbFile);
  const holders = processesHolding(dbFile);
  if (holders.length > 0) {
    throw new GatewayError('GW_RESTORE_REFUSED', { detail: `${dbFile} is open in process ${holders.join(', ')}; stop the gateway (systemctl stop yibao-gateway) first`, details: { pids: holders } });
  }
  if (existsSync(dbFile) && !options.force) {
    throw new GatewayError('GW_RESTORE_REFUSED', { detail: `${dbFile} exists; add --force to move it aside and restore` });
  }
  const now = options.now ?? new Date();
  const tmp = `${dbFile}.restoring-${process.pid}`;
  // A new disk after a disaster has no data directory yet: restoring is how it gets one.
  mkdirSync(dirname(dbFile), { recursive: true });
  rmSync(tmp, { force: true });
  const entry = await rebuildBackup(options.backupDir, tmp, options.id);
  const backupKey = backupKeyFile(options.backupDir, entry);
  const verify = verifyDatabase(tmp, { keyFile: backupKey });
  if (!verify.ok) {
    rmSync(tmp, { force: true });
    throw new GatewayError('GW_VERIFY_FAILED', { detail: `backup ${entry.id}: ${verify.problems.join('; ')}`, details: { problems: verify.problems } });
  }
  let movedAside: string | null = null;
  if (existsSync(dbFile)) {
    movedAside = `${dbFile}.before-restore-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
    renameSync(dbFile, movedAside);
  }
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${dbFile}${suffix}`)) {
      if (movedAside) renameSync(`${dbFile}${suffix}`, `${movedAside}${suffix}`);
      else rmSync(`${dbFile}${suffix}`);
    }
  }
  renameSync(tmp, dbFile);
  // The restored chain is MAC'd with the key the backup carried: put it beside the database.
  if (backupKey) {
    const keyFile = auditKeyFileFor(dbFile);
    if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') !== readFileSync(backupKey, 'utf8')) {
      renameSync(keyFile, `${keyFile}.before-restore-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`);
    }
    copyFileSync(backupKey, keyFile);
  }
  syncDir(dirname(dbFile));
  recordRestore(options.backupDir, entry.id, now);

  // Opening it the gateway's way brings an older backup up to this gateway's schema too.
  const db = openDatabase({ file: dbFile });
  try {
    db.transaction(() => {
      new AuditLog(db).append({
        actor: options.actor,
        action: 'restore',
        subject: entry.id,
        detail: {
          backup_taken_at: entry.createdAt,
          backup_sha256: entry.sha256,
          previous_database: movedAside ? basename(movedAside) : null,
          note: 'settlements made after the backup was taken are missing here; reconcile with the centre',
        },
      }, now.toISOString());
    })();
  } finally {
    db.close();
  }
  return { entry, verify, movedAside };
}
