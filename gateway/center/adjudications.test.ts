import { describe, expect, it } from 'vitest';
import { AdjudicationOutcome, pb, type AdjudicationPageMsg } from '../../protocol/center/index.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import { AdjudicationPoller, MemoryAdjudicationSink, type Adjudication } from './adjudications.ts';

function centre(total: number, failAt?: number) {
  const calls: number[] = [];
  return {
    calls,
    adjudications: async (q: { afterCursor?: number | null; limit?: number | null }): Promise<AdjudicationPageMsg> => {
      const after = Number(q.afterCursor ?? 0);
      calls.push(after);
      if (failAt !== undefined && after >= failAt) throw new GatewayError('GW_CENTER_TIMEOUT');
      const limit = q.limit ?? 10;
      const results = Array.from({ length: Math.max(0, Math.min(limit, total - after)) }, (_, i) => ({ recordId: `r${after + i + 1}`, outcome: AdjudicationOutcome.ADJUDICATION_OUTCOME_ACCEPTED, cursor: after + i + 1 }));
      return pb.AdjudicationPage.create({ results, nextCursor: after + results.length, more: after + results.length < total });
    },
  };
}

describe('AdjudicationPoller', () => {
  it('pages from the stored cursor until no more, emitting each result', async () => {
    const sink = new MemoryAdjudicationSink();
    const c = centre(25);
    const poller = new AdjudicationPoller({ client: c, sink, pageSize: 10 });
    const seen: Adjudication[] = [];
    poller.on('adjudication', (a) => seen.push(a));
    expect(await poller.pollOnce()).toEqual({ kind: 'ok', received: 25, cursor: 25 });
    expect(c.calls).toEqual([0, 10, 20]);
    expect(seen.map((a) => a.recordId)).toEqual(Array.from({ length: 25 }, (_, i) => `r${i + 1}`));
    expect(await poller.pollOnce()).toEqual({ kind: 'ok', received: 0, cursor: 25 });
  });

  it('a failed page keeps the cursor: the next poll asks for the same results again', async () => {
    const sink = new MemoryAdjudicationSink();
    const outcome = await new AdjudicationPoller({ client: centre(25, 10), sink, pageSize: 10 }).pollOnce();
    expect(outcome).toMatchObject({ kind: 'failed', received: 10 });
    expect(sink.cursor()).toBe(10);
    const c = centre(25);
    expect(await new AdjudicationPoller({ client: c, sink, pageSize: 10 }).pollOnce()).toMatchObject({ kind: 'ok', received: 15 });
    expect(c.calls[0]).toBe(10);
    expect(sink.results.size).toBe(25);
  });

  it('refuses a cursor that goes backwards', async () => {
    const sink = new MemoryAdjudicationSink();
    sink.store([], 50);
    const back = { adjudications: async () => pb.AdjudicationPage.create({ results: [{ recordId: 'x' }], nextCursor: 3, more: false }) };
    const outcome = await new AdjudicationPoller({ client: back, sink }).pollOnce();
    expect(outcome.kind).toBe('failed');
    expect(sink.cursor()).toBe(50);
    expect(sink.results.size).toBe(0);
  });
});
