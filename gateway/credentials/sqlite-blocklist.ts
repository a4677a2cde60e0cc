/**
 * A read-only `Blocklist` over the store's `blocklist` table (card_no, reason), for tools
 * that run without the whole gateway (the `card read` command). The running gateway uses the
 * store's own implementation. A missing database means an empty list, said in `source`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Blocklist } from './service.ts';

export interface ClosableBlocklist extends Blocklist {
  /** Where the entries come from, for the command's output. */
  readonly source: string;
  close(): void;
}

export function openSqliteBlocklist(dataDir: string, file = 'gateway.sqlite'): ClosableBlocklist {
  const path = join(dataDir, file);
  if (!existsSync(path)) return { source: `none (${path} does not exist)`, isBlocked: () => null, close: () => undefined };
  const db = new Database(path, { readonly: true, fileMustExist: true });
  let lookup: ((key: string) => { reason: string } | undefined) | null = null;
  try {
    const statement = db.prepare<[string], { reason: string }>('SELECT reason FROM blocklist WHERE card_no = ?');
    lookup = (key) => statement.get(key);
  } catch {
    // a database from before the blocklist table: nothing is listed
  }
  return {
    source: path,
    isBlocked: (key) => {
      const row = lookup?.(key);
      return row ? { reason: row.reason } : null;
    },
    close: () => db.close(),
  };
}
