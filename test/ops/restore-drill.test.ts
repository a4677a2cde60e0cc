/**
 * The restore drill (Zhangye 000 art. 89 "灾难恢复演练"): back up while the counter
 * keeps settling, then lose the database and bring it back from the weekly full copy plus the
 * daily incrementals — verified by integrity check and audit chain, every settlement with its
 * audit entry and outbox record (never half a transaction).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { autoBackup, listBackups, rebuildBackup, takeBackup } from '../../gateway/ops/backup.ts';
import { restoreDatabase } from '../../gateway/ops/restore.ts';
import { verifyDatabase } from '../../gateway/ops/verify.ts';
import { isGatewayError } from '../../gateway/errors/gateway-error.ts';
import { startHarness, type OpsHarness } from './fixtures.ts';

let h: OpsHarness;
let sold = 0;

async function sellMany(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await h.sell(`drill-${sold++}`);
}

/** Every settlement in the file has its audit entry and its outbox record: the snapshot is one committed state. */
function consistent(file: string): { settlements: number } {
  const db = new Database(file, { readonly: true });
  try {
    const settlements = db.prepare("SELECT setl_id, mdtrt_id FROM settlements WHERE kind = 'settlement'").all() as Array<{ setl_id: string; mdtrt_id: string }>;
    const audited = new Set((db.prepare("SELECT subject FROM audit_log WHERE action = 'settle'").all() as Array<{ subject: string }>).map((r) => r.subject));
    const reported = new Set((db.prepare('SELECT visit_id FROM outbox').all() as Array<{ visit_id: string }>).map((r) => r.visit_id));
    for (const s of settlements) {
      expect(audited.has(s.setl_id), `audit entry of ${s.setl_id}`).toBe(true);
      expect(reported.has(s.mdtrt_id), `outbox record of ${s.setl_id}`).toBe(true);
    }
    expect(audited.size).toBe(settlements.length);
    return { settlements: settlements.length };
  } finally {
    db.close();
  }
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(isGatewayError(err) ? err.code : err).toBe(code);
}

beforeAll(async () => {
  h = await startHarness();
  // Enough data for the online copy to take several steps (≥ 100 pages of 4 KiB).
  await sellMany(150);
});

afterAll(async () => {
  await h?.close();
});

describe('restore drill', () => {
  it('backs up online while the counter settles, daily incrementals after a weekly full, and restores each point exactly', async () => {
    const t0 = new Date('2026-11-16T18:30:00Z');
    const day = 24 * 60 * 60 * 1000;
    const policy = { fullEveryDays: 7, keepDays: 98 };

    // Day 0: the weekly full, taken from another connection (as the backup timer does) while sales go on.
    let during = 0;
    let backingUp = true;
    const counter = (async () => {
      while (backingUp) {
        await h.sell(`during-${during++}`);
        await new Promise((r) => setImmediate(r));
      }
    })();
    const full = await autoBackup({ source: h.dbFile, backupDir: h.backupDir, policy, now: t0 }).finally(() => { backingUp = false; });
    await counter;
    expect(full.entry.kind).toBe('full');
    expect(during).toBeGreaterThan(0);

    // Days 1 and 2: incrementals hold only the changed pages.
    await sellMany(20);
    const d1 = await autoBackup({ source: h.dbFile, backupDir: h.backupDir, policy, now: new Date(t0.getTime() + day) });
    await sellMany(20);
    const d2 = await autoBackup({ source: h.dbFile, backupDir: h.backupDir, policy, now: new Date(t0.getTime() + 2 * day) });
    expect([d1.entry.kind, d2.entry.kind]).toEqual(['incremental', 'incremental']);
    expect(d2.entry.parent).toBe(d1.entry.id);
    expect(d2.entry.base).toBe(full.entry.id);
    expect(d1.entry.pagesStored).toBeLessThan(d1.entry.pageCount / 2);

    // Each point in time rebuilds to its recorded SHA-256, verifies, and is one committed state.
    for (const [entry, minSettlements] of [[full.entry, 150], [d1.entry, 170 + during], [d2.entry, 190 + during]] as const) {
      const copy = join(h.dir, `rebuilt-${entry.id}.sqlite`);
      await rebuildBackup(h.backupDir, copy, entry.id);
      const report = verifyDatabase(copy);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      const { settlements } = consistent(copy);
      expect(settlements).toBe(entry.settlements);
      expect(settlements).toBeGreaterThanOrEqual(minSettlements);
    }

    // Day 7: the next weekly full starts a new set.
    const d7 = await autoBackup({ source: h.dbFile, backupDir: h.backupDir, policy, now: new Date(t0.getTime() + 7 * day) });
    expect(d7.entry.kind).toBe('full');
    expect(listBackups(h.backupDir).map((e) => e.kind)).toEqual(['full', 'incremental', 'incremental', 'full']);
  });

  it('refuses to restore over a database another process holds open, and without --force', async () => {
    const holder: ChildProcess = spawn('sh', ['-c', `exec 3<"${h.dbFile}"; exec sleep 30`], { stdio: 'ignore' });
    try {
      await new Promise((r) => setTimeout(r, 200));
      await expectCode(restoreDatabase({ backupDir: h.backupDir, dbFile: h.dbFile, force: true, actor: 'it-wang' }), 'GW_RESTORE_REFUSED');
    } finally {
      holder.kill();
    }
    const elsewhere = join(h.dir, 'other.sqlite');
    copyFileSync(h.dbFile, elsewhere);
    await expectCode(restoreDatabase({ backupDir: h.backupDir, dbFile: elsewhere, actor: 'it-wang' }), 'GW_RESTORE_REFUSED');
  });

  it('after the database is lost, restore brings back the newest backup, moves the old file aside and records the restore', async () => {
    const newest = listBackups(h.backupDir).at(-1)!;
    await h.gateway.close();
    // The disaster: the data directory's database is damaged beyond use.
    writeFileSync(h.dbFile, Buffer.alloc(8192, 0x55));
    const result = await restoreDatabase({ backupDir: h.backupDir, dbFile: h.dbFile, force: true, actor: 'it-wang+it-li' });
    expect(result.entry.id).toBe(newest.id);
    expect(result.movedAside && existsSync(result.movedAside)).toBe(true);
    const after = verifyDatabase(h.dbFile);
    expect(after.ok).toBe(true);
    expect(after.settlements).toBe(newest.settlements);
    const db = new Database(h.dbFile, { readonly: true });
    const last = db.prepare('SELECT actor, action, subject FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    db.close();
    expect(last).toEqual({ actor: 'it-wang+it-li', action: 'restore', subject: newest.id });
    consistent(h.dbFile);
  });

  it('a damaged incremental is detected, not restored', async () => {
    const entries = listBackups(h.backupDir);
    const incr = entries.find((e) => e.kind === 'incremental')!;
    const file = join(h.backupDir, incr.file);
    const original = readFileSync(file);
    const raw = gunzipSync(original);
    raw[raw.length - 100] = raw[raw.length - 100]! ^ 0xff;
    writeFileSync(file, gzipSync(raw));
    try {
      await expectCode(rebuildBackup(h.backupDir, join(h.dir, 'damaged.sqlite'), incr.id), 'GW_BACKUP_CORRUPT');
      expect(existsSync(join(h.dir, 'damaged.sqlite'))).toBe(false);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('verify finds an audit entry edited behind the triggers', async () => {
    const copy = join(h.dir, 'tampered.sqlite');
    await takeBackup('full', { source: h.dbFile, backupDir: join(h.dir, 'scratch-backups') });
    await rebuildBackup(join(h.dir, 'scratch-backups'), copy);
    const db = new Database(copy);
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit_log SET detail = json_set(detail, '$.medfee_sumamt', '9999.00') WHERE seq = 5").run();
    db.close();
    const report = verifyDatabase(copy);
    expect(report.ok).toBe(false);
    expect(report.audit).toMatchObject({ ok: false, brokenAt: 5, reason: 'entry was altered' });
  });
});
