/**
 * The sync service against the centre simulator: versions, deltas, the blocklist reaching
 * the gateway within one interval, and refusals that leave the held data untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CenterClient } from '../../gateway/center/client.ts';
import { MemorySyncSink } from '../../gateway/center/memory-sync-sink.ts';
import { SyncService } from '../../gateway/center/sync.ts';
import { pb, SyncKind } from '../../protocol/center/index.ts';
import { DEMO_GATEWAY_KEY, startCenter, type CenterHandle } from '../../simulator/center/server.ts';

let centre: CenterHandle;
let client: CenterClient;

beforeAll(async () => {
  centre = await startCenter({});
  client = new CenterClient({ baseUrl: centre.url, gatewayId: 'GW-S', keyId: 'k1', key: DEMO_GATEWAY_KEY, timeoutMs: 2_000 });
});
afterAll(async () => {
  await centre.close();
});

describe('SyncService', () => {
  it('first round takes everything, the next finds it up to date', async () => {
    const sink = new MemorySyncSink();
    const sync = new SyncService({ client, sink });
    const first = await sync.syncNow();
    expect(first.map((o) => [o.kind, o.result])).toEqual([['blocklist', 'applied'], ['catalogue', 'applied'], ['policies', 'applied']]);
    expect(sink.catalogue.size).toBeGreaterThan(3);
    expect(sink.catalogue.get('XJ01CAA040A001010100001')?.name).toBe('阿莫西林胶囊');
    expect(sink.heldVersion('catalogue')).toBe(String(centre.sync.version('catalogue')));
    const second = await sync.syncNow();
    expect(second.every((o) => o.result === 'up-to-date')).toBe(true);
    expect(sync.status().every((s) => s.lastSuccessAt !== null && s.lastError === null)).toBe(true);
  });

  it('a card lost at the centre is blocked at the gateway within one interval, and released again', async () => {
    const sink = new MemorySyncSink();
    const sync = new SyncService({ client, sink, intervalMs: 40, kinds: ['blocklist'] });
    await sync.start();
    try {
      expect(sink.isBlocked('A00000002')).toBeNull();
      centre.sync.blockCard({ cardNo: 'A00000002', reason: 'LOST', sinceMs: Date.now() });
      await waitFor(() => sink.isBlocked('A00000002') !== null);
      expect(sink.isBlocked('A00000002')).toEqual({ reason: 'LOST' });
      centre.sync.unblockCard('A00000002');
      await waitFor(() => sink.isBlocked('A00000002') === null);
    } finally {
      await sync.stop();
    }
  });

  it('the centre down: a failed outcome per kind, the held data kept', async () => {
    const sink = new MemorySyncSink();
    const sync = new SyncService({ client, sink });
    await sync.syncNow();
    const held = sink.catalogue.size;
    centre.setFaults({ outageSeconds: 30 });
    try {
      const outcomes = await sync.syncNow();
      expect(outcomes.map((o) => o.result)).toEqual(['failed', 'failed', 'failed']);
      const failed = outcomes[0];
      if (failed?.result === 'failed') expect(failed.error.code).toBe('GW_CENTER_UNREACHABLE');
      expect(sink.catalogue.size).toBe(held);
      expect(sync.status()[0]?.lastError?.code).toBe('GW_CENTER_UNREACHABLE');
    } finally {
      centre.resetFaults();
    }
  });

  it('refuses a policy file whose SHA-256 does not match, applying nothing of it', async () => {
    const sink = new MemorySyncSink();
    const forged = pb.SyncReply.create({ kind: SyncKind.SYNC_KIND_POLICIES, version: '9', full: true, policies: [{ region: '152201', version: 'x', content: Buffer.from('{"ratio":1}'), sha256: Buffer.alloc(32) }] });
    const sync = new SyncService({ client: { sync: async () => forged }, sink, kinds: ['policies'] });
    const [outcome] = await sync.syncNow();
    expect(outcome?.result).toBe('failed');
    if (outcome?.result === 'failed') expect(outcome.error.message).toMatch(/SHA-256 does not match/);
    expect(sink.policies.size).toBe(0);
    expect(sink.heldVersion('policies')).toBe('');
  });

  it('refuses a reply for another kind', async () => {
    const sink = new MemorySyncSink();
    const wrong = pb.SyncReply.create({ kind: SyncKind.SYNC_KIND_BLOCKLIST, version: '3', full: true });
    const [outcome] = await new SyncService({ client: { sync: async () => wrong }, sink, kinds: ['catalogue'] }).syncNow();
    expect(outcome?.result).toBe('failed');
    expect(sink.heldVersion('catalogue')).toBe('');
  });
});

async function waitFor(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
}
