/**
 * parseTrialRequest: the issue-5 trial contract, checked exactly. The JSON Schema
 * (`request-schema.ts`) rejects unknown fields and values; this adds the checks a schema
 * cannot say: real calendar days, dates in order, a disease exactly for special outpatient
 * visits, unique line serial numbers, and line amount = cnt × pric rounded half-up to the fen
 * (benefit-rules.md, order of computation step 1).
 */
import { GatewayError } from '../errors/gateway-error.ts';
import { firstProblem } from './schema-check.ts';
// TRIAL_REQUEST_SCHEMA (request-schema.ts), compiled ahead of time: see validators-codegen.ts.
import { validateTrialRequest as validateRequest } from './generated/validators.js';
import { isRealDate } from './dates.ts';
import { fen, mulDivHalfUp, parseScaled, yuan } from './fixed.ts';
import type { TrialRequest } from './types.ts';

/** A line's numbers, scaled to integers once (see fixed.ts). */
export interface LineNumbers {
  /** Quantity × 10^4. */
  readonly cnt: number;
  /** Unit price × 10^6. */
  readonly pric: number;
  /** Line amount in fen. */
  readonly amount: number;
}

/** Numbers already parsed for a request, so compute does not parse them twice. */
const PARSED = new WeakMap<object, LineNumbers[]>();

function invalid(path: string, problem: string, extra: Record<string, unknown> = {}): GatewayError {
  return new GatewayError('GW_VALIDATION', { detail: `${path} ${problem}`, details: { path, problem, ...extra } });
}

/**
 * cnt × pric in fen, rounded half-up: cnt 100 (1,000,000 × 10^-4) × pric 0.80 (800,000 × 10^-6)
 * = 8 × 10^11 × 10^-10 yuan = 80.00 → 8000 fen.
 */
export function lineAmountFen(cnt: number, pric: number): number {
  // cnt·10^4 × pric·10^6 = amount·10^10; fen = amount·10^2 → divide by 10^8.
  return mulDivHalfUp(cnt, pric, 100_000_000);
}

export function lineNumbers(request: TrialRequest): LineNumbers[] {
  const cached = PARSED.get(request.lines);
  if (cached) return cached;
  const numbers = request.lines.map((l) => ({ cnt: parseScaled(l.cnt, 4), pric: parseScaled(l.pric, 6), amount: fen(l.det_item_fee_sumamt) }));
  PARSED.set(request.lines, numbers);
  return numbers;
}

export function parseTrialRequest(json: unknown): TrialRequest {
  const problem = firstProblem(validateRequest, json);
  if (problem) throw invalid(problem.path, problem.problem, problem.allowed ? { allowed: problem.allowed } : {});
  // The schema has proven the shape; the remaining fields are read with defaults below.
  const raw = json as {
    policy?: string | null; insuplc_admdvs?: string | null; settle_date: string;
    facility: TrialRequest['facility']; person: TrialRequest['person'];
    accumulators: Partial<TrialRequest['accumulators']> & Pick<TrialRequest['accumulators'], 'earlier_admissions' | 'hifp_paid' | 'hifmi_paid' | 'inscp_toward_ceiling' | 'accident_paid' | 'special_outpatient_paid'>;
    visit: Omit<TrialRequest['visit'], 'admission_date' | 'admission_settled_before'> & { admission_date?: string | null; admission_settled_before?: TrialRequest['visit']['admission_settled_before'] };
    lines: TrialRequest['lines'];
  };

  for (const [path, value] of [['settle_date', raw.settle_date], ['person.birth_date', raw.person.birth_date], ['visit.admission_date', raw.visit.admission_date ?? null]] as const) {
    if (value !== null && !isRealDate(value)) throw invalid(path, 'is not a real calendar day');
  }
  if (raw.person.birth_date > raw.settle_date) throw invalid('person.birth_date', 'is after settle_date');
  if (raw.visit.admission_date && raw.visit.admission_date > raw.settle_date) throw invalid('visit.admission_date', 'is after settle_date');
  if (!raw.policy && !raw.insuplc_admdvs) throw invalid('policy', 'is required when insuplc_admdvs is not given');
  if (raw.visit.med_type === 'special_outpatient' && raw.visit.special_disease === null) {
    throw invalid('visit.special_disease', 'is required for a special outpatient visit');
  }
  if (raw.visit.med_type !== 'special_outpatient' && raw.visit.special_disease !== null) {
    throw invalid('visit.special_disease', 'must be null unless med_type is special_outpatient');
  }

  const seen = new Set<string>();
  const numbers: LineNumbers[] = new Array<LineNumbers>(raw.lines.length);
  for (let i = 0; i < raw.lines.length; i++) {
    const line = raw.lines[i]!;
    if (seen.has(line.feedetl_sn)) {
      throw new GatewayError('GW_LINE_DUPLICATE_SN', { detail: `lines[${i}].feedetl_sn ${line.feedetl_sn}`, details: { path: `lines[${i}].feedetl_sn`, feedetl_sn: line.feedetl_sn } });
    }
    seen.add(line.feedetl_sn);
    const n = { cnt: parseScaled(line.cnt, 4), pric: parseScaled(line.pric, 6), amount: fen(line.det_item_fee_sumamt) };
    const expected = lineAmountFen(n.cnt, n.pric);
    if (expected !== n.amount) {
      throw new GatewayError('GW_LINE_AMOUNT_MISMATCH', {
        detail: `lines[${i}] ${line.cnt} × ${line.pric} = ${yuan(expected)}, not ${line.det_item_fee_sumamt}`,
        details: { path: `lines[${i}].det_item_fee_sumamt`, feedetl_sn: line.feedetl_sn, expected: yuan(expected), got: line.det_item_fee_sumamt },
      });
    }
    numbers[i] = n;
  }

  const acc = raw.accumulators;
  const request: TrialRequest = {
    policy: raw.policy ?? null,
    insuplc_admdvs: raw.insuplc_admdvs ?? null,
    settle_date: raw.settle_date,
    facility: raw.facility,
    person: raw.person,
    accumulators: {
      earlier_admissions: acc.earlier_admissions,
      hifp_paid: acc.hifp_paid,
      hifmi_paid: acc.hifmi_paid,
      inscp_toward_ceiling: acc.inscp_toward_ceiling,
      accident_paid: acc.accident_paid,
      special_outpatient_paid: acc.special_outpatient_paid,
      outpatient_paid: acc.outpatient_paid ?? '0.00',
      maf_paid: acc.maf_paid ?? '0.00',
      hifmi_base: acc.hifmi_base ?? '0.00',
      maf_base: acc.maf_base ?? '0.00',
    },
    visit: { ...raw.visit, admission_date: raw.visit.admission_date ?? null, admission_settled_before: raw.visit.admission_settled_before ?? null },
    // A copy of the array: the parsed numbers are cached against it, not against the caller's.
    lines: raw.lines.slice(),
  };
  PARSED.set(request.lines, numbers);
  return request;
}
