/**
 * `npm run bench`: every benchmark of the product, one after the other, each in its own
 * process (a bench that leaks memory or crashes does not skew or stop the next), its figures
 * printed as it finishes, then ONE JSON object with every figure and ratio — the line to keep
 * with a release and compare with the last one.
 *
 *   npm run bench                      all of test/bench/*.bench.ts
 *   npm run bench -- engine api        only those (file names without .bench.ts)
 *   YIBAO_BENCH_QUICK=1 npm run bench  short mode: small sizes and short runs (CI, a smoke check);
 *                                      its figures are noisier and not for release comparison
 *   YIBAO_BENCH_OUT=file.json          also write the JSON object to a file
 *
 * Each bench file exports `run(): Promise<Record<string, number | string>>` and sizes itself
 * from environment variables; short mode sets the ones that are not already set.
 * Exit status: 0 when every bench ran, 1 when one failed (the JSON still lists the others).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Figures = Record<string, number | string>;

const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Short mode: each bench's own size knobs, set only where the caller has not. */
export const QUICK_ENV: Readonly<Record<string, string>> = {
  YIBAO_BENCH_SECONDS: '2',
  YIBAO_BENCH_SETTLE_ROUNDS: '5',
  CARD_BENCH_INSERTIONS: '20',
  YIBAO_BENCH_CENTER_N: '10000',
  YIBAO_BENCH_CENTER_BIG: '100000',
  YIBAO_BENCH_CENTER_MEM_DRAIN: '5000',
  YIBAO_BENCH_CENTER_ROUNDS: '1',
};

export function benchFiles(only: readonly string[] = []): string[] {
  const all = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts')).sort();
  if (only.length === 0) return all;
  const unknown = only.filter((name) => !all.includes(`${name}.bench.ts`));
  if (unknown.length > 0) throw new Error(`no such bench: ${unknown.join(', ')} (have: ${all.map((f) => basename(f, '.bench.ts')).join(', ')})`);
  return all.filter((f) => only.includes(basename(f, '.bench.ts')));
}

export function benchEnv(base: NodeJS.ProcessEnv, quick: boolean): NodeJS.ProcessEnv {
  if (!quick) return { ...base };
  const env: NodeJS.ProcessEnv = { ...base, YIBAO_BENCH_QUICK: '1' };
  for (const [k, v] of Object.entries(QUICK_ENV)) if (env[k] === undefined || env[k] === '') env[k] = v;
  return env;
}

/** The child side: import one bench, run it, write its figures to a file. */
async function child(file: string, out: string): Promise<void> {
  const mod = (await import(pathToFileURL(file).href)) as { run?: () => Promise<Figures> };
  if (typeof mod.run !== 'function') throw new Error(`${basename(file)} does not export run()`);
  const figures = await mod.run();
  writeFileSync(out, JSON.stringify(figures));
}

interface Outcome {
  readonly name: string;
  readonly seconds: number;
  readonly figures?: Figures;
  readonly error?: string;
}

function runOne(file: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Outcome> {
  const name = basename(file, '.bench.ts');
  const dir = mkdtempSync(join(tmpdir(), `yibao-bench-${name}-`));
  const out = join(dir, 'figures.json');
  const started = Date.now();
  return new Promise((resolve) => {
    // The bench's own output (progress lines) goes to stderr, so stdout stays the report.
    const proc = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', join(BENCH_DIR, file), out], { cwd: ROOT, env, stdio: ['ignore', process.stderr, process.stderr] });
    const timer = setTimeout(() => proc.kill('SIGTERM'), timeoutMs);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      let result: Outcome;
      try {
        result = code === 0
          ? { name, seconds, figures: JSON.parse(readFileSync(out, 'utf8')) as Figures }
          : { name, seconds, error: signal ? `stopped by ${signal}${signal === 'SIGTERM' ? ` after ${timeoutMs / 1000} s` : ''}` : `exited with status ${code}` };
      } catch (err) {
        result = { name, seconds, error: `no figures: ${(err as Error).message}` };
      }
      rmSync(dir, { recursive: true, force: true });
      resolve(result);
    });
  });
}

/** A measured ratio (not a target): `…ratio…` or `a_vs_b`, e.g. `ratio_engine_to_json_parse`, `sale_vs_empty_throughput`. */
export function isRatio(key: string): boolean {
  return /ratio|_vs_/i.test(key) && !/^target/i.test(key.replace(/^.*\./, ''));
}

function formatFigures(o: Outcome): string {
  if (o.error) return `== ${o.name}: FAILED (${o.error})\n`;
  const entries = Object.entries(o.figures ?? {});
  const width = Math.max(0, ...entries.map(([k]) => k.length));
  return `== ${o.name} (${o.seconds} s)\n${entries.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`;
}

function gitCommit(): string | null {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--child') {
    await child(argv[1]!, argv[2]!);
    return 0;
  }
  const quick = process.env.YIBAO_BENCH_QUICK === '1';
  const files = benchFiles(argv.filter((a) => !a.startsWith('-')));
  const env = benchEnv(process.env, quick);
  const timeoutMs = Number(process.env.YIBAO_BENCH_TIMEOUT_S ?? (quick ? 600 : 3600)) * 1000;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const startedAt = new Date().toISOString();
  process.stdout.write(`benchmarks: ${files.map((f) => basename(f, '.bench.ts')).join(', ')}${quick ? ' (short mode)' : ''}\n`);

  const outcomes: Outcome[] = [];
  for (const file of files) {
    process.stderr.write(`-- running ${file}\n`);
    const outcome = await runOne(file, env, timeoutMs);
    outcomes.push(outcome);
    process.stdout.write(formatFigures(outcome));
  }

  const benches = Object.fromEntries(outcomes.filter((o) => o.figures).map((o) => [o.name, o.figures!]));
  const ratios = Object.fromEntries(outcomes.flatMap((o) => Object.entries(o.figures ?? {}).filter(([k, v]) => isRatio(k) && typeof v === 'number').map(([k, v]) => [`${o.name}.${k}`, v])));
  const report = {
    product: 'yibao-gateway',
    version: pkg.version,
    commit: gitCommit(),
    node: process.version,
    startedAt,
    quick,
    seconds: Object.fromEntries(outcomes.map((o) => [o.name, o.seconds])),
    benches,
    ratios,
    failed: Object.fromEntries(outcomes.filter((o) => o.error).map((o) => [o.name, o.error!])),
  };
  const json = JSON.stringify(report);
  if (process.env.YIBAO_BENCH_OUT) writeFileSync(process.env.YIBAO_BENCH_OUT, `${json}\n`);
  process.stdout.write(`${json}\n`);
  return outcomes.some((o) => o.error) ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const isChild = process.argv[2] === '--child';
  main(process.argv.slice(2)).then((code) => {
    // A bench child may leave servers or timers behind: its figures are written, so end it.
    if (isChild) process.exit(code);
    process.exitCode = code;
  }, (err: unknown) => {
    process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
    if (isChild) process.exit(1);
    process.exitCode = 1;
  });
}
