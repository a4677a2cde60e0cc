/**
 * Year-to-date accumulators in the trial contract's shape (issue 5): money as decimal
 * strings, counts as integers. Local deltas are summed onto the centre's snapshot.
 */
import { fromFen, toFen } from '../money.ts';

export interface Accumulators {
  readonly earlier_admissions: number;
  readonly hifp_paid: string;
  readonly hifmi_paid: string;
  readonly inscp_toward_ceiling: string;
  readonly accident_paid: string;
  readonly special_outpatient_paid: Readonly<Record<string, string>>;
}

export const EMPTY_ACCUMULATORS: Accumulators = {
  earlier_admissions: 0,
  hifp_paid: '0.00',
  hifmi_paid: '0.00',
  inscp_toward_ceiling: '0.00',
  accident_paid: '0.00',
  special_outpatient_paid: {},
};

function addMoney(a: string | undefined, b: string | undefined): string {
  return fromFen(toFen(a ?? '0.00') + toFen(b ?? '0.00'));
}

export function sumAccumulators(base: Accumulators, delta: Partial<Accumulators>): Accumulators {
  const special: Record<string, string> = { ...base.special_outpatient_paid };
  for (const [disease, amount] of Object.entries(delta.special_outpatient_paid ?? {})) {
    special[disease] = addMoney(special[disease], amount);
  }
  return {
    earlier_admissions: base.earlier_admissions + (delta.earlier_admissions ?? 0),
    hifp_paid: addMoney(base.hifp_paid, delta.hifp_paid),
    hifmi_paid: addMoney(base.hifmi_paid, delta.hifmi_paid),
    inscp_toward_ceiling: addMoney(base.inscp_toward_ceiling, delta.inscp_toward_ceiling),
    accident_paid: addMoney(base.accident_paid, delta.accident_paid),
    special_outpatient_paid: special,
  };
}

/** The delta that undoes another (for a cancellation). */
export function negateAccumulators(delta: Partial<Accumulators>): Partial<Accumulators> {
  const neg = (s: string | undefined): string => fromFen(-toFen(s ?? '0.00'));
  return {
    earlier_admissions: -(delta.earlier_admissions ?? 0),
    hifp_paid: neg(delta.hifp_paid),
    hifmi_paid: neg(delta.hifmi_paid),
    inscp_toward_ceiling: neg(delta.inscp_toward_ceiling),
    accident_paid: neg(delta.accident_paid),
    special_outpatient_paid: Object.fromEntries(Object.entries(delta.special_outpatient_paid ?? {}).map(([k, v]) => [k, neg(v)])),
  };
}
