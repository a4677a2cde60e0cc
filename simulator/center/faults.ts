/**
 * Fault injection switches of the centre simulator. Each is off by default; set
 * them at start (`yibao-sim center --fault name=value …`) or at run time
 * (`POST /control/faults` with a JSON object of the same names).
 *
 * | switch               | effect                                                                       |
 * |----------------------|------------------------------------------------------------------------------|
 * | latencyMs, jitterMs  | every request waits latencyMs + U(0, jitterMs) before it is processed        |
 * | errorRate            | that share of requests answer 500 before anything is processed              |
 * | timeoutRate          | that share of requests get no answer at all (held until the client gives up) |
 * | dropAckRate          | that share of uploads are committed, then the connection is cut: ack lost    |
 * | duplicateAckRate     | that share of acks name every record twice                                   |
 * | reorder              | acks come in shuffled order, and requests finish in random order (0–reorderMaxDelayMs) |
 * | outageSeconds        | for the next N seconds every connection is reset on arrival (full outage)    |
 * | slowDripBytesPerSec  | replies are written in small chunks at this rate                             |
 * | backPressureRate     | that share of requests answer backPressureStatus (429 or 503) with Retry-After |
 */

export interface FaultConfig {
  latencyMs: number;
  jitterMs: number;
  errorRate: number;
  timeoutRate: number;
  dropAckRate: number;
  duplicateAckRate: number;
  reorder: boolean;
  reorderMaxDelayMs: number;
  /** Absolute end of an outage (Unix ms); set through `outageSeconds`. */
  outageUntil: number;
  slowDripBytesPerSec: number;
  backPressureRate: number;
  backPressureStatus: 429 | 503;
  retryAfterSeconds: number;
}

export const NO_FAULTS: Readonly<FaultConfig> = Object.freeze({
  latencyMs: 0,
  jitterMs: 0,
  errorRate: 0,
  timeoutRate: 0,
  dropAckRate: 0,
  duplicateAckRate: 0,
  reorder: false,
  reorderMaxDelayMs: 50,
  outageUntil: 0,
  slowDripBytesPerSec: 0,
  backPressureRate: 0,
  backPressureStatus: 503,
  retryAfterSeconds: 1,
});

/** What a caller may set: every switch, plus `outageSeconds` (relative) instead of outageUntil. */
export type FaultPatch = Partial<Omit<FaultConfig, 'outageUntil'>> & { outageSeconds?: number; outageUntil?: number };

const RATES = ['errorRate', 'timeoutRate', 'dropAckRate', 'duplicateAckRate', 'backPressureRate'] as const;
const NUMBERS = ['latencyMs', 'jitterMs', 'reorderMaxDelayMs', 'slowDripBytesPerSec', 'retryAfterSeconds'] as const;

export class FaultError extends Error {
  override readonly name = 'FaultError';
}

/** Applies a patch (from flags or JSON), validating every value; throws FaultError naming the bad switch. */
export function applyFaultPatch(current: FaultConfig, patch: Record<string, unknown>, nowMs: number): FaultConfig {
  const next: FaultConfig = { ...current };
  for (const [name, raw] of Object.entries(patch)) {
    if ((RATES as readonly string[]).includes(name)) {
      const v = toNumber(name, raw);
      if (v < 0 || v > 1) throw new FaultError(`${name} must be between 0 and 1, got ${String(raw)}`);
      next[name as (typeof RATES)[number]] = v;
    } else if ((NUMBERS as readonly string[]).includes(name)) {
      const v = toNumber(name, raw);
      if (v < 0) throw new FaultError(`${name} must be ≥ 0, got ${String(raw)}`);
      next[name as (typeof NUMBERS)[number]] = v;
    } else if (name === 'reorder') {
      next.reorder = raw === true || raw === 'true' || raw === '1' || raw === 1;
      if (!next.reorder && !(raw === false || raw === 'false' || raw === '0' || raw === 0)) throw new FaultError(`reorder must be true or false, got ${String(raw)}`);
    } else if (name === 'backPressureStatus') {
      const v = toNumber(name, raw);
      if (v !== 429 && v !== 503) throw new FaultError(`backPressureStatus must be 429 or 503, got ${String(raw)}`);
      next.backPressureStatus = v;
    } else if (name === 'outageSeconds') {
      const v = toNumber(name, raw);
      if (v < 0) throw new FaultError(`outageSeconds must be ≥ 0, got ${String(raw)}`);
      next.outageUntil = v === 0 ? 0 : nowMs + v * 1000;
    } else if (name === 'outageUntil') {
      next.outageUntil = toNumber(name, raw);
    } else {
      throw new FaultError(`unknown fault switch '${name}'; known: ${[...RATES, ...NUMBERS, 'reorder', 'backPressureStatus', 'outageSeconds'].join(', ')}`);
    }
  }
  return next;
}

/** Parses `--fault name=value` arguments (several may be given, or comma-separated). */
export function parseFaultFlags(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values.flatMap((v) => v.split(','))) {
    const trimmed = value.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) throw new FaultError(`--fault expects name=value, got '${trimmed}'`);
    out[trimmed.slice(0, eq)] = trimmed.slice(eq + 1);
  }
  return out;
}

function toNumber(name: string, raw: unknown): number {
  const v = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(v)) throw new FaultError(`${name} must be a number, got ${String(raw)}`);
  return v;
}
