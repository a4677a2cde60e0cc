/**
 * HIS API benchmark.
 *
 * 1. Pharmacy sale of 10 lines end to end over HTTP — API key check, operator session,
 *    engine, one durable SQLite commit (WAL, synchronous=FULL) of settlement + lines +
 *    accumulator delta + audit + outbox — with autocannon, 32 connections, each request with
 *    its own Idempotency-Key. The same tool, in the same run, against an empty fastify route
 *    that parses the same JSON body. Targets: p99 ≤ 10 ms, throughput ≥ 20 % of the empty route.
 * 2. The sale route's HTTP floor: the same requests, the same route, auth, validation and
 *    answer, with the settlement answered from memory (the first sale's view again) — what the
 *    sale would cost if settling took no time at all. Printed beside the sale so a reader can
 *    tell how much of the sale's latency is the HTTP layer and how much the settlement.
 * 3. Discharge settle of a 2,000-line inpatient visit over HTTP: p50 and p99.
 *
 * Three processes, as in production: the gateway (with the empty route beside it, idle while
 * the sale runs and vice versa) in one child, the centre simulator in another, autocannon and
 * the discharge client in this one — so the load generator does not steal the server's event
 * loop, and both routes are measured the same way. Besides requests/s and latency, the gateway
 * process's own CPU time per request is reported for both routes: on a shared machine it
 * moves far less than requests/s, so `empty_vs_sale_gateway_cpu` is the steadier ratio.
 *
 * YIBAO_BENCH_SECONDS sets each autocannon run's duration (default 20; CI may use 2).
 * YIBAO_BENCH_LOG_LEVEL sets the gateway's log level (default silent; logs go to /dev/null).
 * YIBAO_BENCH_PROFILE=<dir> writes the gateway process's CPU profile there (node --cpu-prof).
 * Run alone: node --import tsx test/bench/api.bench.ts
 */
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { percentile } from './stats.ts';
import { BILL_MENU } from './engine.bench.ts';

const CONNECTIONS = 32;
const SETTLE_ROUNDS = Number(process.env.YIBAO_BENCH_SETTLE_ROUNDS ?? 20);
const ZHANG_SAN = '152201198001011237';
const SELF = fileURLToPath(import.meta.url);

/** The pharmacy sale's ten lines: drugs, examinations and materials of classes A, B and C. */
const MENU = BILL_MENU.slice(0, 10);

function lines(n: number, prefix = ''): Array<Record<string, string>> {
  return Array.from({ length: n }, (_, i) => {
    const [code, cnt, pric, amount] = MENU[i % MENU.length]!;
    return { feedetl_sn: `${prefix}${i + 1}`, med_list_codg: code, cnt, pric, det_item_fee_sumamt: amount };
  });
}

/** What a server child prints on its first stdout line. */
interface Ready {
  readonly url: string;
  readonly emptyUrl?: string;
}

interface Child {
  readonly process: ChildProcess;
  readonly ready: Ready;
  /** Lines the child printed after its ready line. */
  readonly said: string[];
}

/** Starts this file in a server role; resolves once the child printed its ready line. */
async function startChild(role: 'center' | 'gateway', args: string[], env: NodeJS.ProcessEnv): Promise<Child> {
  const profile = role === 'gateway' && env.YIBAO_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${env.YIBAO_BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', SELF, '--serve', role, ...args], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const rl = createInterface({ input: child.stdout! });
  const said: string[] = [];
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${role} child exited (${code}) before it was ready`)));
    rl.once('line', (line) => {
      rl.on('line', (more) => said.push(more));
      resolve(JSON.parse(line) as Ready);
    });
  });
  return { process: child, ready, said };
}

/** The gateway child's figures: commit groups and writes so far, upload batches and records acknowledged, and its CPU time (ms). */
interface Stats {
  readonly groups: number;
  readonly writes: number;
  readonly uploadBatches: number;
  readonly uploaded: number;
  readonly cpuMs: number;
}

/** Sends the gateway child a command (`stats`, `floor on`, `floor off`); resolves to its figures after it. */
async function statsOf(child: Child, command = 'stats'): Promise<Stats> {
  const before = child.said.length;
  child.process.stdin!.write(`${command}\n`);
  while (child.said.length === before) await new Promise((r) => setTimeout(r, 5));
  return JSON.parse(child.said.at(-1)!) as Stats;
}

/** Ends the child: it closes its servers when stdin ends. */
async function stopChild(child: Child): Promise<void> {
  const p = child.process;
  if (p.exitCode === null && p.signalCode === null) {
    const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()));
    p.stdin?.end();
    const timer = setTimeout(() => p.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Server role: the centre simulator. */
async function serveCenter(): Promise<void> {
  const { startCenter } = await import('../../simulator/center/server.ts');
  const center = await startCenter();
  process.stdout.write(`${JSON.stringify({ url: center.url })}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => void center.close().then(() => process.exit(0)));
}

/** Server role: the gateway as `serve` builds it, and an empty fastify route beside it. */
async function serveGateway(dataDir: string, centerUrl: string): Promise<void> {
  const [{ default: Fastify }, { createGateway }, { loadConfig }, { createLogger }, { pino }] = await Promise.all([
    import('fastify'), import('../../gateway/app.ts'), import('../../gateway/config.ts'), import('../../gateway/log.ts'), import('pino'),
  ]);
  const level = process.env.YIBAO_BENCH_LOG_LEVEL ?? 'silent';
  const config = loadConfig({ env: {}, overrides: { dataDir, port: 0, centerUrl, logLevel: level } });
  const logger = createLogger({ level }, pino.destination({ dest: openSync('/dev/null', 'w'), sync: false }));
  const gw = await createGateway(config, { logger });
  const empty = Fastify();
  empty.post('/empty', async () => ({}));
  // The HTTP floor (`floor on`): pharmacySale answers the first sale's view again, without settling.
  const { settlements } = gw;
  const settle = settlements.pharmacySale.bind(settlements);
  let floor = false;
  let remembered: ReturnType<typeof settle> | undefined;
  settlements.pharmacySale = (key, body, operator) => (floor ? (remembered ??= settle(key, body, operator)) : settle(key, body, operator));
  const url = await gw.start();
  const emptyUrl = await empty.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`${JSON.stringify({ url, emptyUrl })}\n`);
  // Each line on stdin asks for the figures so far (after `floor on|off`, switching the floor);
  // the end of stdin closes everything.
  const stats = (): void => {
    const { groups, writes } = gw.settlements.committer;
    const { batches: uploadBatches, delivered, duplicate } = gw.uploader.status().totals;
    const cpu = process.cpuUsage();
    const stat: Stats = { groups, writes, uploadBatches, uploaded: delivered + duplicate, cpuMs: (cpu.user + cpu.system) / 1000 };
    process.stdout.write(`${JSON.stringify(stat)}\n`);
  };
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line === 'floor on' || line === 'floor off') floor = line === 'floor on';
    stats();
  }).once('close', () => {
    stats();
    void Promise.all([empty.close(), gw.close()]).then(() => process.exit(0));
  });
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

async function post(url: string, headers: Record<string, string>, body: unknown, key?: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(body) });
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export async function run(): Promise<Record<string, number | string>> {
  const seconds = Number(process.env.YIBAO_BENCH_SECONDS ?? 20);
  const dir = mkdtempSync(join(tmpdir(), 'yibao-bench-api-'));
  const children: Child[] = [];
  try {
    const center = await startChild('center', [], process.env);
    children.push(center);
    const gateway = await startChild('gateway', [dir, center.ready.url], process.env);
    children.push(gateway);
    const base = gateway.ready.url;
    const emptyUrl = gateway.ready.emptyUrl!;

    // The key is created the way a technician does it, on the same database (WAL: a second connection is fine).
    const [{ openDatabase }, { ApiKeys }] = await Promise.all([import('../../gateway/store/db.ts'), import('../../gateway/auth/api-keys.ts')]);
    const db = openDatabase({ file: join(dir, 'gateway.sqlite') });
    const key = new ApiKeys(db).create('bench', 'bench').key;
    db.close();
    const auth = { authorization: `Bearer ${key}` };
    const session = (await post(`${base}/v1/operators/sign-in`, auth, { opter: 'bench', role: 'cashier' })).session_id as string;
    const headers = { ...auth, 'x-session-id': session };
    const who = await post(`${base}/v1/persons/identify`, headers, { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN });
    const psnNo = (who.person as { psn_no: string }).psn_no;
    const sale = { psn_no: psnNo, lines: lines(10) };
    const saleBody = JSON.stringify(sale);
    await post(`${base}/v1/pharmacy/sales`, headers, sale, randomUUID());

    // The gateway process's own CPU time per request, measured around each run: unlike
    // requests/s it hardly moves when something else on the machine takes a core.
    const s0 = await statsOf(gateway);
    const emptyRun = await cannon(`${emptyUrl}/empty`, {}, saleBody, seconds, false);
    const s1 = await statsOf(gateway);
    const saleRun = await cannon(`${base}/v1/pharmacy/sales`, headers, saleBody, seconds, true);
    const s2 = await statsOf(gateway, 'floor on');
    const floorRun = await cannon(`${base}/v1/pharmacy/sales`, headers, saleBody, seconds, true);
    const s3 = await statsOf(gateway, 'floor off');
    const emptyCpuMs = (s1.cpuMs - s0.cpuMs) / emptyRun.requests.total;
    const saleCpuMs = (s2.cpuMs - s1.cpuMs) / saleRun.requests.total;
    const floorCpuMs = (s3.cpuMs - s2.cpuMs) / floorRun.requests.total;
    const non2xx = saleRun.non2xx + saleRun.errors;
    if (floorRun.non2xx + floorRun.errors > 0) throw new Error(`the HTTP floor run failed ${floorRun.non2xx + floorRun.errors} requests`);

    // Discharge settle of a 2,000-line stay.
    const times: number[] = [];
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      const admit = await post(`${base}/v1/visits/inpatient`, headers, { psn_no: psnNo, ipt_otp_no: `B${round}-${randomUUID().slice(0, 20)}`, med_type: 'inpatient', begntime: '2026-11-01' });
      const id = admit.mdtrt_id as string;
      for (let batch = 0; batch < 4; batch++) await post(`${base}/v1/visits/${id}/fee-lines`, headers, { lines: lines(500, `b${batch}-`) });
      await post(`${base}/v1/visits/${id}/discharge`, headers, {});
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
      sale_http_floor_requests_per_s: Math.round(floorRun.requests.average),
      sale_http_floor_p50_ms: floorRun.latency.p50,
      sale_http_floor_p99_ms: floorRun.latency.p99,
      sale_vs_empty_throughput: Number((saleRun.requests.average / emptyRun.requests.average).toFixed(3)),
      target_p99_ms: 10,
      target_throughput_ratio: 0.2,
      sale_gateway_cpu_ms_per_request: Number(saleCpuMs.toFixed(3)),
      empty_gateway_cpu_ms_per_request: Number(emptyCpuMs.toFixed(3)),
      empty_vs_sale_gateway_cpu: Number((emptyCpuMs / saleCpuMs).toFixed(3)),
      sale_http_floor_gateway_cpu_ms_per_request: Number(floorCpuMs.toFixed(3)),
      sale_commit_groups: s2.groups - s1.groups,
      sale_settlements_per_commit_group: s2.groups > s1.groups ? Number(((s2.writes - s1.writes) / (s2.groups - s1.groups)).toFixed(2)) : 0,
      // The uploader drains the outbox during the run; each acknowledged batch is a transaction (and an fsync) of its own.
      sale_upload_batches: s2.uploadBatches - s1.uploadBatches,
      sale_records_per_upload_batch: s2.uploadBatches > s1.uploadBatches ? Number(((s2.uploaded - s1.uploaded) / (s2.uploadBatches - s1.uploadBatches)).toFixed(1)) : 0,
      discharge_settle_2000_lines_rounds: SETTLE_ROUNDS,
      discharge_settle_2000_lines_p50_ms: Number(percentile(times, 50).toFixed(1)),
      discharge_settle_2000_lines_p99_ms: Number(percentile(times, 99).toFixed(1)),
    };
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt > 0 && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const role = process.argv[serveAt + 1];
  if (role === 'center') await serveCenter();
  else await serveGateway(process.argv[serveAt + 2]!, process.argv[serveAt + 3]!);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await run();
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(44)} ${v}`);
}
