/**
 * Year-to-date accumulators in the trial contract's shape (engine `TrialAccumulators`):
 * money as two-place decimal strings, counts as integers, per-disease money in a nested
 * object. A person's accumulators are the centre's snapshot plus every local delta since
 * (DESIGN.md step 2), summed here key by key in integer fen.
 */
import type { AccumulatorsDelta, TrialAccumulators } from './types.ts';
import { fromFen, toFen } from '../../protocol/money.ts';

export type Accumulators = TrialAccumulators;

export const EMPTY_ACCUMULATORS: Accumulators = {
  earlier_admissions: 0,
  hifp_paid: '0.00',
  hifmi_paid: '0.00',
  inscp_toward_ceiling: '0.00',
  accident_paid: '0.00',
  special_outpatient_paid: {},
  outpatient_paid: '0.00',
  maf_paid: '0.00',
  hifmi_base: '0.00',
  maf_base: '0.00',
};

type Tree = { readonly [key: string]: number | string | Tree | undefined };

function add(a: Tree, b: Tree, sign: 1 | -1): Tree {
  const out: Record<string, number | string | Tree> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key];
    const y = b[key];
    if (y === undefined) {
      if (x !== undefined) out[key] = x;
    } else if (typeof y === 'number') {
      out[key] = (typeof x === 'number' ? x : 0) + sign * y;
    } else if (typeof y === 'string') {
      out[key] = fromFen((typeof x === 'string' ? toFen(x) : 0) + sign * toFen(y));
    } else {
      out[key] = add(typeof x === 'object' ? x : {}, y, sign);
    }
  }
  return out;
}

export function sumAccumulators(base: Accumulators, delta: Partial<AccumulatorsDelta>): Accumulators {
  return add(base as unknown as Tree, delta as unknown as Tree, 1) as unknown as Accumulators;
}

/** The delta that undoes another (a cancellation gives back what the settlement used). */
export function negateAccumulators(delta: Partial<AccumulatorsDelta>): Partial<AccumulatorsDelta> {
  return add({}, delta as unknown as Tree, -1) as unknown as Partial<AccumulatorsDelta>;
}
