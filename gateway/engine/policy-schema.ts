/**
 * JSON Schema of a policy file (`gateway/policies/*.json`); the TypeScript shape is
 * `policy-types.ts`. A file that does not match fails at load with the path of the bad field.
 * Every object holding a figure requires `article`; `assumed` marks the product's own choices.
 */
import { CATEGORIES, EXCLUSION_CAUSES, MED_TYPES, REFERRALS, SPECIAL_DISEASES } from './types.ts';

const money = { type: 'string', pattern: '^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,2})?$' };
const date = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
const article = { type: 'string', minLength: 3 };
const assumed = { type: 'string', minLength: 3 };
const percent = { type: 'number', minimum: 0, maximum: 100 };
const points = { type: 'number', minimum: -100, maximum: 100 };
const level = { type: 'integer', enum: [1, 2, 3] };
const medTypes = { type: 'array', uniqueItems: true, items: { enum: [...MED_TYPES] } };
const categories = { type: 'array', uniqueItems: true, items: { enum: [...CATEGORIES] } };
const referrals = { type: 'array', uniqueItems: true, minItems: 1, items: { enum: [...REFERRALS] } };
const diseases = { type: 'array', uniqueItems: true, items: { enum: [...SPECIAL_DISEASES] } };

function cited(required: string[], properties: Record<string, unknown>): Record<string, unknown> {
  return { type: 'object', additionalProperties: false, required: ['article', ...required], properties: { article, assumed, ...properties } };
}

const levelMoney = { type: 'object', additionalProperties: false, required: ['level_1', 'level_2', 'level_3'], properties: { level_1: money, level_2: money, level_3: money } };
const amount = cited(['amount'], { amount: money });
const percentRule = cited(['percent'], { percent });
const flag = cited(['excluded'], { excluded: { type: 'boolean' } });
const fundInfo = {
  type: 'object', additionalProperties: false, required: ['fund_pay_type', 'name_zh', 'name_en'],
  properties: { fund_pay_type: { type: 'string', pattern: '^[0-9]{6}$' }, name_zh: { type: 'string' }, name_en: { type: 'string' } },
};

const adjustment = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: ['contribution_step', 'contribution_per_year', 'category', 'remote', 'referral'] } },
  allOf: [
    { if: { properties: { kind: { const: 'contribution_step' } } }, then: cited(['kind', 'min_years', 'points'], { kind: {}, min_years: { type: 'integer', minimum: 0 }, points }) },
    { if: { properties: { kind: { const: 'contribution_per_year' } } }, then: cited(['kind', 'after_years', 'points_per_year', 'max_points'], { kind: {}, after_years: { type: 'integer', minimum: 0 }, points_per_year: points, max_points: points }) },
    { if: { properties: { kind: { const: 'category' } } }, then: cited(['kind', 'categories', 'points'], { kind: {}, categories, points }) },
    { if: { properties: { kind: { const: 'remote' } } }, then: cited(['kind', 'points'], { kind: {}, points }) },
    { if: { properties: { kind: { const: 'referral' } } }, then: cited(['kind', 'referral', 'remote_only', 'min_level', 'points'], { kind: {}, referral: referrals, remote_only: { type: 'boolean' }, min_level: level, points }) },
  ],
};

const repeat = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: ['step', 'halve'] } },
  allOf: [
    { if: { properties: { kind: { const: 'step' } } }, then: cited(['kind', 'step', 'floor'], { kind: {}, step: money, floor: money }) },
    { if: { properties: { kind: { const: 'halve' } } }, then: cited(['kind', 'min_level'], { kind: {}, min_level: level }) },
  ],
};

const deductible = cited(['local'], {
  local: levelMoney,
  remote: levelMoney,
  repeat,
  child_halve: cited(['max_age'], { max_age: { type: 'integer', minimum: 0, maximum: 120 } }),
  referral: cited(['upward', 'downward'], { upward: { const: 'difference_to_lower_level' }, downward: { const: 'waived' } }),
});

const visitRule = {
  type: 'object',
  required: ['covered'],
  properties: { covered: { type: 'boolean' } },
  if: { properties: { covered: { const: true } } },
  then: cited(['covered', 'pool', 'admission', 'ceiling', 'deductible', 'ratio', 'adjustments'], {
    covered: {},
    pool: { enum: ['hifp', 'accident', 'outpatient', null] },
    admission: { type: 'boolean' },
    ceiling: { type: 'boolean' },
    deductible: { anyOf: [deductible, { type: 'null' }] },
    ratio: cited(['level_1', 'level_2', 'level_3'], { level_1: percent, level_2: percent, level_3: percent }),
    adjustments: { type: 'array', items: adjustment },
    flat_amount: amount,
    per_visit_cap: amount,
  }),
  else: cited(['covered'], { covered: {} }),
};

/** One definition, referenced from every visit type (ordinary and accident): compiled once, not fourteen times. */
const VISIT_RULE_REF = { $ref: '#/$defs/visit_rule' };

const visits = {
  type: 'object',
  additionalProperties: false,
  required: [...MED_TYPES],
  properties: Object.fromEntries(MED_TYPES.map((m) => [m, VISIT_RULE_REF])),
};

const capRule = cited(['amount'], {
  amount: money,
  minor_blood_disease: cited(['amount', 'age_below'], { amount: money, age_below: { type: 'integer', minimum: 0, maximum: 120 } }),
  contribution_bonus: cited(['min_years', 'amount'], { min_years: { type: 'integer', minimum: 0 }, amount: money }),
});

const tier = cited(['fund', 'base', 'threshold', 'percent', 'cap', 'categories', 'med_types'], {
  fund: { enum: ['hifmi', 'maf'] },
  base: { enum: ['above_ceiling', 'person_inscope'] },
  threshold: money,
  percent,
  cap: money,
  categories: { anyOf: [categories, { type: 'null' }] },
  med_types: medTypes,
});

export const POLICY_SCHEMA = {
  $defs: { visit_rule: visitRule },
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'id', 'title_zh', 'title_en', 'source', 'insutype', 'region', 'effective', 'benefit_year', 'funds', 'exclusions', 'no_fund', 'catalogue', 'caps', 'ceiling', 'special_outpatient', 'accident', 'long_stay', 'onsite_audit', 'account', 'tiers', 'visits'],
  properties: {
    $comment: { type: 'string' },
    schema: { const: 'yibao-policy/1' },
    id: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' },
    title_zh: { type: 'string', minLength: 1 },
    title_en: { type: 'string', minLength: 1 },
    source: { type: 'string', minLength: 1 },
    insutype: { enum: ['resident', 'employee'] },
    region: cited(['name_zh', 'name_en', 'admdvs_prefixes'], {
      name_zh: { type: 'string' }, name_en: { type: 'string' },
      admdvs_prefixes: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: '^[0-9]{0,6}$' } },
    }),
    effective: cited(['from', 'to'], { from: date, to: { anyOf: [date, { type: 'null' }] } }),
    benefit_year: cited(['basis'], { basis: { enum: ['discharge', 'admission'] } }),
    funds: {
      type: 'object', additionalProperties: false, required: ['hifp'],
      properties: { hifp: fundInfo, hifmi: fundInfo, maf: fundInfo },
    },
    exclusions: cited(['causes'], { causes: { type: 'array', uniqueItems: true, items: { enum: [...EXCLUSION_CAUSES] } } }),
    no_fund: { type: 'array', items: cited(['referral', 'remote_only'], { referral: referrals, remote_only: { type: 'boolean' } }) },
    catalogue: {
      type: 'object', additionalProperties: false,
      required: ['class_b_drug_selfpay', 'special_exam_selfpay', 'imported_class_b_drug_excluded', 'imported_material_excluded', 'approval'],
      properties: {
        class_b_drug_selfpay: percentRule,
        special_exam_selfpay: percentRule,
        imported_class_b_drug_excluded: flag,
        imported_material_excluded: flag,
        approval: {
          anyOf: [
            cited(['med_types', 'special_exam_min_price', 'special_exam_min_included', 'material_min_price', 'material_min_included', 'blood_protein'], {
              med_types: medTypes, special_exam_min_price: money, special_exam_min_included: { type: 'boolean' },
              material_min_price: money, material_min_included: { type: 'boolean' }, blood_protein: { type: 'boolean' },
            }),
            { type: 'null' },
          ],
        },
      },
    },
    caps: { type: 'object', additionalProperties: false, required: ['hifp'], properties: { hifp: capRule, accident: capRule, outpatient: capRule } },
    ceiling: { anyOf: [amount, { type: 'null' }] },
    special_outpatient: cited(['diseases', 'cap_groups'], {
      diseases,
      cap_groups: { type: 'array', items: cited(['amount', 'diseases'], { amount: money, diseases: { ...diseases, minItems: 1 } }) },
    }),
    accident: {
      anyOf: [
        cited(['categories', 'visits'], {
          categories,
          // the oldest a person of those categories may be and still have the benefit (age on the settlement date)
          max_age: cited(['years'], { years: { type: 'integer', minimum: 0, maximum: 120 } }),
          visits: { type: 'object', additionalProperties: false, properties: Object.fromEntries(MED_TYPES.map((m) => [m, VISIT_RULE_REF])) },
        }),
        { type: 'null' },
      ],
    },
    long_stay: { anyOf: [cited(['months'], { months: { type: 'integer', minimum: 1, maximum: 60 } }), { type: 'null' }] },
    onsite_audit: { anyOf: [cited(['min_total', 'med_types'], { min_total: money, med_types: medTypes }), { type: 'null' }] },
    account: { anyOf: [cited(['med_types'], { med_types: medTypes }), { type: 'null' }] },
    tiers: { type: 'array', items: tier },
    visits,
  },
} as const;
