/**
 * The engine's vocabulary: the trial request (the contract), the result (national
 * interface names, national-interface.md), and the enumerations both share.
 * The request's JSON Schema is in `request-schema.ts`; keep the two in step.
 */

export const MED_TYPES = ['inpatient', 'emergency_outpatient', 'special_outpatient', 'outpatient', 'pharmacy', 'maternity_natural', 'maternity_caesarean'] as const;
export type MedType = (typeof MED_TYPES)[number];

export const CATEGORIES = ['adult', 'minor', 'student', 'elderly_low_income', 'disabled', 'low_income'] as const;
export type Category = (typeof CATEGORIES)[number];

export const REFERRALS = ['none', 'registered', 'unregistered', 'upward', 'downward'] as const;
export type Referral = (typeof REFERRALS)[number];

/** benefit-rules.md, Xing'an: the six special outpatient diseases (002 待遇支付 art. 7). */
export const SPECIAL_DISEASES = ['cancer_chemo_radio', 'transplant_antirejection', 'uremia_dialysis', 'tuberculosis', 'mental_illness', 'diabetes_insulin'] as const;
export type SpecialDisease = (typeof SPECIAL_DISEASES)[number];

/** benefit-rules.md "If the visit has an exclusion cause …" (002 待遇支付 art. 10). */
export const EXCLUSION_CAUSES = ['fight', 'crime', 'drunkenness', 'self_harm', 'suicide', 'traffic_accident', 'medical_accident'] as const;
export type ExclusionCause = (typeof EXCLUSION_CAUSES)[number];

export const ACCIDENTS = ['student_no_fault'] as const;
export type Accident = (typeof ACCIDENTS)[number];

export const INSUTYPES = ['resident', 'employee'] as const;
export type Insutype = (typeof INSUTYPES)[number];

export type Level = 1 | 2 | 3;

export interface TrialLine {
  readonly feedetl_sn: string;
  readonly med_list_codg: string;
  /** Quantity, up to 4 decimals (national interface (16,4)). */
  readonly cnt: string;
  /** Unit price, up to 6 decimals ((16,6)). */
  readonly pric: string;
  /** Line amount, must equal cnt × pric rounded half-up to the fen. */
  readonly det_item_fee_sumamt: string;
  /** "1" when prior approval was granted, else "0". */
  readonly hosp_appr_flag: '0' | '1';
}

export interface TrialAccumulators {
  readonly earlier_admissions: number;
  readonly hifp_paid: string;
  readonly hifmi_paid: string;
  readonly inscp_toward_ceiling: string;
  readonly accident_paid: string;
  readonly special_outpatient_paid: Readonly<Partial<Record<SpecialDisease, string>>>;
  /** Extensions (optional on the wire, "0.00" when absent): outpatient pooling paid (Henan art. 50). */
  readonly outpatient_paid: string;
  /** Medical assistance paid this year. */
  readonly maf_paid: string;
  /** Eligible self-pay counted toward the critical-illness threshold this year (Henan art. 56). */
  readonly hifmi_base: string;
  /** Base counted toward a medical-assistance threshold this year. */
  readonly maf_base: string;
}

export interface AdmissionSettledBefore {
  /** Σ act_pay_dedc of the stay's earlier live settlements. */
  readonly act_pay_dedc: string;
  /** Σ accumulators_delta.earlier_admissions of those settlements. */
  readonly admissions: number;
}

export interface TrialRequest {
  /** Policy id; when absent the policy is chosen by `insuplc_admdvs`, insutype and date. */
  readonly policy: string | null;
  /** Insured region code (6 digits), national interface `insuplc_admdvs`. */
  readonly insuplc_admdvs: string | null;
  readonly settle_date: string;
  readonly facility: { readonly level: Level; readonly remote: boolean };
  readonly person: {
    readonly insutype: Insutype;
    readonly birth_date: string;
    readonly category: Category;
    readonly contribution_years: number;
    readonly blood_disease: boolean;
    readonly account_balance: string;
  };
  readonly accumulators: TrialAccumulators;
  readonly visit: {
    readonly med_type: MedType;
    readonly special_disease: SpecialDisease | null;
    readonly exclusion_cause: ExclusionCause | null;
    readonly accident: Accident | null;
    readonly referral: Referral;
    /** Extension: admission date, for stays longer than the policy's long-stay period and the benefit year. */
    readonly admission_date: string | null;
    /**
     * Extension: earlier live settlements of this same stay (interim settlements, 中途结算):
     * the deductible they took and the admissions they counted in the accumulators. Null for
     * the stay's first settlement. The engine then takes only what is left of the stay's
     * deductible and does not count the stay as an earlier admission of itself.
     */
    readonly admission_settled_before: AdmissionSettledBefore | null;
  };
  readonly lines: readonly TrialLine[];
}

export interface SetlInfo {
  medfee_sumamt: string;
  fulamt_ownpay_amt: string;
  overlmt_selfpay: string;
  preselfpay_amt: string;
  inscp_scp_amt: string;
  act_pay_dedc: string;
  hifp_pay: string;
  /** The pooled fund's ratio for this settlement, national interface (5,4): "0.5500". */
  pool_prop_selfpay: string;
  hifmi_pay: string;
  maf_pay: string;
  fund_pay_sumamt: string;
  psn_part_amt: string;
  acct_pay: string;
  psn_cash_pay: string;
  /**
   * 余额: the personal account's balance after this settlement (the balance priced with, less
   * acct_pay), as the national setlinfo carries it and the receipt prints it. Absent in results
   * stored before it was added.
   */
  balc?: string;
}

export interface SetlDetail {
  fund_pay_type: string;
  fund_pay_type_name: string;
  inscp_scp_amt: string;
  /** The limit that applied to this fund in this settlement (what was left of its caps). */
  crt_payb_lmt_amt: string;
  fund_payamt: string;
  setl_proc_info: string;
}

/** national-interface.md: chrgitm_lv 01 class A 甲, 02 class B 乙, 03 class C 丙 / self-pay. */
export type ChrgitmLv = '01' | '02' | '03';

export interface LineSplit {
  feedetl_sn: string;
  med_list_codg: string;
  med_list_name: string | null;
  chrgitm_lv: ChrgitmLv;
  det_item_fee_sumamt: string;
  fulamt_ownpay_amt: string;
  overlmt_amt: string;
  preselfpay_amt: string;
  inscp_scp_amt: string;
  /** Catalogue price ceiling, or null when the entry has none (or the code is unknown). */
  pric_uplmt_amt: string | null;
  /** Self-pay proportion (5,4): "1.0000" entirely self-paid, "0.2000" class-B first self-pay. */
  selfpay_prop: string;
  /** Why the line is (partly) self-paid; empty when fully in scope. */
  memo: string;
  /**
   * The catalogue's marks of the item, "1" or "0" (absent in results stored before they were
   * kept): 基本药物, 谈判药品, 直报, 儿童用药, 目录特项 (a special examination or treatment item).
   */
  bas_medn_flag?: '0' | '1';
  hi_nego_drug_flag?: '0' | '1';
  drt_reim_flag?: '0' | '1';
  chld_medc_flag?: '0' | '1';
  list_sp_item_flag?: '0' | '1';
}

export interface TraceStep {
  rule: string;
  article: string;
  amounts: Record<string, string>;
  text_zh: string;
  text_en: string;
}

export interface Warning {
  code: string;
  text_zh: string;
  text_en: string;
}

/** What this settlement adds to the year-to-date accumulators (keys as in the request). */
export interface AccumulatorsDelta {
  earlier_admissions: number;
  hifp_paid: string;
  hifmi_paid: string;
  inscp_toward_ceiling: string;
  accident_paid: string;
  special_outpatient_paid: Partial<Record<SpecialDisease, string>>;
  outpatient_paid: string;
  maf_paid: string;
  hifmi_base: string;
  maf_base: string;
}

export interface SettlementResult {
  policy: string;
  catalogue_version: string;
  insutype: Insutype;
  med_type: MedType;
  /** The year whose accumulators this settlement counts toward (the policy's cross-year rule). */
  benefit_year: number;
  setlinfo: SetlInfo;
  setldetail: SetlDetail[];
  lines: LineSplit[];
  trace: TraceStep[];
  warnings: Warning[];
  accumulators_delta: AccumulatorsDelta;
}
