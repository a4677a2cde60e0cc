/**
 * Engine benchmark: a 2,000-line discharge bill. Reports the median and p99 time
 * of the engine (parseTrialRequest + computeSettlement on the request object) and the ratio
 * of its median to the median of JSON.parse of the same request text, both measured in this
 * run on this machine. Target: ratio ≤ 2.
 *
 * Run alone: node --import tsx test/bench/engine.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { computeSettlement, defaultEngineContext, parseTrialRequest } from '../../gateway/engine/index.ts';
import { trialJson, type LineSpec } from '../../gateway/engine/testing.ts';
import { percentile } from './stats.ts';

const LINES = 2000;
const WARMUP = 50;
const ROUNDS = 400;

/**
 * The demo catalogue's lines the benchmarks bill (code, count, price, amount[, prior approval]):
 * drugs, examinations and materials of classes A, B and C; the API bench's sale takes the first ten.
 */
export const BILL_MENU: readonly LineSpec[] = [
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
  ['BLD-B-0001', '1', '480.00', '480.00', '1'],
  ['SRV-A-0008', '1', '300.00', '300.00'],
];

/** A realistic discharge bill: drugs, bed-days, examinations, materials, a few class-C and over-ceiling lines. */
export function dischargeBill(lines = LINES): Record<string, unknown> {
  const specs: LineSpec[] = [];
  for (let i = 0; i < lines; i++) specs.push(BILL_MENU[i % BILL_MENU.length]!);
  return trialJson({ policy: 'cn-gansu-resident-2007', visit: { admission_date: '2026-01-05' }, acc: { earlier_admissions: 1, hifp_paid: '2000.00', inscp_toward_ceiling: '6000.00' }, lines: specs });
}

export async function run(): Promise<Record<string, number | string>> {
  const ctx = defaultEngineContext();
  const request = dischargeBill();
  const text = JSON.stringify(request);
  const engine: number[] = [];
  const parse: number[] = [];
  let sink = 0;
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    // Alternate the two so both see the same machine state (GC, CPU frequency).
    const t0 = performance.now();
    const parsed = JSON.parse(text) as { lines: unknown[] };
    const t1 = performance.now();
    const result = computeSettlement(parseTrialRequest(request), ctx);
    const t2 = performance.now();
    sink += parsed.lines.length + result.lines.length;
    if (i >= WARMUP) {
      parse.push(t1 - t0);
      engine.push(t2 - t1);
    }
  }
  if (sink === 0) throw new Error('unreachable');
  engine.sort((a, b) => a - b);
  parse.sort((a, b) => a - b);
  const engineMedian = percentile(engine, 50);
  const parseMedian = percentile(parse, 50);
  const round = (x: number, d = 3): number => Number(x.toFixed(d));
  return {
    lines: LINES,
    request_bytes: Buffer.byteLength(text),
    engine_median_ms: round(engineMedian),
    engine_p99_ms: round(percentile(engine, 99)),
    json_parse_median_ms: round(parseMedian),
    ratio_engine_to_json_parse: round(engineMedian / parseMedian, 2),
    target_ratio: '≤ 2',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await run();
  for (const [k, v] of Object.entries(figures)) console.log(`${k}: ${v}`);
}
