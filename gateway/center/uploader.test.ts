import { describe, expect, it } from 'vitest';
import { AckStatus, decodeRecord, encodeRecord, pb, type UploadAckMsg } from '../../protocol/center/index.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { CenterClient } from './client.ts';
import { MemoryOutbox } from './memory-outbox.ts';
import { Uploader, type AlarmEvent, type RejectedEvent } from './uploader.ts';

type UploadFn = CenterClient['upload'];

function row(id: string, visitId: string, seq: number, createdAt = 1_000) {
  return { id, visitId, seq, kind: 'settlement', payload: encodeRecord({ recordId: id, visitId, seq }), createdAt };
}

/** A fake centre: records every batch it is sent and answers with `answer`. */
function fakeClient(answer: (ids: string[], call: number) => Promise<UploadAckMsg> | UploadAckMsg): { upload: UploadFn; batches: string[][] } {
  const batches: string[][] = [];
  const upload: UploadFn = async (_batchId, records) => {
    const ids = records.map((r) => decodeRecord(r).recordId);
    batches.push(ids);
    return answer(ids, batches.length);
  };
  return { upload, batches };
}

const ack = (entries: [string, number, string?][]): UploadAckMsg =>
  pb.UploadAck.create({ acks: entries.map(([recordId, status, code]) => ({ recordId, status, code: code ?? '', reason: code ? `because ${code}` : '' })) });
const acceptAll = (ids: string[]): UploadAckMsg => ack(ids.map((id) => [id, AckStatus.ACK_STATUS_ACCEPTED]));

describe('Uploader', () => {
  it('marks a row only when the ack names it; unnamed rows are retried with back-off', async () => {
    const outbox = new MemoryOutbox();
    outbox.enqueue(row('a', 'v1', 1));
    outbox.enqueue(row('b', 'v2', 1));
    outbox.enqueue(row('c', 'v3', 1));
    const clock = { t: 10_000 };
    const client = fakeClient(() => ack([['a', AckStatus.ACK_STATUS_ACCEPTED], ['b', AckStatus.ACK_STATUS_DUPLICATE]]));
    const up = new Uploader({ source: outbox, client, now: () => clock.t, random: () => 0, backoff: { baseMs: 1_000, maxMs: 60_000 } });
    await up.drainOnce();
    expect(outbox.state('a')?.status).toBe('delivered');
    expect(outbox.state('b')?.status).toBe('duplicate');
    expect(outbox.state('c')).toMatchObject({ status: 'pending', attempts: 1, notBefore: 10_500, lastError: 'not acknowledged' });
    expect(client.batches).toEqual([['a', 'b', 'c']]);
  });

  it('a rejection is final and surfaces as an event', async () => {
    const outbox = new MemoryOutbox();
    outbox.enqueue(row('a', 'v1', 1));
    const events: RejectedEvent[] = [];
    const up = new Uploader({ source: outbox, client: fakeClient(() => ack([['a', AckStatus.ACK_STATUS_REJECTED, 'AMOUNTS_INCONSISTENT']])) });
    up.on('rejected', (e) => events.push(e));
    await up.drainOnce();
    expect(outbox.state('a')).toMatchObject({ status: 'rejected', code: 'AMOUNTS_INCONSISTENT' });
    expect(events).toEqual([{ id: 'a', visitId: 'v1', code: 'AMOUNTS_INCONSISTENT', reason: 'because AMOUNTS_INCONSISTENT' }]);
    expect(outbox.backlog().count).toBe(0);
  });

  it('ignores duplicate acks and acks for ids it did not send', async () => {
    const outbox = new MemoryOutbox();
    outbox.enqueue(row('a', 'v1', 1));
    const up = new Uploader({ source: outbox, client: fakeClient(() => ack([['zz', AckStatus.ACK_STATUS_ACCEPTED], ['a', AckStatus.ACK_STATUS_ACCEPTED], ['a', AckStatus.ACK_STATUS_REJECTED, 'X']])) });
    await up.drainOnce();
    expect(outbox.state('a')?.status).toBe('delivered');
    expect(up.status().totals).toMatchObject({ delivered: 1, rejected: 0 });
  });

  it('pages the backlog batchSize rows at a time', async () => {
    const outbox = new MemoryOutbox();
    for (let i = 0; i < 95; i += 1) outbox.enqueue(row(`r${i}`, `v${i}`, 1));
    const client = fakeClient(acceptAll);
    const up = new Uploader({ source: outbox, client, batchSize: 10, concurrency: 3 });
    await up.drainOnce();
    expect(outbox.stats.maxRowsReturned).toBeLessThanOrEqual(10);
    expect(client.batches.map((b) => b.length)).toEqual([...Array(9).fill(10), 5]);
    expect(outbox.backlog().count).toBe(0);
  });

  it('never puts one visit in two batches in flight, and keeps seq order', async () => {
    const outbox = new MemoryOutbox();
    // Visit A has 6 records, interleaved with one-record visits.
    let n = 0;
    for (let seq = 1; seq <= 6; seq += 1) {
      outbox.enqueue(row(`A${seq}`, 'A', seq));
      outbox.enqueue(row(`x${n}`, `x${n}`, 1));
      n += 1;
    }
    let aInFlight = 0;
    let maxAInFlight = 0;
    const order: string[] = [];
    const client = fakeClient(async (ids) => {
      const carriesA = ids.some((id) => id.startsWith('A'));
      if (carriesA) aInFlight += 1;
      maxAInFlight = Math.max(maxAInFlight, aInFlight);
      order.push(...ids.filter((id) => id.startsWith('A')));
      await new Promise((r) => setTimeout(r, 5));
      if (carriesA) aInFlight -= 1;
      return acceptAll(ids);
    });
    const up = new Uploader({ source: outbox, client, batchSize: 3, concurrency: 3 });
    await up.drainOnce();
    expect(maxAInFlight).toBe(1);
    expect(client.batches.length).toBeGreaterThan(2);
    expect(order).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']);
    expect(outbox.backlog().count).toBe(0);
  });

  it('a visit whose first record waits for a retry holds back its later records', async () => {
    const outbox = new MemoryOutbox();
    outbox.enqueue(row('A1', 'A', 1));
    outbox.enqueue(row('A2', 'A', 2));
    const clock = { t: 0 };
    // First call: only A2 acknowledged (A1 missing) — A1 must go again before anything else of A.
    const client = fakeClient((ids, call) => (call === 1 ? ack([['A2', AckStatus.ACK_STATUS_ACCEPTED]]) : acceptAll(ids)));
    const up = new Uploader({ source: outbox, client, now: () => clock.t, random: () => 1, backoff: { baseMs: 100, maxMs: 100 } });
    await up.drainOnce();
    expect(outbox.state('A1')).toMatchObject({ status: 'pending', notBefore: 100 });
    await up.drainOnce();
    expect(client.batches).toHaveLength(1); // not due yet
    clock.t = 100;
    await up.drainOnce();
    expect(client.batches).toEqual([['A1', 'A2'], ['A1']]);
    expect(outbox.backlog().count).toBe(0);
  });

  it('back-pressure: pauses for Retry-After and keeps the rows', async () => {
    const outbox = new MemoryOutbox();
    outbox.enqueue(row('a', 'v1', 1));
    const clock = { t: 0 };
    let busy = true;
    const client = fakeClient((ids) => {
      if (busy) throw new GatewayError('GW_CENTER_BUSY', { details: { retryAfterMs: 7_000 } });
      return acceptAll(ids);
    });
    const up = new Uploader({ source: outbox, client, now: () => clock.t, backoff: { baseMs: 10, maxMs: 10 } });
    await up.drainOnce();
    expect(up.status()).toMatchObject({ pausedUntil: 7_000, consecutiveFailures: 1, lastError: { code: 'GW_CENTER_BUSY' } });
    expect(outbox.state('a')?.status).toBe('pending');
    busy = false;
    clock.t = 6_999;
    await up.drainOnce();
    expect(client.batches).toHaveLength(1);
    clock.t = 7_000;
    await up.drainOnce();
    expect(outbox.state('a')?.status).toBe('delivered');
    expect(up.status().consecutiveFailures).toBe(0);
  });

  it('network failure: exponential pause with jitter grows with consecutive failures', async () => {
    const outbox = new MemoryOutbox();
    outbox.enqueue(row('a', 'v1', 1));
    const clock = { t: 0 };
    const client = fakeClient(() => {
      throw new GatewayError('GW_CENTER_UNREACHABLE', { cause: new Error('ECONNREFUSED') });
    });
    const up = new Uploader({ source: outbox, client, now: () => clock.t, random: () => 1, backoff: { baseMs: 1, maxMs: 1 }, pauseBackoff: { baseMs: 1_000, maxMs: 8_000 } });
    const pauses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await up.drainOnce();
      pauses.push(up.status().pausedUntil - clock.t);
      clock.t = up.status().pausedUntil;
    }
    expect(pauses).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(outbox.state('a')).toMatchObject({ status: 'pending', attempts: 5 });
  });

  it('raises the alarm when the oldest pending record passes the threshold, and clears it', async () => {
    const outbox = new MemoryOutbox();
    outbox.enqueue(row('old', 'v1', 1, 0));
    const clock = { t: 24 * 3600_000 + 1 };
    let down = true;
    const client = fakeClient((ids) => {
      if (down) throw new GatewayError('GW_CENTER_UNREACHABLE');
      return acceptAll(ids);
    });
    const up = new Uploader({ source: outbox, client, now: () => clock.t, pauseBackoff: { baseMs: 1, maxMs: 1 }, backoff: { baseMs: 1, maxMs: 1 } });
    const alarms: AlarmEvent[] = [];
    let cleared = 0;
    up.on('alarm', (a) => alarms.push(a));
    up.on('alarmCleared', () => (cleared += 1));
    await up.drainOnce();
    clock.t += 10;
    await up.drainOnce(); // still old: no second alarm
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.error.code).toBe('GW_CENTER_BACKLOG_OLD');
    expect(up.status().alarm).toBe(true);
    down = false;
    clock.t += 10;
    await up.drainOnce();
    expect(cleared).toBe(1);
    expect(up.status().alarm).toBe(false);
  });

  it('stop() aborts batches in flight; their rows stay pending and due', async () => {
    const outbox = new MemoryOutbox();
    outbox.enqueue(row('a', 'v1', 1));
    const upload: UploadFn = (_id, _records, call) => new Promise((_resolve, reject) => {
      call?.signal?.addEventListener('abort', () => reject(new GatewayError('GW_CENTER_UNREACHABLE', { details: { cancelled: true } })));
    });
    const up = new Uploader({ source: outbox, client: { upload }, pollMs: 10 });
    up.start();
    await new Promise((r) => setTimeout(r, 30));
    await up.stop();
    expect(outbox.state('a')).toMatchObject({ status: 'pending', attempts: 0, notBefore: 0 });
  });

  it('starts again after stop()', async () => {
    const outbox = new MemoryOutbox();
    const client = fakeClient(acceptAll);
    const up = new Uploader({ source: outbox, client, pollMs: 5 });
    up.start();
    await up.stop();
    outbox.enqueue(row('again', 'v1', 1));
    up.start();
    for (let i = 0; i < 100 && outbox.state('again')?.status !== 'delivered'; i += 1) await new Promise((r) => setTimeout(r, 5));
    await up.stop();
    expect(outbox.state('again')?.status).toBe('delivered');
  });

  it('the background loop delivers rows enqueued after start, on kick()', async () => {
    const outbox = new MemoryOutbox();
    const client = fakeClient(acceptAll);
    const up = new Uploader({ source: outbox, client, pollMs: 60_000 });
    up.start();
    await new Promise((r) => setTimeout(r, 10));
    outbox.enqueue(row('late', 'v1', 1));
    up.kick();
    for (let i = 0; i < 100 && outbox.state('late')?.status !== 'delivered'; i += 1) await new Promise((r) => setTimeout(r, 5));
    await up.stop();
    expect(outbox.state('late')?.status).toBe('delivered');
  });

  it('a kick that comes while the loop is still finishing a drain is not lost until the next poll', async () => {
    const outbox = new MemoryOutbox();
    const client = fakeClient(acceptAll);
    const up = new Uploader({ source: outbox, client, pollMs: 60_000, lingerMs: 0 });
    const nextBatch = outbox.nextBatch.bind(outbox);
    let committedLate = false;
    outbox.nextBatch = (...args) => {
      const rows = nextBatch(...args);
      if (rows.length === 0 && !committedLate) {
        // A settlement commits just after the loop's last look, before the loop sleeps.
        committedLate = true;
        outbox.enqueue(row('late', 'v9', 1));
        up.kick();
      }
      return rows;
    };
    up.start();
    for (let i = 0; i < 100 && outbox.state('late')?.status !== 'delivered'; i += 1) await new Promise((r) => setTimeout(r, 5));
    await up.stop();
    expect(outbox.state('late')?.status).toBe('delivered');
  });

  it('kicks within the linger window share one look at the outbox and one batch; without linger each kick sends', async () => {
    async function busyCounter(lingerMs: number): Promise<{ batches: string[][]; looks: number }> {
      const outbox = new MemoryOutbox();
      let looks = 0;
      const nextBatch = outbox.nextBatch.bind(outbox);
      outbox.nextBatch = (...args) => {
        looks += 1;
        return nextBatch(...args);
      };
      const client = fakeClient(acceptAll);
      const up = new Uploader({ source: outbox, client, pollMs: 60_000, lingerMs });
      up.start();
      await new Promise((r) => setTimeout(r, 10));
      looks = 0;
      // Ten settlements a few milliseconds apart, each followed by its kick.
      for (let i = 0; i < 10; i += 1) {
        outbox.enqueue(row(`s${i}`, `v${i}`, 1));
        up.kick();
        await new Promise((r) => setTimeout(r, 2));
      }
      for (let i = 0; i < 200 && client.batches.flat().length < 10; i += 1) await new Promise((r) => setTimeout(r, 5));
      await up.stop();
      return { batches: client.batches, looks };
    }
    const lingering = await busyCounter(300);
    expect(lingering.batches).toEqual([Array.from({ length: 10 }, (_, i) => `s${i}`)]);
    expect(lingering.looks).toBeLessThanOrEqual(3); // the look that finds them, and the ones that find nothing more
    const eager = await busyCounter(0);
    expect(eager.batches.flat()).toHaveLength(10);
    expect(eager.batches.length).toBeGreaterThan(1);
  });
});

describe('Uploader and a record the centre cannot decode', () => {
  const badBody = () => new GatewayError('GW_CENTER_HTTP', { detail: '/v1/upload: HTTP 400 BAD_BODY', details: { endpoint: 'upload', status: 400, centreCode: 'BAD_BODY' } });

  it('splits the batch down to the bad record, quarantines it, and delivers the rest in order', async () => {
    const outbox = new MemoryOutbox();
    for (const [i, id] of ['a', 'b', 'c', 'd', 'e', 'f', 'g'].entries()) outbox.enqueue(row(id, i < 2 ? 'v1' : `v${i}`, i < 2 ? i + 1 : 1));
    const client = fakeClient((ids) => {
      if (ids.includes('e')) throw badBody();
      return acceptAll(ids);
    });
    const quarantined: string[] = [];
    const up = new Uploader({ source: outbox, client, random: () => 0 });
    up.on('quarantined', (e) => quarantined.push(e.id));
    await up.drainOnce();
    expect(quarantined).toEqual(['e']);
    expect(outbox.state('e')).toMatchObject({ status: 'rejected', code: 'GW_CENTER_RECORD_REJECTED' });
    for (const id of ['a', 'b', 'c', 'd', 'f', 'g']) expect(outbox.state(id)?.status, id).toBe('delivered');
    // Halves in order: a visit's records (a, b) never overtake each other.
    expect(client.batches).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['a', 'b', 'c', 'd'], ['e', 'f', 'g'], ['e', 'f'], ['e'], ['f'], ['g']]);
    expect(up.status().quarantined).toEqual({ count: 1, ids: ['e'] });
  });

  it('quarantines nothing when the centre refuses every batch, even an empty one (the fault is not the record\'s)', async () => {
    const outbox = new MemoryOutbox();
    outbox.enqueue(row('a', 'v1', 1));
    outbox.enqueue(row('b', 'v2', 1));
    const client = fakeClient(() => { throw badBody(); });
    const up = new Uploader({ source: outbox, client, random: () => 0 });
    await up.drainOnce();
    expect(outbox.state('a')).toMatchObject({ status: 'pending', attempts: 1 });
    expect(outbox.state('b')).toMatchObject({ status: 'pending', attempts: 1 });
    expect(up.status().quarantined.count).toBe(0);
    expect(up.status().consecutiveFailures).toBeGreaterThan(0);
  });
});

describe('Uploader and the end of an outage', () => {
  it('says once, when the backlog is empty again, how long the link was down and how many records waited', async () => {
    const outbox = new MemoryOutbox();
    for (const id of ['a', 'b', 'c']) outbox.enqueue(row(id, `v-${id}`, 1));
    const clock = { t: 100_000 };
    let down = true;
    const client = fakeClient((ids) => {
      if (down) throw new GatewayError('GW_CENTER_UNREACHABLE');
      return acceptAll(ids);
    });
    const lines: Array<{ obj: Record<string, unknown>; msg: string }> = [];
    const log = { info: (obj: Record<string, unknown>, msg: string) => lines.push({ obj, msg }), warn: () => undefined, debug: () => undefined, error: () => undefined } as unknown as ConstructorParameters<typeof Uploader>[0]['log'];
    const up = new Uploader({ source: outbox, client, now: () => clock.t, random: () => 0, backoff: { baseMs: 10, maxMs: 10 }, pauseBackoff: { baseMs: 10, maxMs: 10 }, log });
    await up.drainOnce();
    clock.t += 1000;
    await up.drainOnce();
    expect(lines).toEqual([]);
    down = false;
    clock.t += 179_000;
    await up.drainOnce();
    const back = lines.filter((l) => l.msg.startsWith('centre link back'));
    expect(back).toHaveLength(1);
    expect(back[0]!.msg).toBe('centre link back after 3 min down; the 3 record(s) that waited are delivered and the backlog is empty');
    expect(back[0]!.obj).toMatchObject({ outage_seconds: 180, delivered: 3 });
    await up.drainOnce();
    expect(lines.filter((l) => l.msg.startsWith('centre link back'))).toHaveLength(1);
  });
});
