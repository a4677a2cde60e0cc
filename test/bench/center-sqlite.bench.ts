/**
 * The central link on the gateway's real store:
 *
 *   drain on SQLite — N buffered records (default 100,000) in the store's outbox
 *                     (gateway/store/outbox.ts), drained by the uploader to the centre
 *                     simulator over loopback; records/s and the ratio to the centre's own
 *                     accept rate measured alone in the same run (target ≥ 0.8);
 *   gateway memory  — peak RSS of a gateway process uploading from an outbox holding 10,000
 *                     and 1,000,000 undelivered records (target: flat, under 200 MB both),
 *                     while it delivers the first YIBAO_BENCH_CENTER_MEM_DRAIN (20,000) of them.
 *
 * Every measured part runs in its own process (test/center/bench-child.ts); the baseline and
 * the drain alternate (A B B A). Sizes: YIBAO_BENCH_CENTER_N, YIBAO_BENCH_CENTER_BIG (1,000,000).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineRate, benchRecords, heldAt, mean, ROOT, spawnCentre } from '../center/bench-support.ts';

const BATCH = 500;
const CONCURRENCY = Number(process.env.YIBAO_BENCH_CENTER_CONCURRENCY ?? 3);

function child(args: string[]): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'test/center/bench-child.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>) : reject(new Error(`bench child ${args[0]} exited ${String(code)}`))));
  });
}

async function drainOnSqlite(n: number, dir: string, count: number): Promise<Record<string, number>> {
  const db = join(dir, 'gateway.sqlite');
  await child(['fill', db, String(n)]);
  const centre = await spawnCentre(join(dir, 'centre'));
  try {
    const result = await child(['drain', db, centre.url, String(count), String(BATCH), String(CONCURRENCY)]);
    const held = await heldAt(centre.url);
    // Stopping early aborts batches in flight that the centre may already hold (the gateway
    // would resend them and get DUPLICATE): so the centre holds at least what was delivered,
    // and exactly that when the whole backlog went.
    const delivered = result.delivered ?? 0;
    if (held < delivered || (count >= n && held !== n) || held > delivered + BATCH * CONCURRENCY) {
      throw new Error(`centre holds ${held}, the gateway delivered ${delivered} of ${count}`);
    }
    return result;
  } finally {
    await centre.stop();
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const n = Number(process.env.YIBAO_BENCH_CENTER_N ?? 100_000);
  const big = Number(process.env.YIBAO_BENCH_CENTER_BIG ?? 1_000_000);
  const memDrain = Number(process.env.YIBAO_BENCH_CENTER_MEM_DRAIN ?? 20_000);
  const rounds = Number(process.env.YIBAO_BENCH_CENTER_ROUNDS ?? 2);
  const dirs: string[] = [];
  const tmp = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'centre-sqlite-bench-'));
    dirs.push(d);
    return d;
  };
  try {
    const records = benchRecords(n);
    const baseline: number[] = [];
    const drain: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const phases = round % 2 === 0 ? (['baseline', 'drain'] as const) : (['drain', 'baseline'] as const);
      for (const phase of phases) {
        if (phase === 'baseline') baseline.push(await baselineRate(records, tmp(), BATCH, CONCURRENCY));
        else drain.push((await drainOnSqlite(n, tmp(), n)).rate ?? 0);
      }
    }
    const small = await drainOnSqlite(10_000, tmp(), Math.min(memDrain, 10_000));
    const large = await drainOnSqlite(big, tmp(), memDrain);
    return {
      'center_sqlite.records': n,
      'center_sqlite.baseline_records_per_s': Math.round(mean(baseline)),
      'center_sqlite.drain_records_per_s': Math.round(mean(drain)),
      'center_sqlite.drain_to_baseline_ratio': Number((mean(drain) / mean(baseline)).toFixed(3)),
      'center_sqlite.rss_mb_backlog_10k': Math.round(small.peakRssMb ?? 0),
      [`center_sqlite.rss_mb_backlog_${big}`]: Math.round(large.peakRssMb ?? 0),
      [`center_sqlite.drain_records_per_s_backlog_${big}`]: Math.round(large.rate ?? 0),
    };
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await run();
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(48)} ${v}\n`);
}
