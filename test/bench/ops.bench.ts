/**
 * Backup figures, on a gateway database of N audit entries (default 200,000 —
 * about a year of a busy pharmacy counter's entries; YIBAO_BENCH_OPS_ENTRIES to change):
 *
 *   full backup     — online snapshot + page hashes + gzip, seconds and MB/s, and the ratio
 *                     to a plain file copy of the same database measured in the same run
 *                     (what consistency, hashing and compression cost over `cp`);
 *   incremental     — after one more "day" (1 % more entries): bytes stored and their ratio to
 *                     the full backup's bytes (the point of daily incrementals);
 *   rebuild         — full copy + the delta back into a database file, checked by SHA-256.
 *
 * Run alone: node --import tsx test/bench/ops.bench.ts
 */
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../gateway/store/db.ts';
import { AuditLog } from '../../gateway/store/audit.ts';
import { rebuildBackup, takeBackup } from '../../gateway/ops/backup.ts';

function fill(file: string, from: number, count: number): void {
  const db = openDatabase({ file });
  const audit = new AuditLog(db);
  const batch = db.transaction((start: number, n: number) => {
    for (let i = start; i < start + n; i++) {
      audit.append({ actor: 'cashier-01', action: 'settle', subject: `S${String(i).padStart(12, '0')}`, detail: { mdtrt_id: `M${i}`, med_type: 'pharmacy', medfee_sumamt: `${(i % 997) + 1}.00`, fund_pay_sumamt: `${(i % 331) + 1}.50`, record_id: `r-${i}` } });
    }
  });
  for (let done = 0; done < count; done += 10_000) batch(from + done, Math.min(10_000, count - done));
  db.close();
}

const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;
const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

export async function run(): Promise<Record<string, number | string>> {
  const entries = Number(process.env.YIBAO_BENCH_OPS_ENTRIES ?? (process.env.YIBAO_BENCH_QUICK === '1' ? 30_000 : 200_000));
  const dir = mkdtempSync(join(tmpdir(), 'yibao-bench-ops-'));
  try {
    const dbFile = join(dir, 'data', 'gateway.sqlite');
    const backupDir = join(dir, 'backups');
    fill(dbFile, 0, entries);
    const dbBytes = statSync(dbFile).size;

    let t0 = process.hrtime.bigint();
    copyFileSync(dbFile, join(dir, 'plain-copy.sqlite'));
    const copySeconds = seconds(t0);

    t0 = process.hrtime.bigint();
    const full = await takeBackup('full', { source: dbFile, backupDir });
    const fullSeconds = seconds(t0);

    fill(dbFile, entries, Math.max(1, Math.round(entries / 100)));
    t0 = process.hrtime.bigint();
    const incr = await takeBackup('incremental', { source: dbFile, backupDir });
    const incrSeconds = seconds(t0);

    t0 = process.hrtime.bigint();
    await rebuildBackup(backupDir, join(dir, 'rebuilt.sqlite'), incr.id);
    const rebuildSeconds = seconds(t0);

    return {
      audit_entries: entries,
      db_mb: round(dbBytes / 1048576, 1),
      plain_copy_s: round(copySeconds),
      full_backup_s: round(fullSeconds),
      full_backup_mb_per_s: round(dbBytes / 1048576 / fullSeconds, 1),
      full_backup_mb_stored: round(full.bytes / 1048576, 2),
      ratio_full_backup_to_plain_copy: round(fullSeconds / copySeconds, 1),
      incremental_s: round(incrSeconds),
      incremental_pages_stored: incr.pagesStored,
      incremental_kb_stored: round(incr.bytes / 1024, 1),
      ratio_incremental_to_full_bytes: round(incr.bytes / full.bytes, 4),
      rebuild_full_plus_delta_s: round(rebuildSeconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await run();
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(34)} ${v}\n`);
}
