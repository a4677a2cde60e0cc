import { describe, expect, it } from 'vitest';
import { openDatabase } from './db.ts';
import { GroupCommitter } from './group-commit.ts';

describe('group commit', () => {
  it('commits a group in one transaction; a failing write rolls back alone and only its caller sees the error', async () => {
    const db = openDatabase({ file: ':memory:' });
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    const g = new GroupCommitter(db);
    const insert = db.prepare('INSERT INTO t (k) VALUES (?)');
    const results = await Promise.allSettled([
      g.run(() => insert.run('a').changes),
      g.run(() => { insert.run('b'); throw new Error('refused after writing'); }),
      g.run(() => insert.run('a').changes), // sees the first write: primary key conflict
      g.run(() => insert.run('c').changes),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT k FROM t ORDER BY k').all()).toEqual([{ k: 'a' }, { k: 'c' }]);
    expect(g.groups).toBe(1);
    expect(g.writes).toBe(4);
    expect(db.inTransaction).toBe(false);
  });

  it('settles no promise before COMMIT returns, and rejects the whole group when COMMIT fails', async () => {
    const db = openDatabase({ file: ':memory:' });
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY)');
    db.exec('CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)');
    const g = new GroupCommitter(db);
    // A deferred foreign key fails at COMMIT: nothing of the group may stay.
    const results = await Promise.allSettled([
      g.run(() => db.prepare("INSERT INTO t (k) VALUES ('x')").run()),
      g.run(() => db.prepare('INSERT INTO child (p) VALUES (42)').run()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'GW_STORAGE' });
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    expect(db.inTransaction).toBe(false);
  });
});
