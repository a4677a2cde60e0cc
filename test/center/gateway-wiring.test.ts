/**
 * The central link as createGateway wires it, end to end through the HIS API with
 * the centre simulator and an in-process card reader:
 *
 * - sync: a card the centre lists as lost is refused at `POST /v1/readers/:id/read` within one
 *   sync interval, and usable again within one interval of being taken off the list;
 * - a settlement's way to the centre: `GET /v1/settlements/:setl_id/center` shows the upload
 *   state and, once the poller has fetched it, the centre's adjudication; `GET
 *   /v1/adjudications?since=` lists results after a cursor and long-polls with wait_ms;
 * - reconciliation of the day through `GET /v1/reconciliation` and `yibao-gateway reconcile`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, LI_SI, PHARMACY_LINES, type TestGateway } from '../api/support.ts';
import { inProcessPort, SIMULATED_PSAM_READER, SIMULATED_USER_READER } from '../../simulator/pcsc/in-process.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { readerId } from '../../gateway/credentials/readers.ts';
import { reconcileCommand } from '../../gateway/cli/commands/reconcile.ts';
import { captureIo } from '../support/cli-io.ts';

const SYNC_MS = 150;
const CARD = loadProfile('adult-resident').ef05.cardNumber;
const LOST = loadProfile('lost-card').ef05.cardNumber;
const READ = `/v1/readers/${readerId(SIMULATED_USER_READER)}/read`;

let t: TestGateway;
let session: string;
let base: string;

beforeAll(async () => {
  t = await startTestGateway(
    { userReader: SIMULATED_USER_READER, psamReader: SIMULATED_PSAM_READER, syncIntervalMs: SYNC_MS, adjudicationPollMs: 100, uploadIntervalMs: 50 },
    { pcscPort: inProcessPort('adult-resident') },
  );
  base = await t.gw.start();
  session = await t.signIn('cashier-01');
});

afterAll(async () => {
  await t?.close();
});

/** Reads the card until `want` answers, for at most `limitMs`; returns how long it took. */
async function readUntil(want: number, limitMs: number): Promise<{ status: number; body: Record<string, unknown>; waitedMs: number }> {
  const from = Date.now();
  for (;;) {
    const res = await t.call('POST', READ);
    const waitedMs = Date.now() - from;
    if (res.statusCode === want || waitedMs > limitMs) return { status: res.statusCode, body: res.json(), waitedMs };
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, limitMs = 5000): Promise<T> {
  const from = Date.now();
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() - from > limitMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('sync on start and every syncIntervalMs', () => {
  it('brings the centre\'s blocklist into the store on start', async () => {
    await until(() => (t.gw.sync.status().every((s) => s.lastSuccessAt !== null) ? true : undefined));
    expect(t.gw.db.prepare('SELECT card_no FROM blocklist WHERE card_no = ?').get(LOST)).toEqual({ card_no: LOST });
    expect(t.gw.sync.status().map((s) => s.kind).sort()).toEqual(['blocklist', 'catalogue', 'policies']);
  });

  it('a card reported lost at the centre is refused at the reader within one sync interval, and usable again after it is lifted', async () => {
    expect((await t.call('POST', READ)).statusCode).toBe(200);
    t.center.sync.blockCard({ cardNo: CARD, reason: 'LOST', sinceMs: Date.now() });
    // One interval, plus the round in flight when the card was listed, plus scheduling slack.
    const refused = await readUntil(403, 2 * SYNC_MS + 1000);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'GW_CARD_BLOCKLISTED' });

    t.center.sync.unblockCard(CARD);
    const back = await readUntil(200, 2 * SYNC_MS + 1000);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ mdtrt_cert_type: '03', mdtrt_cert_no: CARD });
  });
});

describe('a settlement on its way to the centre', () => {
  let setlId = '';

  beforeAll(async () => {
    const psn = await t.identify(LI_SI, session);
    const res = await t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': 'wiring-1' }, payload: { psn_no: psn, lines: PHARMACY_LINES } });
    expect(res.statusCode).toBe(200);
    setlId = res.json().setl_id as string;
  });

  it('GET /v1/settlements/:setl_id/center shows the record delivered and the centre\'s adjudication', async () => {
    const body = await until(async () => {
      const res = await t.call('GET', `/v1/settlements/${setlId}/center`, { session });
      expect(res.statusCode).toBe(200);
      const b = res.json();
      return b.upload.status === 'delivered' && b.adjudication ? b : undefined;
    });
    expect(body.upload).toMatchObject({ status: 'delivered', code: null, reason: null });
    expect(body.upload.record_id).toMatch(/.+/);
    expect(body.adjudication).toMatchObject({ setl_id: setlId, record_id: body.upload.record_id, outcome: 'accepted', lines: [] });
    expect(t.center.store.records().filter((r) => r.recordId === body.upload.record_id)).toMatchObject([{ kind: 'settlement', status: 'accepted', receipts: 1 }]);
  });

  it('an unknown setl_id is 404 GW_SETTLEMENT_NOT_FOUND', async () => {
    const res = await t.call('GET', '/v1/settlements/S-NOPE/center', { session });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'GW_SETTLEMENT_NOT_FOUND' });
  });

  it('GET /v1/adjudications?since= pages by cursor, and wait_ms answers as soon as a new result is stored', async () => {
    const all = await t.call('GET', '/v1/adjudications?since=0', { session });
    const { results, next } = all.json() as { results: Array<{ setl_id: string; cursor: number }>; next: number };
    expect(results.map((r) => r.setl_id)).toContain(setlId);
    expect(next).toBe(results.at(-1)!.cursor);
    expect((await t.call('GET', `/v1/adjudications?since=${next}`, { session })).json()).toEqual({ results: [], next });

    const waiting = t.call('GET', `/v1/adjudications?since=${next}&wait_ms=20000`, { session });
    const psn = await t.identify(LI_SI, session);
    const sale = await t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': 'wiring-2' }, payload: { psn_no: psn, lines: PHARMACY_LINES } });
    const woken = (await waiting).json() as { results: Array<{ setl_id: string }>; next: number };
    expect(woken.results.map((r) => r.setl_id)).toEqual([sale.json().setl_id]);
    expect(woken.next).toBeGreaterThan(next);
  });

  it('GET /v1/adjudications/events streams the results after Last-Event-ID, then each new one as it is stored', async () => {
    const known = (await t.call('GET', '/v1/adjudications?since=0', { session })).json() as { results: Array<{ setl_id: string; cursor: number }> };
    const first = known.results[0]!;
    const abort = new AbortController();
    const res = await fetch(`${base}/v1/adjudications/events`, { headers: { authorization: `Bearer ${t.key}`, 'last-event-id': String(first.cursor) }, signal: abort.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    let text = '';
    const events = (): Array<{ id: number; setl_id: string }> => [...text.matchAll(/id: (\d+)\nevent: adjudication\ndata: (.*)\n\n/g)].map((m) => ({ id: Number(m[1]), setl_id: (JSON.parse(m[2]!) as { setl_id: string }).setl_id }));
    const readUntilCount = async (n: number): Promise<void> => {
      while (events().length < n) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += Buffer.from(value).toString();
      }
    };
    try {
      // What was stored after the first result: the rest of what the HIS already knew.
      await readUntilCount(known.results.length - 1);
      expect(events().map((e) => e.setl_id)).toEqual(known.results.slice(1).map((r) => r.setl_id));
      const psn = await t.identify(LI_SI, session);
      const sale = await t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': 'wiring-sse' }, payload: { psn_no: psn, lines: PHARMACY_LINES } });
      await readUntilCount(known.results.length);
      expect(events().at(-1)).toMatchObject({ setl_id: sale.json().setl_id });
      expect(events().at(-1)!.id).toBeGreaterThan(known.results.at(-1)!.cursor);
    } finally {
      await reader.cancel();
      abort.abort();
    }
  });
});

describe('reconciliation of the day', () => {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  it('GET /v1/reconciliation matches once everything is delivered, as JSON and as the printable text', async () => {
    await until(() => (t.gw.outbox.backlog().count === 0 ? true : undefined));
    const json = await t.call('GET', `/v1/reconciliation?date=${today}`, { session });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ periodStart: today, periodEnd: today, result: 'match', mismatches: [], detailCompared: true });
    expect(json.json().totals).toEqual([expect.objectContaining({ insutype: '310', differs: false, gateway: expect.objectContaining({ count: 3, medfee: '153.00' }) })]);
    const text = await t.call('GET', `/v1/reconciliation?date=${today}&format=text`, { session });
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.body).toContain('结果 Result: 一致 MATCH');
  });

  it('yibao-gateway reconcile --date prints the report and exits 0 on a match, 1 when the centre misses a record', async () => {
    const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
      const io = captureIo({ YIBAO_CENTER_URL: t.center.url });
      const code = await reconcileCommand.run([...args, '--data-dir', t.gw.config.dataDir], io);
      return { code, out: io.out(), err: io.err() };
    };
    const ok = await run(['--date', today]);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(ok.out).toContain(`对账报告 Reconciliation report  ${today}`);
    expect(ok.out).toContain('310 职工基本医疗保险 employees\' basic | 网关 gateway | 3 | 153.00');

    // A settlement committed while the uploader cannot reach the centre: the centre has not got it.
    await t.gw.uploader.stop();
    const psn = await t.identify(LI_SI, session);
    const sale = await t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': 'wiring-3' }, payload: { psn_no: psn, lines: PHARMACY_LINES } });
    expect(sale.statusCode).toBe(200);
    const missing = await run(['--date', today]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('结果 Result: 不一致 MISMATCH');
    expect(missing.out).toContain('中心无此记录 missing at the centre');

    expect((await run(['--date', '2026-13-01x'])).code).toBe(2);
  });
});
