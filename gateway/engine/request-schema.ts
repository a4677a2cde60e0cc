/**
 * The trial contract as JSON Schema — declared once: `parseTrialRequest` validates
 * with it and `POST /v1/trial` publishes it in the OpenAPI document. Unknown fields and values
 * are rejected (`additionalProperties: false`, enums).
 *
 * Number formats follow the national interface: money (16,2) → at most 2 decimals, `cnt`
 * (16,4), `pric` (16,6). Amounts are strings; a JSON number is refused so that no binary
 * float ever carries money. Negative quantities (refund lines) are not part of a trial.
 */
import { ACCIDENTS, CATEGORIES, EXCLUSION_CAUSES, INSUTYPES, MED_TYPES, REFERRALS, SPECIAL_DISEASES } from './types.ts';

const money = { type: 'string', pattern: '^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,2})?$', description: 'yuan as a decimal string with at most 2 places, e.g. "12.34"' } as const;
const date = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', description: 'a date yyyy-MM-dd' } as const;

export const TRIAL_REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['settle_date', 'facility', 'person', 'accumulators', 'visit', 'lines'],
  properties: {
    policy: { type: ['string', 'null'], pattern: '^[a-z0-9-]{1,64}$', description: 'a policy id, e.g. cn-xingan-resident-2008; when absent chosen by insuplc_admdvs, insutype and date' },
    insuplc_admdvs: { type: ['string', 'null'], pattern: '^[0-9]{6}$', description: 'a 6-digit insured region code (national interface insuplc_admdvs)' },
    settle_date: date,
    facility: {
      type: 'object',
      additionalProperties: false,
      required: ['level', 'remote'],
      properties: {
        level: { type: 'integer', enum: [1, 2, 3], description: 'hospital level; 1 includes township and community centres' },
        remote: { type: 'boolean', description: 'treated outside the insured region' },
      },
    },
    person: {
      type: 'object',
      additionalProperties: false,
      required: ['insutype', 'birth_date', 'category', 'contribution_years', 'blood_disease', 'account_balance'],
      properties: {
        insutype: { type: 'string', enum: [...INSUTYPES] },
        birth_date: date,
        category: { type: 'string', enum: [...CATEGORIES] },
        contribution_years: { type: 'integer', minimum: 0, maximum: 100, description: 'continuous contribution years' },
        blood_disease: { type: 'boolean' },
        account_balance: money,
      },
    },
    accumulators: {
      type: 'object',
      additionalProperties: false,
      required: ['earlier_admissions', 'hifp_paid', 'hifmi_paid', 'inscp_toward_ceiling', 'accident_paid', 'special_outpatient_paid'],
      properties: {
        earlier_admissions: { type: 'integer', minimum: 0, maximum: 1000 },
        hifp_paid: money,
        hifmi_paid: money,
        inscp_toward_ceiling: money,
        accident_paid: money,
        special_outpatient_paid: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(SPECIAL_DISEASES.map((d) => [d, money])),
        },
        outpatient_paid: money,
        maf_paid: money,
        hifmi_base: money,
        maf_base: money,
      },
    },
    visit: {
      type: 'object',
      additionalProperties: false,
      required: ['med_type', 'special_disease', 'exclusion_cause', 'accident', 'referral'],
      properties: {
        med_type: { type: 'string', enum: [...MED_TYPES] },
        special_disease: { enum: [...SPECIAL_DISEASES, null] },
        exclusion_cause: { enum: [...EXCLUSION_CAUSES, null] },
        accident: { enum: [...ACCIDENTS, null] },
        referral: { type: 'string', enum: [...REFERRALS] },
        admission_date: { anyOf: [date, { type: 'null' }] },
        admission_settled_before: {
          description: 'what earlier live (interim) settlements of this same stay took: the deductible paid and the admissions they counted',
          anyOf: [{
            type: 'object',
            additionalProperties: false,
            required: ['act_pay_dedc', 'admissions'],
            properties: { act_pay_dedc: money, admissions: { type: 'integer', minimum: 0, maximum: 1000 } },
          }, { type: 'null' }],
        },
      },
    },
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: 20000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['feedetl_sn', 'med_list_codg', 'cnt', 'pric', 'det_item_fee_sumamt', 'hosp_appr_flag'],
        properties: {
          feedetl_sn: { type: 'string', minLength: 1, maxLength: 30 },
          med_list_codg: { type: 'string', minLength: 1, maxLength: 50 },
          cnt: { type: 'string', pattern: '^(0|[1-9][0-9]{0,10})(\\.[0-9]{1,4})?$', description: 'a quantity as a decimal string with at most 4 places, e.g. "2" or "0.5"' },
          pric: { type: 'string', pattern: '^(0|[1-9][0-9]{0,8})(\\.[0-9]{1,6})?$', description: 'a unit price in yuan as a decimal string with at most 6 places, e.g. "0.80"' },
          det_item_fee_sumamt: money,
          hosp_appr_flag: { type: 'string', enum: ['0', '1'] },
        },
      },
    },
  },
} as const;
