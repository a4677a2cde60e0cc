/**
 * A region's benefit policy as data (DESIGN.md "Policy as data"). The JSON Schema is in
 * `policy-schema.ts`, the prose in `README.md`. Every object that carries a number also
 * carries `article` (where the number comes from) and, when the figure is the product's own
 * choice rather than the regulation's, `assumed` (why).
 */
import type { Category, ExclusionCause, Insutype, Level, MedType, Referral, SpecialDisease } from './types.ts';

export interface Cited {
  readonly article: string;
  /** Present when the figure is an assumption: why it was chosen. */
  readonly assumed?: string;
}

/** Money per hospital level ("400.00"); level 1 includes township and community centres. */
export interface LevelMoney {
  readonly level_1: string;
  readonly level_2: string;
  readonly level_3: string;
}

/** Percentage points per hospital level (55 = 55 %). */
export interface LevelPercent {
  readonly level_1: number;
  readonly level_2: number;
  readonly level_3: number;
}

export interface Amount extends Cited {
  readonly amount: string;
}

export interface Percent extends Cited {
  readonly percent: number;
}

export type RepeatRule =
  /** max(floor, base − step × earlier admissions) — Xing'an 待遇支付 art. 3. */
  | (Cited & { readonly kind: 'step'; readonly step: string; readonly floor: string })
  /** Halved for the 2nd+ stay at a hospital of at least this level — Henan art. 53. */
  | (Cited & { readonly kind: 'halve'; readonly min_level: Level });

export interface DeductibleRule extends Cited {
  readonly local: LevelMoney;
  /** Used when facility.remote; else `local`. */
  readonly remote?: LevelMoney;
  readonly repeat?: RepeatRule;
  /** Halved for a person aged at most this many whole years on the settlement day. */
  readonly child_halve?: Cited & { readonly max_age: number };
  /** Upward referral pays only the difference to the next lower level; downward pays none (Henan art. 59). */
  readonly referral?: Cited & { readonly upward: 'difference_to_lower_level'; readonly downward: 'waived' };
}

export type Adjustment =
  | (Cited & { readonly kind: 'contribution_step'; readonly min_years: number; readonly points: number })
  | (Cited & { readonly kind: 'contribution_per_year'; readonly after_years: number; readonly points_per_year: number; readonly max_points: number })
  | (Cited & { readonly kind: 'category'; readonly categories: readonly Category[]; readonly points: number })
  | (Cited & { readonly kind: 'remote'; readonly points: number })
  | (Cited & { readonly kind: 'referral'; readonly referral: readonly Referral[]; readonly remote_only: boolean; readonly min_level: Level; readonly points: number });

export type Pool = 'hifp' | 'accident' | 'outpatient';

export interface CoveredVisit extends Cited {
  readonly covered: true;
  /** Which annual cap the basic fund's payment counts toward; null: none (only group / per-visit caps). */
  readonly pool: Pool | null;
  /** Counts as an admission (deductible ordinal, accumulators_delta.earlier_admissions). */
  readonly admission: boolean;
  /** The policy's eligible-cost ceiling applies (Gansu). */
  readonly ceiling: boolean;
  readonly deductible: DeductibleRule | null;
  readonly ratio: Cited & LevelPercent;
  readonly adjustments: readonly Adjustment[];
  /** Maternity: the fund pays this flat amount, or the in-scope cost when lower (Henan art. 54). */
  readonly flat_amount?: Amount;
  readonly per_visit_cap?: Amount;
}

export interface UncoveredVisit extends Cited {
  readonly covered: false;
}

export type VisitRule = CoveredVisit | UncoveredVisit;

export interface CapRule extends Cited {
  readonly amount: string;
  readonly minor_blood_disease?: Cited & { readonly amount: string; readonly age_below: number };
  readonly contribution_bonus?: Cited & { readonly min_years: number; readonly amount: string };
}

export type TierFund = 'hifmi' | 'maf';

export interface Tier extends Cited {
  readonly fund: TierFund;
  /** above_ceiling: in-scope above the eligible-cost ceiling (Gansu); person_inscope: in-scope left to the person by the funds before. */
  readonly base: 'above_ceiling' | 'person_inscope';
  /** Yearly threshold on the base, counted in accumulators `<fund>_base`. */
  readonly threshold: string;
  readonly percent: number;
  /** Yearly cap, counted in accumulators `<fund>_paid`. */
  readonly cap: string;
  readonly categories: readonly Category[] | null;
  readonly med_types: readonly MedType[];
}

export interface FundInfo {
  readonly fund_pay_type: string;
  readonly name_zh: string;
  readonly name_en: string;
}

export interface Policy {
  readonly schema: 'yibao-policy/1';
  readonly id: string;
  readonly title_zh: string;
  readonly title_en: string;
  readonly source: string;
  readonly insutype: Insutype;
  readonly region: Cited & { readonly name_zh: string; readonly name_en: string; readonly admdvs_prefixes: readonly string[] };
  readonly effective: Cited & { readonly from: string; readonly to: string | null };
  readonly benefit_year: Cited & { readonly basis: 'discharge' | 'admission' };
  readonly funds: { readonly hifp: FundInfo; readonly hifmi?: FundInfo; readonly maf?: FundInfo };
  readonly exclusions: Cited & { readonly causes: readonly ExclusionCause[] };
  readonly no_fund: readonly (Cited & { readonly referral: readonly Referral[]; readonly remote_only: boolean })[];
  readonly catalogue: {
    readonly class_b_drug_selfpay: Percent;
    readonly special_exam_selfpay: Percent;
    readonly imported_class_b_drug_excluded: Cited & { readonly excluded: boolean };
    readonly imported_material_excluded: Cited & { readonly excluded: boolean };
    /**
     * Prior approval of costly items. Each threshold says whether a price equal to it needs
     * approval: "1000元以上" includes 1,000 (`…_included: true`), "超过1000元" does not.
     */
    readonly approval: null | (Cited & {
      readonly med_types: readonly MedType[];
      readonly special_exam_min_price: string;
      readonly special_exam_min_included: boolean;
      readonly material_min_price: string;
      readonly material_min_included: boolean;
      readonly blood_protein: boolean;
    });
  };
  readonly caps: { readonly hifp: CapRule; readonly accident?: CapRule; readonly outpatient?: CapRule };
  readonly ceiling: null | Amount;
  readonly special_outpatient: Cited & {
    readonly diseases: readonly SpecialDisease[];
    readonly cap_groups: readonly (Amount & { readonly diseases: readonly SpecialDisease[] })[];
  };
  readonly accident: null | (Cited & {
    readonly categories: readonly Category[];
    /** The oldest a person of those categories may be (age on the settlement date) and still have the benefit. */
    readonly max_age?: Cited & { readonly years: number };
    readonly visits: Partial<Record<MedType, VisitRule>>;
  });
  readonly long_stay: null | (Cited & { readonly months: number });
  readonly onsite_audit: null | (Cited & { readonly min_total: string; readonly med_types: readonly MedType[] });
  readonly account: null | (Cited & { readonly med_types: readonly MedType[] });
  readonly tiers: readonly Tier[];
  readonly visits: Readonly<Record<MedType, VisitRule>>;
}
