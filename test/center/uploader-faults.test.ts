/**
 * The uploader against the in-process centre simulator with its faults switched on. Each
 * scenario ends the same way: the centre holds every record exactly once, with the amounts
 * the gateway sent, in per-visit order, and the outbox has nothing pending.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CenterClient } from '../../gateway/center/client.ts';
import { MemoryOutbox } from '../../gateway/center/memory-outbox.ts';
import { Uploader } from '../../gateway/center/uploader.ts';
import { decodeRecord, type RecordInput } from '../../protocol/center/index.ts';
import type { FaultPatch } from '../../simulator/center/faults.ts';
import { DEMO_GATEWAY_KEY, startCenter, type CenterHandle } from '../../simulator/center/server.ts';
import { cancellationRecord, outboxRow, settlementRecord } from './fixtures.ts';

const GATEWAY = 'H15220100001-GW01';
let centre: CenterHandle | undefined;

afterEach(async () => {
  await centre?.close();
  centre = undefined;
});

/** N records over V visits: settlements, and every 7th visit's last record cancels its first. */
function population(n: number, visits: number): { outbox: MemoryOutbox; sent: Map<string, RecordInput> } {
  const outbox = new MemoryOutbox();
  const sent = new Map<string, RecordInput>();
  const seqOf = new Map<string, number>();
  const firstOf = new Map<string, RecordInput>();
  for (let i = 0; i < n; i += 1) {
    const visitId = `V${String(i % visits).padStart(4, '0')}`;
    const seq = (seqOf.get(visitId) ?? 0) + 1;
    seqOf.set(visitId, seq);
    const recordId = `${GATEWAY}:${String(i).padStart(8, '0')}`;
    const first = firstOf.get(visitId);
    const record = first && i % visits % 7 === 0 && i >= n - visits
      ? cancellationRecord(recordId, visitId, seq, first)
      : settlementRecord({ recordId, visitId, seq, totalFen: 500 + ((i * 7919) % 200_000) });
    if (!first) firstOf.set(visitId, record);
    sent.set(recordId, record);
    outbox.enqueue(outboxRow(record, Date.now()));
  }
  return { outbox, sent };
}

async function drainUnderFaults(faults: FaultPatch, opts: { n?: number; visits?: number; timeoutMs?: number; clearAfterMs?: number } = {}): Promise<{ outbox: MemoryOutbox; sent: Map<string, RecordInput>; uploader: Uploader }> {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  centre = await startCenter({ faults, random });
  const { outbox, sent } = population(opts.n ?? 600, opts.visits ?? 40);
  const client = new CenterClient({ baseUrl: centre.url, gatewayId: GATEWAY, keyId: 'k1', key: DEMO_GATEWAY_KEY });
  const uploader = new Uploader({
    source: outbox, client, batchSize: 25, concurrency: 3, timeoutMs: opts.timeoutMs ?? 2_000,
    backoff: { baseMs: 5, maxMs: 40 }, pauseBackoff: { baseMs: 5, maxMs: 40 },
  });
  const started = Date.now();
  const handle = centre;
  if (opts.clearAfterMs !== undefined) setTimeout(() => handle.resetFaults(), opts.clearAfterMs).unref();
  // Keep draining until the backlog is empty; faults make single passes end early.
  while (outbox.backlog().count > 0) {
    if (Date.now() - started > 20_000) throw new Error(`not drained: ${JSON.stringify(uploader.status())}`);
    await uploader.drainOnce();
    if (outbox.backlog().count > 0) await new Promise((r) => setTimeout(r, 5));
  }
  return { outbox, sent, uploader };
}

function expectExactlyOnce(sent: Map<string, RecordInput>): void {
  const held = centre?.store.records() ?? [];
  expect(held.length).toBe(sent.size);
  expect(new Set(held.map((r) => r.recordId)).size).toBe(sent.size);
  for (const r of held) {
    expect(r.status).toBe('accepted');
    const original = sent.get(r.recordId);
    expect(original).toBeDefined();
    // The centre stored the very bytes the gateway committed.
    expect(decodeRecord(r.body).toJSON()).toEqual(decodeRecord(outboxRow(original as RecordInput, 0).payload).toJSON());
  }
  expect((centre?.store.summary() as { outOfOrder: number }).outOfOrder).toBe(0);
}

describe('uploader under centre faults', () => {
  it('delivers everything exactly once with no fault', async () => {
    const { outbox, sent, uploader } = await drainUnderFaults({});
    expectExactlyOnce(sent);
    expect(uploader.status().totals.delivered).toBe(sent.size);
    expect(outbox.stats.maxRowsReturned).toBeLessThanOrEqual(25);
  });

  it('dropped acknowledgements after commit: resends are answered DUPLICATE, stored once', async () => {
    const { sent, uploader, outbox } = await drainUnderFaults({ dropAckRate: 0.4 });
    expectExactlyOnce(sent);
    expect(uploader.status().totals.duplicate).toBeGreaterThan(0);
    expect((centre?.store.summary() as { duplicatesReceived: number }).duplicatesReceived).toBeGreaterThan(0);
    const states = [...sent.keys()].map((id) => outbox.state(id)?.status);
    expect(states.every((s) => s === 'delivered' || s === 'duplicate')).toBe(true);
  });

  it('duplicate acknowledgements and reordering change nothing', async () => {
    const { sent, uploader } = await drainUnderFaults({ duplicateAckRate: 0.5, reorder: true, reorderMaxDelayMs: 20 });
    expectExactlyOnce(sent);
    expect(uploader.status().totals.delivered).toBe(sent.size);
  });

  it('server errors, timeouts and back-pressure with Retry-After', async () => {
    const { sent } = await drainUnderFaults({ errorRate: 0.15, timeoutRate: 0.05, backPressureRate: 0.15, backPressureStatus: 429, retryAfterSeconds: 0 }, { timeoutMs: 300 });
    expectExactlyOnce(sent);
    const requests = centre?.report().requests as Record<string, number>;
    expect(requests['injected.error']).toBeGreaterThan(0);
    expect(requests['injected.backPressure']).toBeGreaterThan(0);
  });

  it('a full outage: nothing is lost, the backlog drains when the centre is back', async () => {
    const { sent, uploader } = await drainUnderFaults({ outageSeconds: 60 }, { clearAfterMs: 300 });
    expectExactlyOnce(sent);
    expect(uploader.status().totals.retried).toBeGreaterThan(0);
    expect((centre?.report().requests as Record<string, number>)['injected.outage']).toBeGreaterThan(0);
  });

  it('every fault at once, slow drip included', async () => {
    const { sent } = await drainUnderFaults(
      { dropAckRate: 0.2, duplicateAckRate: 0.2, reorder: true, reorderMaxDelayMs: 10, errorRate: 0.1, timeoutRate: 0.03, backPressureRate: 0.1, retryAfterSeconds: 0, latencyMs: 2, jitterMs: 5, slowDripBytesPerSec: 200_000 },
      { n: 400, timeoutMs: 400 },
    );
    expectExactlyOnce(sent);
  });
});
