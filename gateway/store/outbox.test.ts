import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDatabase } from './db.ts';
import { OutboxStore } from './outbox.ts';

type Op =
  | { kind: 'enqueue'; visit: number; at: number }
  | { kind: 'deliver' | 'duplicate' | 'reject' | 'retry'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('enqueue' as const), visit: fc.integer({ min: 0, max: 5 }), at: fc.integer({ min: 0, max: 1000 }) }),
  fc.record({ kind: fc.constantFrom('deliver' as const, 'duplicate' as const, 'reject' as const, 'retry' as const), pick: fc.nat() }),
);

describe('OutboxStore (migrations 2 and 3)', () => {
  it('backlog() — the trigger-kept count and the oldest pending row — always equals counting the table', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const db = openDatabase({ file: ':memory:' });
      const outbox = new OutboxStore(db);
      const ids: string[] = [];
      for (const o of ops) {
        if (o.kind === 'enqueue') {
          const visitId = `V${o.visit}`;
          const id = `R${ids.length}`;
          db.transaction(() => outbox.enqueue({ id, visitId, seq: outbox.nextSeq(visitId), kind: 'settlement', payload: new Uint8Array([1]), createdAt: o.at }))();
          ids.push(id);
        } else if (ids.length > 0) {
          const id = ids[o.pick % ids.length]!;
          if (o.kind === 'deliver') outbox.markDelivered([id], 1);
          else if (o.kind === 'duplicate') outbox.markDuplicate([id], 1);
          else if (o.kind === 'reject') outbox.markRejected(id, 'X', 'x', 1);
          else outbox.scheduleRetry([id], 5000, 'down');
        }
        const truth = db.prepare("SELECT count(*) AS count, min(created_at) AS oldest FROM outbox WHERE status = 'pending'").get() as { count: number; oldest: number | null };
        expect(outbox.backlog()).toEqual({ count: truth.count, oldestCreatedAt: truth.oldest });
      }
      db.close();
    }), { numRuns: 100 });
  });

  it('nextBatch sends a visit\'s records in seq order and holds a visit back while an earlier record waits for its retry', () => {
    const db = openDatabase({ file: ':memory:' });
    const outbox = new OutboxStore(db);
    const put = (id: string, visitId: string, createdAt: number): void => outbox.enqueue({ id, visitId, seq: outbox.nextSeq(visitId), kind: 'settlement', payload: new Uint8Array([1]), createdAt });
    put('a1', 'A', 1);
    put('b1', 'B', 2);
    put('a2', 'A', 3);
    put('c1', 'C', 4);
    expect(outbox.nextBatch(10, 100).map((r) => r.id)).toEqual(['a1', 'b1', 'a2', 'c1']);
    expect(outbox.nextBatch(2, 100).map((r) => r.id)).toEqual(['a1', 'b1']);
    outbox.scheduleRetry(['a1'], 500, 'timeout');
    expect(outbox.nextBatch(10, 100).map((r) => r.id)).toEqual(['b1', 'c1']);
    expect(outbox.nextBatch(10, 100, new Set(['B'])).map((r) => r.id)).toEqual(['c1']);
    expect(outbox.nextBatch(10, 600).map((r) => r.id)).toEqual(['a1', 'b1', 'a2', 'c1']);
    outbox.markDelivered(['a1', 'b1'], 700);
    expect(outbox.nextBatch(10, 700).map((r) => r.id)).toEqual(['a2', 'c1']);
    expect(outbox.backlog()).toEqual({ count: 2, oldestCreatedAt: 3 });
  });
});
