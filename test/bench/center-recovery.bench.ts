/**
 * Crash/restart recovery time to serving again: `yibao-gateway serve` is
 * spawned as it runs on a counter PC (node + tsx, no build step) and timed from the spawn to
 * the first 200 from GET /healthz:
 *
 *   empty     — a fresh data directory (the baseline, measured in the same run);
 *   backlog   — a database holding N undelivered outbox records (YIBAO_BENCH_RECOVERY_N,
 *               default 300,000), the centre simulator up, so the uploader starts draining;
 *   crash     — that gateway killed with SIGKILL mid-drain (no shutdown, WAL left behind), then
 *               spawned again: time to /healthz, and time until the centre receives the first
 *               record after the restart (the uploader resumed).
 *
 * Each start is measured `YIBAO_BENCH_RECOVERY_ROUNDS` times (default 3); the figures are medians.
 * Ratios are against the empty start of the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heldAt, ROOT, spawnCentre } from '../center/bench-support.ts';
import { median } from './stats.ts';

interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  /** ms from spawn to the first 200 on /healthz. */
  readonly readyMs: number;
}

function fill(dbFile: string, n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'test/center/bench-child.ts', 'fill', dbFile, String(n)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    p.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`fill exited ${String(code)}`))));
  });
}

/** Spawns the gateway on dataDir and resolves once /healthz answers 200. */
async function serve(dataDir: string, centerUrl: string): Promise<Running> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['gateway/bin/yibao-gateway.mjs', 'serve', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, YIBAO_CENTER_URL: centerUrl, YIBAO_BACKUP_DIR: join(dataDir, '..', 'backups'), YIBAO_LOG_LEVEL: 'info', YIBAO_UPLOAD_BATCH_SIZE: '500' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /gateway listening on (https?:\/\/[^\s"]+)/.exec(out);
      if (m?.[1]) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`gateway exited ${String(code)} before listening`)));
  });
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return { child, url, readyMs: performance.now() - t0 };
    } catch {
      // not accepting yet
    }
    await new Promise((r) => setTimeout(r, 2));
  }
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const n = Number(process.env.YIBAO_BENCH_RECOVERY_N ?? 300_000);
  const rounds = Number(process.env.YIBAO_BENCH_RECOVERY_ROUNDS ?? 3);
  const root = mkdtempSync(join(tmpdir(), 'yibao-recovery-bench-'));
  const centre = await spawnCentre(join(root, 'centre'));
  try {
    const empty: number[] = [];
    const backlog: number[] = [];
    const crash: number[] = [];
    const resumed: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const fresh = await serve(join(root, `empty-${round}`), centre.url);
      empty.push(fresh.readyMs);
      await stop(fresh.child, 'SIGTERM');

      const dataDir = join(root, `backlog-${round}`);
      await fill(join(dataDir, 'gateway.sqlite'), n);
      const first = await serve(dataDir, centre.url);
      backlog.push(first.readyMs);
      // Let the uploader get going, then pull the plug.
      const before = await heldAt(centre.url);
      while ((await heldAt(centre.url)) < before + 2_000) await new Promise((r) => setTimeout(r, 20));
      await stop(first.child, 'SIGKILL');
      // A batch the centre had already read finishes there; count from after it.
      await new Promise((r) => setTimeout(r, 300));
      const heldAtKill = await heldAt(centre.url);
      const again = await serve(dataDir, centre.url);
      crash.push(again.readyMs);
      const t0 = performance.now() - again.readyMs;
      while ((await heldAt(centre.url)) <= heldAtKill) await new Promise((r) => setTimeout(r, 5));
      resumed.push(performance.now() - t0);
      await stop(again.child, 'SIGTERM');
    }
    const e = median(empty);
    return {
      'center_recovery.backlog_records': n,
      'center_recovery.ready_ms_empty': Math.round(e),
      'center_recovery.ready_ms_backlog': Math.round(median(backlog)),
      'center_recovery.ready_ms_after_sigkill': Math.round(median(crash)),
      'center_recovery.first_upload_ms_after_sigkill': Math.round(median(resumed)),
      'center_recovery.after_sigkill_vs_empty': Number((median(crash) / e).toFixed(3)),
    };
  } finally {
    await centre.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await run();
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(48)} ${v}\n`);
}
