/**
 * Shared parts of the centre benchmarks (test/bench/center*.bench.ts): the centre simulator
 * in its own process, realistic records, and the centre's own accept rate as the baseline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import PQueue from 'p-queue';
import { CONTENT_TYPE, encodeBatch, encodeRecord, ENDPOINTS, newNonce, seal } from '../../protocol/center/index.ts';
import { settlementRecord } from './fixtures.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH_KEY = Buffer.from('demo-gateway-key-not-for-production', 'utf8');
export const BENCH_GATEWAY = 'H15220100001-GW01';

export interface BenchCentre {
  readonly url: string;
  stop(): Promise<void>;
}

/** The centre simulator in a child process (as on its own machine), store in dataDir. */
export async function spawnCentre(dataDir: string): Promise<BenchCentre> {
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

export async function heldAt(url: string): Promise<number> {
  const report = (await (await fetch(`${url}/report`)).json()) as { holds: { records: number } };
  return report.holds.records;
}

export interface BenchRecord {
  readonly id: string;
  readonly visitId: string;
  readonly seq: number;
  readonly payload: Uint8Array;
}

/** Record i of a backlog: three records per visit on average, three fee lines each. */
export function benchRecord(i: number, n: number): BenchRecord {
  const visits = Math.max(1, Math.floor(n / 3));
  const visitId = `MDTRT${String(i % visits).padStart(8, '0')}`;
  const seq = Math.floor(i / visits) + 1;
  const id = `${BENCH_GATEWAY}:${String(i).padStart(10, '0')}`;
  return { id, visitId, seq, payload: encodeRecord(settlementRecord({ recordId: id, visitId, seq, totalFen: 1_000 + ((i * 7919) % 500_000), lines: 3 })) };
}

export function benchRecords(n: number): BenchRecord[] {
  return Array.from({ length: n }, (_, i) => benchRecord(i, n));
}

/**
 * The centre's own accept rate: pre-built, pre-signed, pre-gzipped batches POSTed as fast as
 * it takes them, `concurrency` at a time. Records go in order, so a visit's seq order holds.
 */
export async function baselineRate(records: readonly BenchRecord[], dataDir: string, batchSize: number, concurrency: number): Promise<number> {
  const centre = await spawnCentre(dataDir);
  try {
    const bodies: Buffer[] = [];
    for (let i = 0; i < records.length; i += batchSize) {
      const batch = encodeBatch(`b${i}`, records.slice(i, i + batchSize).map((r) => r.payload));
      bodies.push(gzipSync(seal(BENCH_KEY, { gatewayId: BENCH_GATEWAY, keyId: 'k1', timestampMs: Date.now(), nonce: newNonce(), bodyType: ENDPOINTS.upload.request, body: batch }), { level: 1 }));
    }
    const queue = new PQueue({ concurrency });
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
    const n = await heldAt(centre.url);
    if (n !== records.length) throw new Error(`baseline: centre holds ${n} of ${records.length}`);
    return records.length / seconds;
  } finally {
    await centre.stop();
  }
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
