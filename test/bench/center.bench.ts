/**
 * Backlog drain: N buffered records (default 100,000) drained by the uploader
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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CenterClient } from '../../gateway/center/client.ts';
import { MemoryOutbox } from '../../gateway/center/memory-outbox.ts';
import { Uploader } from '../../gateway/center/uploader.ts';
import { encodeBatch } from '../../protocol/center/index.ts';
import { baselineRate, BENCH_GATEWAY as GATEWAY, BENCH_KEY as KEY, benchRecords, heldAt as held, mean, spawnCentre, type BenchRecord } from '../center/bench-support.ts';

const BATCH = 500;
const CONCURRENCY = Number(process.env.YIBAO_BENCH_CENTER_CONCURRENCY ?? 3);

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
  const records = benchRecords(n);
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
        if (phase === 'baseline') baseline.push(await baselineRate(records, tmp(), BATCH, CONCURRENCY));
        else {
          const d = await drainPhase(records, tmp());
          drain.push(d.rate);
          rssGrowthMb = Math.max(rssGrowthMb, d.rssGrowthMb);
        }
      }
    }
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
