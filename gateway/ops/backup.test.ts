import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autoBackup, chainOf, dueKind, listBackups, pruneBackups, rebuildBackup, takeBackup, type BackupEntry } from './backup.ts';

const DAY = 24 * 3600_000;
const T0 = new Date('2026-08-03T18:30:00Z');
const at = (days: number): Date => new Date(T0.getTime() + days * DAY);

let dir: string;
let db: Database.Database;
let backupDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-backup-unit-'));
  backupDir = join(dir, 'backups');
  db = new Database(join(dir, 'g.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const policy = { fullEveryDays: 7, keepDays: 92 };
const write = (n: number): void => {
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  for (let i = 0; i < n; i++) insert.run('x'.repeat(200));
};

describe('backup schedule', () => {
  it('dueKind: full first, incrementals for six days, full again on the seventh (a timer a little early still counts)', () => {
    expect(dueKind([], policy, T0)).toBe('full');
    const full = { kind: 'full', createdAt: T0.toISOString() } as BackupEntry;
    expect(dueKind([full], policy, at(1))).toBe('incremental');
    expect(dueKind([full], policy, at(6))).toBe('incremental');
    expect(dueKind([full], policy, new Date(at(7).getTime() - 3600_000))).toBe('full');
  });

  it('a daily run for 16 weeks keeps whole sets within keepDays and every kept point restores', async () => {
    for (let day = 0; day < 112; day++) {
      write(5);
      await autoBackup({ source: db, backupDir, policy, now: at(day) });
    }
    const entries = listBackups(backupDir);
    const fulls = entries.filter((e) => e.kind === 'full');
    // 16 sets taken; at day 105 the first set (newest entry day 6) is 99 days old: pruned
    expect(fulls).toHaveLength(15);
    expect(Date.parse(entries[0]!.createdAt)).toBe(at(7).getTime());
    for (const e of entries) expect(chainOf(entries, e.id)[0]!.id).toBe(e.base);
    // nothing on disk that the manifest does not list, and nothing listed that is gone
    const files = new Set(readdirSync(backupDir).filter((f) => f !== 'manifest.json'));
    expect(files.size).toBe(entries.length * 2);
    for (const e of entries) expect(files.has(e.file) && files.has(e.pageHashFile)).toBe(true);
    const last = entries.at(-1)!;
    await rebuildBackup(backupDir, join(dir, 'r.sqlite'), last.id);
    const copy = new Database(join(dir, 'r.sqlite'), { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(112 * 5);
    copy.close();
  }, 30_000);

  it('never prunes the newest set, however old', async () => {
    await takeBackup('full', { source: db, backupDir, now: T0 });
    expect(pruneBackups(backupDir, 92, at(400))).toEqual([]);
    expect(listBackups(backupDir)).toHaveLength(1);
  });

  it('an incremental with nothing to extend is taken as a full backup', async () => {
    const first = await takeBackup('incremental', { source: db, backupDir, now: T0 });
    expect(first.kind).toBe('full');
    write(1);
    const second = await takeBackup('incremental', { source: db, backupDir, now: at(1) });
    expect(second).toMatchObject({ kind: 'incremental', parent: first.id, base: first.id });
    expect(existsSync(join(backupDir, second.file))).toBe(true);
  });
});
