/**
 * Per-reader exclusive transactions inside one port, shared by the real and the mock port.
 *
 * The `pcsclite` module exposes no SCardBeginTransaction, so the port keeps its own FIFO
 * lock per reader: a handle that began a transaction sends freely; every other handle's
 * command on that reader waits until the transaction ends. Other processes are kept out by
 * the `exclusive` share mode at connect.
 */
export class ReaderLocks {
  readonly #held = new Map<string, { owner: object; depth: number; waiters: Array<() => void> }>();

  /** Waits until `owner` holds the reader's lock (re-entrant: nested begins count). */
  async acquire(reader: string, owner: object): Promise<void> {
    for (;;) {
      const lock = this.#held.get(reader);
      if (!lock) {
        this.#held.set(reader, { owner, depth: 1, waiters: [] });
        return;
      }
      if (lock.owner === owner) {
        lock.depth++;
        return;
      }
      await new Promise<void>((resolve) => lock.waiters.push(resolve));
    }
  }

  /** Releases one level; when the last level goes, the next waiter runs. */
  release(reader: string, owner: object): boolean {
    const lock = this.#held.get(reader);
    if (!lock || lock.owner !== owner) return false;
    lock.depth--;
    if (lock.depth > 0) return true;
    this.#held.delete(reader);
    for (const wake of lock.waiters) wake();
    return true;
  }

  /** Releases every level `owner` holds (used when a handle disconnects mid-transaction). */
  releaseAll(reader: string, owner: object): void {
    while (this.release(reader, owner)) {
      if (this.#held.get(reader)?.owner !== owner) return;
    }
  }

  holds(reader: string, owner: object): boolean {
    return this.#held.get(reader)?.owner === owner;
  }

  /** Runs `fn` as `owner` on `reader`: directly inside the owner's transaction, else under a short lock. */
  async run<T>(reader: string, owner: object, fn: () => Promise<T>): Promise<T> {
    if (this.holds(reader, owner)) return fn();
    await this.acquire(reader, owner);
    try {
      return await fn();
    } finally {
      this.release(reader, owner);
    }
  }
}
