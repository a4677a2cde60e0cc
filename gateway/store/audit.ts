/**
 * Append-only, chained audit log: each entry's MAC covers the previous entry's and the entry
 * itself (a canonical JSON line), so an edited, removed or inserted row breaks the chain from
 * that point on. The MAC is HMAC-SHA-256 with a key kept outside the database file
 * (audit-key.ts), so the chain cannot be recomputed by someone who can only edit the database;
 * entries written before the key existed keep their unkeyed SHA-256 links. Zhoushan rules:
 * operation logs kept at least 3 months — this table is never pruned by the gateway.
 */
import { hash } from 'node:crypto';
import type { Db } from './db.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import { auditKeyOf, hmacSha256Hex, type AuditKey } from './audit-key.ts';

export interface AuditEntry {
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: Record<string, unknown>;
}

/** The newest entry: what a backup manifest and the centre keep to find truncation or a rewritten chain. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

const GENESIS = '0'.repeat(64);

function entryHash(key: AuditKey | undefined, prevHash: string, seq: number, at: string, e: AuditEntry): string {
  const text = `${prevHash}\n${JSON.stringify([seq, at, e.actor, e.action, e.subject, e.detail])}`;
  if (key && seq >= key.keyedFrom) return hmacSha256Hex(key, text);
  // One-shot hash of the same bytes as update(prev).update('\n').update(line): no Hash object per entry.
  return hash('sha256', text, 'hex');
}

export class AuditLog {
  private readonly last;
  private readonly insert;

  private readonly key: AuditKey | undefined;

  constructor(private readonly db: Db) {
    this.key = auditKeyOf(db);
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
    this.insert.run(seq, at, entry.actor, entry.action, entry.subject, JSON.stringify(entry.detail), prevHash, entryHash(this.key, prevHash, seq, at, entry));
    return seq;
  }

  head(): AuditHead {
    const last = this.last.get() as { seq: number; hash: string } | undefined;
    return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS };
  }

  /**
   * Walks the whole chain; returns the first broken sequence number, if any. With `anchors`
   * (heads recorded in backup manifests or at the centre), also finds a chain cut short or
   * rewritten behind them: each anchored entry must still be there with the same MAC.
   */
  verify(anchors: readonly AuditHead[] = []): { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string } {
    const result = this.walk();
    if (!result.ok) return result;
    const at = this.db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
    for (const anchor of [...anchors].sort((a, b) => b.seq - a.seq)) {
      if (anchor.seq === 0) continue;
      const stored = at.get(anchor.seq) as string | undefined;
      if (stored === undefined) return { ok: false, entries: result.entries, brokenAt: anchor.seq, reason: `entries removed: a backup or the centre recorded ${anchor.seq} entries, the log has ${result.entries}` };
      if (stored !== anchor.hash) return { ok: false, entries: result.entries, brokenAt: anchor.seq, reason: 'chain rewritten: the entry differs from the head a backup or the centre recorded' };
    }
    return result;
  }

  private walk(): { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string } {
    const last = this.head().seq;
    if (last > 0 && !this.key) return { ok: false, entries: last, brokenAt: 0, reason: 'the audit key (audit.key beside the database) is missing: restore it to check the chain' };
    if (this.key && this.key.keyedFrom > last + 1) return { ok: false, entries: last, brokenAt: last + 1, reason: `entries removed: the log had ${this.key.keyedFrom - 1} entries when its key was made, it has ${last}` };
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
      const hash = entryHash(this.key, prevHash, row.seq, row.at, { actor: row.actor, action: row.action, subject: row.subject, detail });
      if (hash !== row.hash) return { ok: false, entries, brokenAt: row.seq, reason: 'entry was altered' };
      prevHash = row.hash;
      expectedSeq++;
    }
    return { ok: true, entries };
  }
}
