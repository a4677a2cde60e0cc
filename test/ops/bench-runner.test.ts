/** `npm run bench` finds every bench, each exports run(), and short mode only fills unset knobs. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchEnv, benchFiles, isRatio, QUICK_ENV } from '../bench/run-all.ts';

const DIR = fileURLToPath(new URL('../bench/', import.meta.url));

describe('bench runner', () => {
  it('runs every test/bench/*.bench.ts, and each exports run()', () => {
    const files = benchFiles();
    expect(files).toEqual(readdirSync(DIR).filter((f) => f.endsWith('.bench.ts')).sort());
    expect(files).toContain('engine.bench.ts');
    for (const f of files) expect(readFileSync(`${DIR}${f}`, 'utf8'), f).toMatch(/export async function run\(\): Promise<Record<string, number \| string>>/);
  });

  it('selects benches by name and refuses an unknown one', () => {
    expect(benchFiles(['engine'])).toEqual(['engine.bench.ts']);
    expect(() => benchFiles(['engin'])).toThrow(/no such bench: engin/);
  });

  it('short mode sets the size knobs the caller left unset, and only in short mode', () => {
    const env = benchEnv({ YIBAO_BENCH_SECONDS: '7' }, true);
    expect(env.YIBAO_BENCH_SECONDS).toBe('7');
    expect(env.YIBAO_BENCH_QUICK).toBe('1');
    expect(env.YIBAO_BENCH_CENTER_N).toBe(QUICK_ENV.YIBAO_BENCH_CENTER_N);
    expect(benchEnv({}, false).YIBAO_BENCH_CENTER_N).toBeUndefined();
  });

  it('collects measured ratios, not targets', () => {
    expect(['ratio_engine_to_json_parse', 'sale_vs_empty_throughput', 'center.drain_to_baseline_ratio'].every(isRatio)).toBe(true);
    expect(['target_throughput_ratio', 'target_ratio', 'sale_p99_ms'].some(isRatio)).toBe(false);
  });
});
