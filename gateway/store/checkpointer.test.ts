import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './db.ts';
import { WalCheckpointer, type CheckpointEvent } from './checkpointer.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('WAL checkpoints from a worker', () => {
  it('turns the connection\'s automatic checkpoint off, checkpoints what was committed, and gives it back on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-ckpt-'));
    dirs.push(dir);
    const db = openDatabase({ file: join(dir, 'gateway.sqlite') });
    db.exec('CREATE TABLE t (v TEXT)');
    const events: CheckpointEvent[] = [];
    let seen: (e: CheckpointEvent) => void = () => {};
    const checkpointer = WalCheckpointer.start(db, { intervalMs: 20, onEvent: (e) => { events.push(e); seen(e); } })!;
    const next = (kind: CheckpointEvent['kind'], where: (e: CheckpointEvent) => boolean = () => true): Promise<CheckpointEvent> =>
      new Promise((resolve) => {
        const hit = events.find((e) => e.kind === kind && where(e));
        if (hit) return resolve(hit);
        seen = (e) => { if (e.kind === kind && where(e)) resolve(e); };
      });
    await next('ready');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    db.transaction(() => { for (let i = 0; i < 200; i++) insert.run('x'.repeat(1000)); })();
    const done = await next('checkpointed', (e) => e.kind === 'checkpointed' && e.checkpointed === e.log);
    expect(done).toMatchObject({ kind: 'checkpointed' });
    await checkpointer.close();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(events.some((e) => e.kind === 'error')).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 200 });
    db.close();
  });

  it('has nothing to do for an in-memory database', () => {
    const db = openDatabase({ file: ':memory:' });
    expect(WalCheckpointer.start(db)).toBeNull();
    db.close();
  });
});
