import { describe, expect, it } from 'vitest';
import { openDatabase } from './db.ts';
import { AuditLog } from './audit.ts';
import { OutboxStore } from './outbox.ts';
import { MIGRATIONS, migrate, SCHEMA_VERSION } from './migrations.ts';
import { GatewayError } from '../errors/gateway-error.ts';

describe('audit log', () => {
  it('verifies an intact chain and names the first altered entry', () => {
    const db = openDatabase({ file: ':memory:' });
    const audit = new AuditLog(db);
    for (let i = 0; i < 5; i++) audit.append({ actor: 'op1', action: 'settle', subject: `S${i}`, detail: { n: i } });
    expect(audit.verify()).toEqual({ ok: true, entries: 5 });

    // Someone with direct database access drops the guard and edits entry 3.
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit_log SET detail = '{\"n\":99}' WHERE seq = 3").run();
    expect(audit.verify()).toMatchObject({ ok: false, brokenAt: 3, reason: 'entry was altered' });
  });

  it('refuses updates and deletes at the database level', () => {
    const db = openDatabase({ file: ':memory:' });
    new AuditLog(db).append({ actor: 'op1', action: 'sign-in', subject: 'op1', detail: {} });
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
  });
});

describe('migrations', () => {
  it('brings a new database to the newest schema once', () => {
    const db = openDatabase({ file: ':memory:' });
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(migrate(db)).toBe(SCHEMA_VERSION);
  });

  it('refuses a database made by a newer gateway', () => {
    const db = openDatabase({ file: ':memory:' });
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(SCHEMA_VERSION + 1, 'future', 'x');
    expect(() => migrate(db, MIGRATIONS)).toThrow(GatewayError);
  });
});

describe('outbox', () => {
  const recorder = () => {
    const seqs = new Map<string, number>();
    return (id: string, visitId: string, createdAt: number) => {
    const seq = (seqs.get(visitId) ?? 0) + 1;
    seqs.set(visitId, seq);
      return { id, visitId, seq, kind: 'settlement' as const, payload: new Uint8Array([1, 2, 3]), createdAt };
    };
  };

  it('hands out a visit\'s records in seq order and never past one that is waiting to retry', () => {
    const db = openDatabase({ file: ':memory:' });
    const outbox = new OutboxStore(db);
    const rec = recorder();
    outbox.enqueue(rec('a1', 'A', 1));
    outbox.enqueue(rec('b1', 'B', 2));
    outbox.enqueue(rec('a2', 'A', 3));
    expect(outbox.nextBatch(10, 100).map((r) => [r.id, r.seq])).toEqual([['a1', 1], ['b1', 1], ['a2', 2]]);
    outbox.scheduleRetry(['a1'], 200, 'timeout');
    expect(outbox.nextBatch(10, 100).map((r) => r.id)).toEqual(['b1']);
    expect(outbox.nextBatch(10, 100, new Set(['B'])).map((r) => r.id)).toEqual([]);
    outbox.markDelivered(['a1'], 100);
    expect(outbox.nextBatch(10, 100).map((r) => r.id)).toEqual(['b1', 'a2']);
    expect(outbox.backlog()).toEqual({ count: 2, oldestCreatedAt: 2 });
  });

  it('holds a record back until its retry time and counts attempts', () => {
    const db = openDatabase({ file: ':memory:' });
    const outbox = new OutboxStore(db);
    const rec = recorder();
    outbox.enqueue(rec('a1', 'A', 1));
    outbox.scheduleRetry(['a1'], 500);
    expect(outbox.nextBatch(10, 499)).toEqual([]);
    expect(outbox.nextBatch(10, 500)[0]?.attempts).toBe(1);
  });

  it('keeps the first acknowledgement: a later one does not change a settled record', () => {
    const db = openDatabase({ file: ':memory:' });
    const outbox = new OutboxStore(db);
    const rec = recorder();
    outbox.enqueue(rec('a1', 'A', 1));
    outbox.markRejected('a1', 'C101', 'bad amounts', 10);
    outbox.markDelivered(['a1'], 20);
    expect(outbox.status('a1')).toEqual({ status: 'rejected', rejectCode: 'C101', rejectReason: 'bad amounts', settledAt: 10 });
  });
});
