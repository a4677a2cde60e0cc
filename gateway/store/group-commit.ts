/**
 * Group commit: settlements that arrive together share one SQLite transaction, so one
 * fsync (synchronous=FULL) makes a whole group durable instead of one each — with 32 HIS
 * connections the disk's flush latency, not the CPU, would otherwise bound the counter.
 *
 * `run(fn)` queues a write; on the next turn of the event loop every queued write runs, in
 * arrival order, inside one `BEGIN IMMEDIATE … COMMIT`, each in its own savepoint: a write
 * that throws is rolled back alone and its caller gets the error, the others commit. Every
 * promise settles only after COMMIT returned, so an answer the HIS sees is on disk. Writes
 * run one after another in one thread, so each sees the ones before it (a second settle of
 * the same visit in the same group finds the first and is refused).
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.ts';
import { GatewayError } from '../errors/gateway-error.ts';

interface Pending {
  readonly fn: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (err: unknown) => void;
}

/** Transaction control, prepared once: `db.exec` would parse each statement again, 2 + 2n times a group. */
interface Control {
  readonly begin: Statement;
  readonly commit: Statement;
  readonly savepoint: Statement;
  readonly release: Statement;
  readonly rollbackTo: Statement;
}

export class GroupCommitter {
  private queue: Pending[] = [];
  private readonly control: Control;
  private scheduled = false;
  /** Groups committed and writes in them, for tests and metrics. */
  groups = 0;
  writes = 0;

  constructor(private readonly db: Db, private readonly maxGroup = 256) {
    this.control = {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      savepoint: db.prepare('SAVEPOINT group_write'),
      release: db.prepare('RELEASE group_write'),
      rollbackTo: db.prepare('ROLLBACK TO group_write'),
    };
  }

  run<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const group = this.queue.splice(0, this.maxGroup);
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    if (group.length === 0) return;
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    const { begin, commit, savepoint, release, rollbackTo } = this.control;
    try {
      begin.run();
      for (const item of group) {
        savepoint.run();
        try {
          const value = item.fn();
          release.run();
          outcomes.push({ ok: true, value });
        } catch (error) {
          rollbackTo.run();
          release.run();
          outcomes.push({ ok: false, error });
        }
      }
      commit.run();
    } catch (cause) {
      if (this.db.inTransaction) {
        try {
          this.db.exec('ROLLBACK');
        } catch {
          // the connection already rolled back (e.g. SQLITE_FULL); nothing was committed either way
        }
      }
      const err = cause instanceof GatewayError ? cause : new GatewayError('GW_STORAGE', { cause });
      for (const item of group) item.reject(err);
      return;
    }
    this.groups++;
    this.writes += group.length;
    group.forEach((item, i) => {
      const o = outcomes[i]!;
      if (o.ok) item.resolve(o.value);
      else item.reject(o.error);
    });
  }
}
