/**
 * /metrics, /readyz and /status.json of a running gateway (fastify inject, no socket):
 * a sale over the HIS API shows in the settle-latency histogram, today's totals and the
 * outbox; a refused request shows in errors-by-code and the status page's recent errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINES, startHarness, type OpsHarness } from './fixtures.ts';

let h: OpsHarness;

beforeAll(async () => {
  // The uploader is held back (long poll) so the sale stays in the outbox for the backlog checks.
  h = await startHarness({ uploadIntervalMs: 3_600_000 });
  const sale = await h.gateway.app.inject({ method: 'POST', url: '/v1/pharmacy/sales', headers: { ...h.auth, 'idempotency-key': 'metrics-1' }, payload: { psn_no: h.psnNo, lines: LINES } });
  expect(sale.statusCode, sale.body).toBe(200);
  const bad = await h.gateway.app.inject({ method: 'POST', url: '/v1/pharmacy/sales', headers: { ...h.auth, 'idempotency-key': 'metrics-2' }, payload: { psn_no: h.psnNo, lines: 'none' } });
  expect(bad.statusCode).toBe(400);
});

afterAll(async () => {
  await h?.close();
});

function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? want.every((w) => l.includes(w)) : false);
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('ops routes', () => {
  it('/metrics: settle latency histogram, errors by code, outbox backlog and age, readers', async () => {
    const res = await h.gateway.app.inject({ method: 'GET', url: '/metrics', headers: h.auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    expect(sample(text, 'yibao_settle_duration_seconds_count', { route: '/v1/pharmacy/sales', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'yibao_settle_duration_seconds_count', { route: '/v1/pharmacy/sales', outcome: 'refused' })).toBe(1);
    expect(sample(text, 'yibao_errors_total', { code: 'GW_VALIDATION', source: 'api' })).toBe(1);
    expect(sample(text, 'yibao_outbox_backlog')).toBe(1);
    expect(sample(text, 'yibao_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'yibao_offline_settlements_pending')).toBe(0);
    expect(sample(text, 'yibao_pcsc_up')).toBe(1);
    expect(text).toContain('# TYPE yibao_card_read_duration_seconds histogram');
    // Stock Node.js dashboards read the default metrics under their standard names.
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).not.toContain('yibao_process_');
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(text).toMatch(new RegExp(`^yibao_build_info\\{version="0\\.1\\.0",node="${process.version.replaceAll('.', '\\.')}",commit="[0-9a-f]{12}|unknown"\\} 1$`, 'm'));
  });

  it('/readyz: database, pcscd and centre checked; ready while all answer', async () => {
    const res = await h.gateway.app.inject({ method: 'GET', url: '/readyz', headers: h.auth });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ready');
    expect(body.checks.database.state).toBe('ok');
    expect(body.checks.pcscd.state).toBe('ok');
    expect(body.checks.centre).toEqual({ state: 'ok', detail: 'reachable' });
  });

  it('/status.json: today\'s totals, backlog with its oldest record, recent errors, centre', async () => {
    const res = await h.gateway.app.inject({ method: 'GET', url: '/status.json', headers: h.auth });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.today.fixmedins_setl_cnt).toBe(1);
    expect(s.today.medfee_sumamt).toBe('51.00');
    expect(s.outbox.backlog).toBe(1);
    expect(s.outbox.oldestCreatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(s.offline).toEqual({ pending: 0, today: 0 });
    expect(s.centre.reachable).toBe(true);
    expect(s.sync.map((x: { kind: string }) => x.kind)).toEqual(['blocklist', 'catalogue', 'policies']);
    expect(s.errors[0]).toMatchObject({ code: 'GW_VALIDATION', source: 'api', route: '/v1/pharmacy/sales' });
    expect(s.errors[0].messageZh).toContain('请求数据有误');
  });

  it('/status: one HTML page in Chinese and English, and the body part the page refreshes', async () => {
    const page = await h.gateway.app.inject({ method: 'GET', url: '/status', headers: h.auth });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    for (const text of ['读卡器与卡片', 'Readers and cards', '医保中心链路', 'Centre link', '今日结算汇总', 'Today&#39;s totals', '最近错误', 'Recent errors']) expect(page.body).toContain(text);
    const part = await h.gateway.app.inject({ method: 'GET', url: '/status?part=body', headers: h.auth });
    expect(part.body.startsWith('<header>')).toBe(true);
    expect(part.body).not.toContain('<script>');
  });
});
