/**
 * Append-only, hash-chained audit log: each entry's hash covers the previous hash and the
 * entry itself (SHA-256 over a canonical JSON line), so an edited or removed row breaks the
 * chain from that point on. Zhoushan rules: operation logs kept at least 3 months — this table
 * is never pruned by the gateway.
 */
import { hash } from 'node:crypto';
import type { Db } from './db.ts';
import { GatewayError } from '../errors/gateway-error.ts';

export interface AuditEntry {
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, seq: number, at: string, e: AuditEntry): string {
  const line = JSON.stringify([seq, at, e.actor, e.action, e.subject, e.detail]);
  // One-shot hash of the same bytes as update(prev).update('\n').update(line): no Hash object per entry.
  return hash('sha256', `${prevHash}\n${line}`, 'hex');
}

export class AuditLog {
  private readonly last;
  private readonly insert;

  constructor(private readonly db: Db) {
    this.last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    this.insert = db.prepare('INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  }

  /**
   * Appends one entry; call inside the transaction of the change it records. Text SQLite
   * cannot store as given (an unpaired surrogate becomes U+FFFD in UTF-8) would make the stored
   * row differ from what was hashed, so it is refused and the whole change rolls back; the
   * API boundary (gateway/boundary/text.ts) refuses such text long before it gets here.
   */
  append(entry: AuditEntry, at = new Date().toISOString()): number {
    for (const [field, text] of [['actor', entry.actor], ['action', entry.action], ['subject', entry.subject], ['at', at]] as const) {
      if (!text.isWellFormed()) throw new GatewayError('GW_VALIDATION', { detail: `audit ${field} is not well-formed Unicode`, details: { path: field } });
    }
    const prev = this.last.get() as { seq: number; hash: string } | undefined;
    const seq = (prev?.seq ?? 0) + 1;
    const prevHash = prev?.hash ?? GENESIS;
    this.insert.run(seq, at, entry.actor, entry.action, entry.subject, JSON.stringify(entry.detail), prevHash, entryHash(prevHash, seq, at, entry));
    return seq;
  }

  /** Walks the whole chain; returns the first broken sequence number, if any. */
  verify(): { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string } {
    let prevHash = GENESIS;
    let expectedSeq = 1;
    let entries = 0;
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<{
      seq: number; at: string; actor: string; action: string; subject: string; detail: string; prev_hash: string; hash: string;
    }>) {
      entries++;
      if (row.seq !== expectedSeq) return { ok: false, entries, brokenAt: expectedSeq, reason: 'missing entry' };
      if (row.prev_hash !== prevHash) return { ok: false, entries, brokenAt: row.seq, reason: 'previous hash does not match' };
      const detail = JSON.parse(row.detail) as Record<string, unknown>;
      const hash = entryHash(prevHash, row.seq, row.at, { actor: row.actor, action: row.action, subject: row.subject, detail });
      if (hash !== row.hash) return { ok: false, entries, brokenAt: row.seq, reason: 'entry was altered' };
      prevHash = row.hash;
      expectedSeq++;
    }
    return { ok: true, entries };
  }
}
