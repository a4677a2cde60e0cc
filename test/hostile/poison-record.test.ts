/**
 * One bad record never blocks the others. A record the centre cannot decode (a string that is
 * not valid UTF-8 — here written by hand into the outbox, as an older gateway could have
 * written it) makes the centre refuse every batch that carries it (400 BAD_BODY, as strict
 * proto3 decoders do). The uploader splits the batch down to that record, quarantines it,
 * and delivers the rest; the HIS, /readyz, the status page and the metrics all show it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pb } from '../../protocol/center/index.ts';
import { LI_SI, PHARMACY_LINES, ZHANG_SAN, startTestGateway, type TestGateway } from '../api/support.ts';

let t: TestGateway;
const setlIds: string[] = [];
let poisonId = '';
let poisonSetl = '';

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, limitMs = 20_000): Promise<T> {
  const from = Date.now();
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() - from > limitMs) throw new Error(`${what}: not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  t = await startTestGateway({ uploadIntervalMs: 50, uploadLingerMs: 0 });
  const session = await t.signIn('poison-01');
  const people = [await t.identify(ZHANG_SAN, session), await t.identify(LI_SI, session)];
  for (let i = 0; i < 12; i++) {
    const res = await t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': `poison-${i}` }, payload: { psn_no: people[i % 2], lines: PHARMACY_LINES } });
    expect(res.statusCode, res.body).toBe(200);
    setlIds.push(res.json().setl_id as string);
  }
  // The seventh sale's record, as an older gateway could have written it: a lone surrogate in a line serial.
  poisonSetl = setlIds[6]!;
  const row = t.gw.db.prepare('SELECT o.id, o.payload FROM outbox o JOIN settlements s ON s.record_id = o.id WHERE s.setl_id = ?').get(poisonSetl) as { id: string; payload: Buffer };
  poisonId = row.id;
  const msg = pb.Record.decode(row.payload);
  msg.settlement!.lines![0]!.feedetlSn = 'SN-\udc00';
  t.gw.db.prepare('UPDATE outbox SET payload = ? WHERE id = ?').run(Buffer.from(pb.Record.encode(msg).finish()), poisonId);
});
afterAll(async () => {
  await t?.close();
});

describe('a record the centre cannot decode', () => {
  it('is quarantined, and every other record of its batches reaches the centre', async () => {
    await t.gw.start();
    await until(() => (t.gw.outbox.backlog().count === 0 ? true : undefined), 'backlog drained');
    const states = t.gw.db.prepare('SELECT id, status, reject_code FROM outbox').all() as Array<{ id: string; status: string; reject_code: string | null }>;
    expect(states).toHaveLength(12);
    for (const s of states) {
      if (s.id === poisonId) expect(s).toMatchObject({ status: 'rejected', reject_code: 'GW_CENTER_RECORD_REJECTED' });
      else expect(s.status).toBe('delivered');
    }
    // The centre holds exactly the eleven good ones.
    const report = t.center.report() as { holds: { records?: number; settlements?: number } };
    expect(report.holds).toMatchObject({ records: 11 });
  });

  it('the HIS reads it as an upload problem of that settlement, with the code and what happened', async () => {
    const session = await t.signIn('poison-02');
    const res = await t.call('GET', `/v1/settlements/${poisonSetl}/center`, { session });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().upload).toMatchObject({ status: 'rejected', record_id: poisonId, code: 'GW_CENTER_RECORD_REJECTED' });
    expect(res.json().upload.reason).toContain('cannot decode');
    const good = await t.call('GET', `/v1/settlements/${setlIds[5]}/center`, { session });
    expect(good.json().upload).toMatchObject({ status: 'delivered' });
  });

  it('/readyz is degraded, the status page lists the record, and the metric counts it', async () => {
    const ready = await t.gw.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.json().checks.uploads).toMatchObject({ state: 'degraded' });
    expect(ready.json().checks.uploads.detail).toContain('1 upload record(s) quarantined');
    expect(['degraded', 'not-ready']).toContain(ready.json().status);
    const status = await t.gw.ops.status();
    expect(status.centre.quarantined).toEqual({ count: 1, ids: [poisonId] });
    const metrics = await t.gw.ops.metrics.registry.metrics();
    expect(metrics).toMatch(/^yibao_outbox_quarantined 1$/m);
  });
});
