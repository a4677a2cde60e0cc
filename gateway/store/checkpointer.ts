/**
 * WAL checkpoints off the settle path. SQLite's automatic checkpoint runs inside the COMMIT
 * that crosses 1,000 WAL pages: that settlement group's answer waits while ~4 MB are copied
 * into the database file and fsynced — measured here, a third of all COMMIT time and commits
 * of 10–20 ms instead of 3 ms, the tail of the sale latency. A worker thread with its own
 * connection checkpoints instead (PASSIVE, every `intervalMs`), beside the event loop.
 *
 * Durability does not change: a commit is on disk once its WAL frames are fsynced
 * (synchronous=FULL); checkpointing only moves them into the main file later. If the worker
 * cannot start or fails, the connection's automatic checkpoint is switched back on.
 */
import { Worker } from 'node:worker_threads';
import type { Db } from './db.ts';

const WORKER = new URL('./checkpoint-worker.mjs', import.meta.url);
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

export type CheckpointEvent =
  | { readonly kind: 'ready' }
  | { readonly kind: 'checkpointed'; readonly log: number; readonly checkpointed: number }
  | { readonly kind: 'error'; readonly message: string };

export class WalCheckpointer {
  private closed = false;

  private constructor(private readonly db: Db, private readonly worker: Worker) {}

  /** Starts checkpointing `db`'s file from a worker; null for an in-memory or read-only database. */
  static start(db: Db, options: { intervalMs?: number; onEvent?: (e: CheckpointEvent) => void } = {}): WalCheckpointer | null {
    if (db.memory || db.readonly || db.name === '') return null;
    const worker = new Worker(WORKER, { workerData: { file: db.name, intervalMs: options.intervalMs ?? 200 } });
    worker.unref(); // never keeps the process alive on its own
    const self = new WalCheckpointer(db, worker);
    worker.on('message', (e: CheckpointEvent) => {
      if (e.kind === 'ready' && !self.closed) db.pragma('wal_autocheckpoint = 0');
      options.onEvent?.(e);
    });
    const fallBack = (): void => self.restoreAutocheckpoint();
    worker.once('error', fallBack);
    worker.once('exit', fallBack);
    return self;
  }

  private restoreAutocheckpoint(): void {
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
  }

  /** Stops the worker (its connection closes) and gives checkpoints back to the connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.restoreAutocheckpoint();
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('close');
    await exited;
  }
}
