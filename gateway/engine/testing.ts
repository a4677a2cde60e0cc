/**
 * Builders for engine tests: a valid trial request with every field at its plain default,
 * so a test states only what it is about. Used by the unit tests beside the engine and by
 * the route, command and benchmark.
 */
import type { Accident, Category, ExclusionCause, Level, MedType, Referral, SpecialDisease } from './types.ts';

/** [code, cnt, pric, det_item_fee_sumamt, hosp_appr_flag?] */
export type LineSpec = readonly [string, string, string, string, ('0' | '1')?];

export interface RequestSpec {
  policy: string;
  settle_date?: string;
  level?: Level;
  remote?: boolean;
  person?: Partial<{ insutype: 'resident' | 'employee'; birth_date: string; category: Category; contribution_years: number; blood_disease: boolean; account_balance: string }>;
  acc?: Partial<{ earlier_admissions: number; hifp_paid: string; hifmi_paid: string; inscp_toward_ceiling: string; accident_paid: string; special_outpatient_paid: Partial<Record<SpecialDisease, string>>; outpatient_paid: string; maf_paid: string; hifmi_base: string; maf_base: string }>;
  visit?: Partial<{ med_type: MedType; special_disease: SpecialDisease | null; exclusion_cause: ExclusionCause | null; accident: Accident | null; referral: Referral; admission_date: string | null; admission_settled_before: { act_pay_dedc: string; admissions: number } | null }>;
  lines: readonly LineSpec[];
}

export function trialJson(spec: RequestSpec): Record<string, unknown> {
  return {
    policy: spec.policy,
    settle_date: spec.settle_date ?? '2026-03-10',
    facility: { level: spec.level ?? 3, remote: spec.remote ?? false },
    person: {
      insutype: spec.policy.includes('employee') ? 'employee' : 'resident',
      birth_date: '1986-05-01',
      category: 'adult',
      contribution_years: 1,
      blood_disease: false,
      account_balance: '0.00',
      ...spec.person,
    },
    accumulators: {
      earlier_admissions: 0,
      hifp_paid: '0.00',
      hifmi_paid: '0.00',
      inscp_toward_ceiling: '0.00',
      accident_paid: '0.00',
      special_outpatient_paid: {},
      ...spec.acc,
    },
    visit: { med_type: 'inpatient', special_disease: null, exclusion_cause: null, accident: null, referral: 'none', ...spec.visit },
    lines: spec.lines.map(([code, cnt, pric, amount, appr], i) => ({
      feedetl_sn: String(i + 1),
      med_list_codg: code,
      cnt,
      pric,
      det_item_fee_sumamt: amount,
      hosp_appr_flag: appr ?? '0',
    })),
  };
}
