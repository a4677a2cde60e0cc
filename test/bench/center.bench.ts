/**
 * Backlog drain (issue 7 figure): N buffered records (default 100,000) drained by the uploader
 * to the centre simulator over loopback, against the simulator's own accept rate measured
 * alone in the same run:
 *
 *   baseline  — pre-built, pre-signed, pre-gzipped batches POSTed as fast as the centre takes
 *               them (same batch size and concurrency): the centre's capacity;
 *   drain     — the real path: MemoryOutbox → Uploader → CenterClient (encode, sign, gzip,
 *               POST, verify, mark) → centre;
 *   ratio     — drain / baseline (target ≥ 0.8).
 *
 * The centre runs in its own process (as it would on its own machine), on a fresh SQLite
 * file per phase; the phases alternate (A B B A) so a change in the machine's load between them
 * cancels. N from YIBAO_BENCH_CENTER_N, rounds from YIBAO_BENCH_CENTER_ROUNDS (2),
 * batches in flight from YIBAO_BENCH_CENTER_CONCURRENCY (3, both phases).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import PQueue from 'p-queue';
import { CenterClient } from '../../gateway/center/client.ts';
import { MemoryOutbox } from '../../gateway/center/memory-outbox.ts';
import { Uploader } from '../../gateway/center/uploader.ts';
import { CONTENT_TYPE, encodeBatch, encodeRecord, ENDPOINTS, newNonce, seal } from '../../protocol/center/index.ts';
import { settlementRecord } from '../center/fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEY = Buffer.from('demo-gateway-key-not-for-production', 'utf8');
const GATEWAY = 'H15220100001-GW01';
const BATCH = 500;
const CONCURRENCY = Number(process.env.YIBAO_BENCH_CENTER_CONCURRENCY ?? 3);

interface Centre {
  url: string;
  stop(): Promise<void>;
}

async function spawnCentre(dataDir: string): Promise<Centre> {
  const script = `import { startCenter } from './simulator/center/server.ts';
    const c = await startCenter({ port: 0, dataDir: process.argv[1] });
    process.stdout.write('URL ' + c.url + '\\n');
    process.on('SIGTERM', async () => { await c.close(); process.exit(0); });`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /URL (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`centre exited ${String(code)}`)));
  });
  return {
    url,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

async function held(url: string): Promise<number> {
  const report = (await (await fetch(`${url}/report`)).json()) as { holds: { records: number } };
  return report.holds.records;
}

/** N encoded records, three per visit on average, as an outbox would hold them. */
function makeRecords(n: number): BenchRecord[] {
  const visits = Math.max(1, Math.floor(n / 3));
  const seqs = new Map<string, number>();
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const visitId = `MDTRT${String(i % visits).padStart(8, '0')}`;
    const seq = (seqs.get(visitId) ?? 0) + 1;
    seqs.set(visitId, seq);
    const id = `${GATEWAY}:${String(i).padStart(10, '0')}`;
    out.push({ id, visitId, seq, payload: encodeRecord(settlementRecord({ recordId: id, visitId, seq, totalFen: 1_000 + ((i * 7919) % 500_000), lines: 3 })) });
  }
  return out;
}

interface BenchRecord {
  id: string;
  visitId: string;
  seq: number;
  payload: Uint8Array;
}

/** The centre alone: pre-built, pre-signed, pre-gzipped batches, POSTed as fast as it takes them. */
async function baselinePhase(records: readonly BenchRecord[], dataDir: string): Promise<number> {
  const centre = await spawnCentre(dataDir);
  try {
    const bodies: Buffer[] = [];
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = encodeBatch(`b${i}`, records.slice(i, i + BATCH).map((r) => r.payload));
      bodies.push(gzipSync(seal(KEY, { gatewayId: GATEWAY, keyId: 'k1', timestampMs: Date.now(), nonce: newNonce(), bodyType: ENDPOINTS.upload.request, body: batch }), { level: 1 }));
    }
    const queue = new PQueue({ concurrency: CONCURRENCY });
    const t0 = performance.now();
    for (const body of bodies) {
      void queue.add(async () => {
        const res = await fetch(`${centre.url}${ENDPOINTS.upload.path}`, { method: 'POST', headers: { 'content-type': CONTENT_TYPE, 'content-encoding': 'gzip', 'accept-encoding': 'gzip' }, body });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`baseline upload HTTP ${res.status}`);
      });
    }
    await queue.onIdle();
    const seconds = (performance.now() - t0) / 1000;
    const n = await held(centre.url);
    if (n !== records.length) throw new Error(`baseline: centre holds ${n} of ${records.length}`);
    return records.length / seconds;
  } finally {
    await centre.stop();
  }
}

/** The real path: MemoryOutbox → Uploader → CenterClient → centre. */
async function drainPhase(records: readonly BenchRecord[], dataDir: string): Promise<{ rate: number; rssGrowthMb: number }> {
  const centre = await spawnCentre(dataDir);
  try {
    const outbox = new MemoryOutbox();
    const now = Date.now();
    for (const r of records) outbox.enqueue({ ...r, kind: 'settlement', createdAt: now });
    const client = new CenterClient({ baseUrl: centre.url, gatewayId: GATEWAY, keyId: 'k1', key: KEY, timeoutMs: 60_000 });
    const uploader = new Uploader({ source: outbox, client, batchSize: BATCH, concurrency: CONCURRENCY });
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    while (outbox.backlog().count > 0) await uploader.drainOnce();
    const seconds = (performance.now() - t0) / 1000;
    const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    const n = await held(centre.url);
    if (n !== records.length) throw new Error(`drain: centre holds ${n} of ${records.length}`);
    return { rate: records.length / seconds, rssGrowthMb };
  } finally {
    await centre.stop();
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const n = Number(process.env.YIBAO_BENCH_CENTER_N ?? 100_000);
  const rounds = Number(process.env.YIBAO_BENCH_CENTER_ROUNDS ?? 2);
  const records = makeRecords(n);
  const dirs: string[] = [];
  const tmp = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'centre-bench-'));
    dirs.push(d);
    return d;
  };
  try {
    // A B B A …: alternating the phases cancels a drift in the machine's load (other test
    // runs share these cores) between the baseline and the drain.
    const baseline: number[] = [];
    const drain: number[] = [];
    let rssGrowthMb = 0;
    for (let round = 0; round < rounds; round += 1) {
      const phases = round % 2 === 0 ? (['baseline', 'drain'] as const) : (['drain', 'baseline'] as const);
      for (const phase of phases) {
        if (phase === 'baseline') baseline.push(await baselinePhase(records, tmp()));
        else {
          const d = await drainPhase(records, tmp());
          drain.push(d.rate);
          rssGrowthMb = Math.max(rssGrowthMb, d.rssGrowthMb);
        }
      }
    }
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const payload = records.slice(0, 200).map((r) => r.payload);
    return {
      'center.records': n,
      'center.rounds': rounds,
      'center.batch_size': BATCH,
      'center.concurrency': CONCURRENCY,
      'center.baseline_records_per_s': Math.round(mean(baseline)),
      'center.drain_records_per_s': Math.round(mean(drain)),
      'center.drain_to_baseline_ratio': Number((mean(drain) / mean(baseline)).toFixed(3)),
      'center.batch200_bytes_raw': encodeBatch('b', payload).length,
      'center.batch200_bytes_gzip1': gzipSync(encodeBatch('b', payload), { level: 1 }).length,
      'center.drain_rss_growth_mb': Math.round(rssGrowthMb),
    };
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await run();
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(40)} ${v}\n`);
}
