/**
 * Outage test: the centre goes down while counters keep
 * settling — offline, flagged, up to the configured limits (per person, per gateway) and then
 * refused with GW_OFFLINE_NOT_ALLOWED naming the limit; the records wait in the outbox. The
 * centre comes back: the backlog drains, and the offline settlements come back confirmed
 * (accepted) or not — here a person the centre suspended meanwhile is rejected NOT_ELIGIBLE —
 * which the HIS reads per settlement and in the adjudication feed. The day reconciles.
 *
 * personFreshMs = 0, so every settlement asks the centre (no freshness window hides the outage).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCenter, type CenterHandle } from '../../simulator/center/server.ts';
import { Population } from '../../simulator/center/population.ts';
import { createGateway, type Gateway } from '../../gateway/app.ts';
import { loadConfig } from '../../gateway/config.ts';
import { createLogger } from '../../gateway/log.ts';
import { LI_SI, PHARMACY_LINES, ZHANG_SAN } from '../api/support.ts';

const WANG_WU = '152201201503033452';

let dir: string;
let center: CenterHandle;
let population: Population;
let gw: Gateway;
let key: string;
let session: string;
const psn: Record<string, string> = {};

async function call(method: 'GET' | 'POST', url: string, payload?: unknown, idem?: string) {
  return gw.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key}`, 'x-session-id': session, ...(idem ? { 'idempotency-key': idem } : {}) },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
}

const sale = (who: string, idem: string) => call('POST', '/v1/pharmacy/sales', { psn_no: psn[who], lines: PHARMACY_LINES }, idem);

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
  dir = mkdtempSync(join(tmpdir(), 'yibao-outage-'));
  population = Population.demo();
  center = await startCenter({ population });
  const config = loadConfig({
    env: {},
    overrides: {
      dataDir: join(dir, 'gw'), port: 0, centerUrl: center.url,
      uploadIntervalMs: 50, adjudicationPollMs: 100, syncIntervalMs: 3_600_000,
      settleBudgetMs: 500, personFreshMs: 0,
      offlinePersonMaxCount: 2, offlineGatewayMaxCount: 4,
    },
  });
  gw = await createGateway(config, { logger: createLogger({ level: 'silent' }) });
  key = gw.api.keys.create('outage test', 'test').key;
  await gw.start();
  const signIn = await gw.app.inject({ method: 'POST', url: '/v1/operators/sign-in', headers: { authorization: `Bearer ${key}` }, payload: { opter: 'cashier-01', role: 'cashier' } });
  session = signIn.json().session_id as string;
  for (const certno of [ZHANG_SAN, LI_SI, WANG_WU]) {
    const res = await call('POST', '/v1/persons/identify', { mdtrt_cert_type: '02', mdtrt_cert_no: certno });
    expect(res.statusCode).toBe(200);
    psn[certno] = res.json().person.psn_no as string;
  }
});

afterAll(async () => {
  await gw?.close();
  await center?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the centre down for a while', () => {
  const offline: Record<string, string[]> = { [ZHANG_SAN]: [], [LI_SI]: [] };
  let online = '';

  it('online before the outage', async () => {
    const res = await sale(LI_SI, 'before');
    expect(res.statusCode).toBe(200);
    expect(res.json().offline).toBe(false);
    online = res.json().setl_id as string;
    await until(() => (gw.outbox.backlog().count === 0 ? true : undefined), 'first record delivered');
  });

  it('settles offline up to the per-person limit, then refuses that person with the limit named', async () => {
    center.setFaults({ outageSeconds: 3600 });
    for (const n of [1, 2]) {
      const res = await sale(LI_SI, `li-${n}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ offline: true });
      offline[LI_SI]!.push(res.json().setl_id as string);
    }
    const refused = await sale(LI_SI, 'li-3');
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'GW_OFFLINE_NOT_ALLOWED', details: { limit: 'person count 2' } });
    expect(refused.json().message_zh).toContain('超出离线结算限额');
  });

  it('settles other people offline until the gateway limit, then refuses everyone', async () => {
    for (const n of [1, 2]) {
      const res = await sale(ZHANG_SAN, `zhang-${n}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ offline: true });
      offline[ZHANG_SAN]!.push(res.json().setl_id as string);
    }
    const refused = await sale(WANG_WU, 'wang-1');
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'GW_OFFLINE_NOT_ALLOWED', details: { limit: 'gateway count 4' } });
    expect(refused.json().details.reason).toContain('4 offline settlements');
    // A refused sale commits nothing: only the four offline settlements wait for the centre.
    expect(gw.db.prepare('SELECT count(*) AS n FROM settlements WHERE offline = 1').get()).toEqual({ n: 4 });
    expect(gw.outbox.backlog().count).toBe(4);
    for (const id of [...offline[LI_SI]!, ...offline[ZHANG_SAN]!]) {
      expect((await call('GET', `/v1/settlements/${id}/center`)).json()).toMatchObject({ upload: { status: 'pending' }, adjudication: null });
    }
    // The uploader has tried and failed meanwhile; how soon depends on the machine's load, so wait for it.
    await until(() => (gw.uploader.status().consecutiveFailures > 0 ? true : undefined), 'uploader saw the outage');
  });

  it('the centre back: the backlog drains, offline settlements come back accepted or rejected, and settling is online again', async () => {
    // Meanwhile the centre suspended Zhang San: his offline settlements were not covered.
    const zhang = population.find({ certno: ZHANG_SAN }) as { status: string };
    zhang.status = '2';
    center.resetFaults();
    gw.uploader.kick();
    await until(() => (gw.outbox.backlog().count === 0 ? true : undefined), 'backlog drained');

    const all = [...offline[LI_SI]!, ...offline[ZHANG_SAN]!];
    const views = await until(async () => {
      const got = await Promise.all(all.map(async (id) => (await call('GET', `/v1/settlements/${id}/center`)).json()));
      return got.every((v) => v.adjudication) ? got : undefined;
    }, 'adjudications fetched');
    for (const v of views) expect(v.upload).toMatchObject({ status: 'delivered' });
    const outcome = Object.fromEntries(views.map((v) => [v.setl_id, v.adjudication.outcome]));
    for (const id of offline[LI_SI]!) expect(outcome[id]).toBe('accepted');
    for (const id of offline[ZHANG_SAN]!) {
      expect(outcome[id]).toBe('rejected');
      expect(views.find((v) => v.setl_id === id).adjudication).toMatchObject({ code: 'NOT_ELIGIBLE' });
    }
    const feed = (await call('GET', '/v1/adjudications?since=0')).json() as { results: Array<{ setl_id: string; outcome: string }> };
    expect(feed.results.filter((r) => r.outcome === 'rejected').map((r) => r.setl_id).sort()).toEqual([...offline[ZHANG_SAN]!].sort());
    expect(feed.results.map((r) => r.setl_id)).toContain(online);

    // The centre confirms again: the refused person settles, online.
    const again = await sale(WANG_WU, 'wang-2');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().offline).toBe(false);
  });

  it('the day reconciles with no mismatch', async () => {
    await until(() => (gw.outbox.backlog().count === 0 ? true : undefined), 'last record delivered');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const res = await call('GET', `/v1/reconciliation?date=${today}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ result: 'match', mismatches: [] });
    const count = res.json().totals.reduce((n: number, t: { gateway: { count: number } }) => n + t.gateway.count, 0);
    expect(count).toBe(6);
  });
});
