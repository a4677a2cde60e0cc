/**
 * HIS API benchmark (issue 6).
 *
 * 1. Pharmacy sale of 10 lines end to end over HTTP — API key check, operator session,
 *    engine, one durable SQLite commit (WAL, synchronous=FULL) of settlement + lines +
 *    accumulator delta + audit + outbox — with autocannon, 32 connections, each request with
 *    its own Idempotency-Key. The same tool, in the same run, against an empty fastify route
 *    that parses the same JSON body. Targets: p99 ≤ 10 ms, throughput ≥ 20 % of the empty route.
 * 2. Discharge settle of a 2,000-line inpatient visit over HTTP: p50 and p99.
 *
 * YIBAO_BENCH_SECONDS sets each autocannon run's duration (default 20; CI may use 2).
 * Run alone: node --import tsx test/bench/api.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startCenter } from '../../simulator/center/server.ts';
import { createGateway } from '../../gateway/app.ts';
import { loadConfig } from '../../gateway/config.ts';
import { createLogger } from '../../gateway/log.ts';

const CONNECTIONS = 32;
const SETTLE_ROUNDS = Number(process.env.YIBAO_BENCH_SETTLE_ROUNDS ?? 20);
const ZHANG_SAN = '152201198001011237';

const MENU: ReadonlyArray<readonly [string, string, string, string]> = [
  ['DRG-A-0001', '24', '0.80', '19.20'],
  ['DRG-A-0003', '2', '5.00', '10.00'],
  ['DRG-B-0001', '30', '3.00', '90.00'],
  ['DRG-B-0003', '1.5', '19.80', '29.70'],
  ['DRG-C-0001', '1', '25.00', '25.00'],
  ['SRV-A-0001', '1', '40.00', '40.00'],
  ['SRV-A-0003', '3', '10.00', '30.00'],
  ['SRV-B-0001', '1', '320.00', '320.00'],
  ['MAT-A-0001', '1', '58.50', '58.50'],
  ['MAT-A-0002', '4', '4.75', '19.00'],
];

function lines(n: number, prefix = ''): Array<Record<string, string>> {
  return Array.from({ length: n }, (_, i) => {
    const [code, cnt, pric, amount] = MENU[i % MENU.length]!;
    return { feedetl_sn: `${prefix}${i + 1}`, med_list_codg: code, cnt, pric, det_item_fee_sumamt: amount };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function cannon(url: string, headers: Record<string, string>, body: string, seconds: number, uniqueKey: boolean): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body,
    requests: uniqueKey ? [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() } }) }] : undefined,
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const seconds = Number(process.env.YIBAO_BENCH_SECONDS ?? 20);
  const dir = mkdtempSync(join(tmpdir(), 'yibao-bench-api-'));
  const center = await startCenter();
  const config = loadConfig({ env: {}, overrides: { dataDir: dir, port: 0, centerUrl: center.url, logLevel: 'silent' } });
  const gw = await createGateway(config, { logger: createLogger({ level: 'silent' }) });
  const empty = Fastify();
  empty.post('/empty', async () => ({}));
  try {
    const base = await gw.start();
    const emptyUrl = await empty.listen({ host: '127.0.0.1', port: 0 });
    const key = gw.api.keys.create('bench', 'bench').key;
    const auth = { authorization: `Bearer ${key}` };
    const signIn = await fetch(`${base}/v1/operators/sign-in`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ opter: 'bench', role: 'cashier' }) });
    const session = ((await signIn.json()) as { session_id: string }).session_id;
    const headers = { ...auth, 'x-session-id': session };
    const who = await fetch(`${base}/v1/persons/identify`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN }) });
    const psnNo = ((await who.json()) as { person: { psn_no: string } }).person.psn_no;
    const saleBody = JSON.stringify({ psn_no: psnNo, lines: lines(10) });

    const check = await fetch(`${base}/v1/pharmacy/sales`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: saleBody });
    if (check.status !== 200) throw new Error(`sale failed: ${check.status} ${await check.text()}`);

    const emptyRun = await cannon(`${emptyUrl}/empty`, {}, saleBody, seconds, false);
    const saleRun = await cannon(`${base}/v1/pharmacy/sales`, headers, saleBody, seconds, true);
    const non2xx = saleRun.non2xx + saleRun.errors;

    // Discharge settle of a 2,000-line stay.
    const times: number[] = [];
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      const admit = await gw.app.inject({ method: 'POST', url: '/v1/visits/inpatient', headers, payload: { psn_no: psnNo, ipt_otp_no: `B${round}-${randomUUID().slice(0, 20)}`, med_type: 'inpatient', begntime: '2026-11-01' } });
      const id = admit.json().mdtrt_id as string;
      for (let batch = 0; batch < 4; batch++) {
        const add = await gw.app.inject({ method: 'POST', url: `/v1/visits/${id}/fee-lines`, headers, payload: { lines: lines(500, `b${batch}-`) } });
        if (add.statusCode !== 200) throw new Error(add.body);
      }
      await gw.app.inject({ method: 'POST', url: `/v1/visits/${id}/discharge`, headers, payload: {} });
      const t0 = performance.now();
      const res = await fetch(`${base}/v1/visits/${id}/settle`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: '{}' });
      await res.arrayBuffer();
      times.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`settle failed: ${res.status}`);
    }
    times.sort((a, b) => a - b);

    return {
      seconds_per_run: seconds,
      connections: CONNECTIONS,
      sale_requests_per_s: Math.round(saleRun.requests.average),
      sale_p50_ms: saleRun.latency.p50,
      sale_p99_ms: saleRun.latency.p99,
      sale_non_2xx: non2xx,
      empty_requests_per_s: Math.round(emptyRun.requests.average),
      empty_p50_ms: emptyRun.latency.p50,
      empty_p99_ms: emptyRun.latency.p99,
      sale_vs_empty_throughput: Number((saleRun.requests.average / emptyRun.requests.average).toFixed(3)),
      target_p99_ms: 10,
      target_throughput_ratio: 0.2,
      discharge_settle_2000_lines_rounds: SETTLE_ROUNDS,
      discharge_settle_2000_lines_p50_ms: Number(percentile(times, 50).toFixed(1)),
      discharge_settle_2000_lines_p99_ms: Number(percentile(times, 99).toFixed(1)),
    };
  } finally {
    await empty.close();
    await gw.close();
    await center.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await run();
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(40)} ${v}`);
}
