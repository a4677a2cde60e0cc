/* eslint-disable @typescript-eslint/no-explicit-any -- these tests mutate raw JSON documents to make them invalid */
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../errors/gateway-error.ts';
import { parseTrialRequest, trial } from './index.ts';
import { trialJson } from './testing.ts';

const valid = (): Record<string, any> => trialJson({ policy: 'cn-xingan-resident-2008', lines: [['DRG-A-0001', '100', '0.80', '80.00']] });

function rejection(json: unknown): GatewayError {
  try {
    parseTrialRequest(json);
  } catch (err) {
    if (err instanceof GatewayError) return err;
    throw err;
  }
  throw new Error('accepted');
}

describe('parseTrialRequest', () => {
  it('accepts the issue-5 example exactly as written', () => {
    const req = parseTrialRequest({
      policy: 'cn-xingan-resident-2008', settle_date: '2026-03-10',
      facility: { level: 3, remote: false },
      person: { insutype: 'resident', birth_date: '1986-05-01', category: 'adult', contribution_years: 1, blood_disease: false, account_balance: '0.00' },
      accumulators: { earlier_admissions: 0, hifp_paid: '0.00', hifmi_paid: '0.00', inscp_toward_ceiling: '0.00', accident_paid: '0.00', special_outpatient_paid: { diabetes_insulin: '0.00' } },
      visit: { med_type: 'inpatient', special_disease: null, exclusion_cause: null, accident: null, referral: 'none' },
      lines: [{ feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '100', pric: '0.80', det_item_fee_sumamt: '80.00', hosp_appr_flag: '0' }],
    });
    expect(req.accumulators.outpatient_paid).toBe('0.00');
    expect(req.visit.admission_date).toBeNull();
  });

  it.each([
    ['an unknown top-level field', (j: any) => { j.extra = 1; }, 'extra', 'unknown field'],
    ['an unknown line field', (j: any) => { j.lines[0].memo = 'x'; }, 'lines[0].memo', 'unknown field'],
    ['a missing line field', (j: any) => { delete j.lines[0].cnt; }, 'lines[0].cnt', 'is required'],
    ['a number for money', (j: any) => { j.lines[0].det_item_fee_sumamt = 80; }, 'lines[0].det_item_fee_sumamt', 'must be string'],
    ['three decimals of money', (j: any) => { j.person.account_balance = '1.005'; }, 'person.account_balance', 'at most 2 places'],
    ['a negative quantity', (j: any) => { j.lines[0].cnt = '-1'; }, 'lines[0].cnt', 'at most 4 places'],
    ['an unknown med_type', (j: any) => { j.visit.med_type = 'dental'; }, 'visit.med_type', 'is not one of the allowed values'],
    ['an unknown category', (j: any) => { j.person.category = 'retired'; }, 'person.category', 'is not one of the allowed values'],
    ['an unknown referral', (j: any) => { j.visit.referral = 'maybe'; }, 'visit.referral', 'is not one of the allowed values'],
    ['an unknown exclusion cause', (j: any) => { j.visit.exclusion_cause = 'boredom'; }, 'visit.exclusion_cause', 'is not one of the allowed values'],
    ['an unknown disease in the accumulators', (j: any) => { j.accumulators.special_outpatient_paid.flu = '1.00'; }, 'accumulators.special_outpatient_paid.flu', 'unknown field'],
    ['level 4', (j: any) => { j.facility.level = 4; }, 'facility.level', 'is not one of the allowed values'],
    ['no lines', (j: any) => { j.lines = []; }, 'lines', 'must NOT have fewer than 1 items'],
    ['an impossible day', (j: any) => { j.settle_date = '2026-02-30'; }, 'settle_date', 'is not a real calendar day'],
    ['birth after settlement', (j: any) => { j.person.birth_date = '2026-04-01'; }, 'person.birth_date', 'is after settle_date'],
    ['special outpatient without disease', (j: any) => { j.visit.med_type = 'special_outpatient'; }, 'visit.special_disease', 'is required for a special outpatient visit'],
    ['a disease on an ordinary stay', (j: any) => { j.visit.special_disease = 'tuberculosis'; }, 'visit.special_disease', 'must be null unless med_type is special_outpatient'],
    ['neither policy nor region', (j: any) => { delete j.policy; }, 'policy', 'is required when insuplc_admdvs is not given'],
    ['a boolean approval flag', (j: any) => { j.lines[0].hosp_appr_flag = true; }, 'lines[0].hosp_appr_flag', 'must be string'],
  ])('rejects %s with the path of the problem', (_name, mutate, path, problem) => {
    const json = valid();
    mutate(json);
    const err = rejection(json);
    expect(err.code).toBe('GW_VALIDATION');
    expect(err.status).toBe(400);
    expect(err.details?.path).toBe(path);
    expect(String(err.details?.problem)).toContain(problem);
  });

  it('rejects a line whose amount is not cnt × pric rounded half-up', () => {
    const json = valid();
    json.lines[0].det_item_fee_sumamt = '80.01';
    const err = rejection(json);
    expect(err.code).toBe('GW_LINE_AMOUNT_MISMATCH');
    expect(err.details).toMatchObject({ path: 'lines[0].det_item_fee_sumamt', expected: '80.00', got: '80.01' });
  });

  it('rounds cnt × pric half-up to the fen: 3.3333 × 0.75 = 2.499975 → 2.50; 0.005 × 1 → 0.01', () => {
    const json = trialJson({ policy: 'cn-xingan-resident-2008', lines: [['DRG-A-0001', '3.3333', '0.75', '2.50'], ['DRG-A-0003', '1', '0.005', '0.01'], ['DRG-A-0005', '0.5', '0.01', '0.01']] });
    expect(parseTrialRequest(json).lines).toHaveLength(3);
  });

  it('rejects duplicate line serial numbers', () => {
    const json = trialJson({ policy: 'cn-xingan-resident-2008', lines: [['DRG-A-0001', '1', '0.80', '0.80'], ['DRG-A-0001', '1', '0.80', '0.80']] });
    json.lines = (json.lines as any[]).map((l) => ({ ...l, feedetl_sn: '7' }));
    const err = rejection(json);
    expect(err.code).toBe('GW_LINE_DUPLICATE_SN');
    expect(err.details?.path).toBe('lines[1].feedetl_sn');
  });
});

describe('policy selection in the request', () => {
  it('refuses an unknown policy id', () => {
    const json = valid();
    json.policy = 'cn-nowhere-resident-1999';
    expect(() => trial(json)).toThrow(expect.objectContaining({ code: 'GW_POLICY_UNKNOWN' }));
  });

  it('refuses a resident policy for an employee', () => {
    const json = valid();
    json.person.insutype = 'employee';
    expect(() => trial(json)).toThrow(expect.objectContaining({ code: 'GW_POLICY_NOT_APPLICABLE', details: expect.objectContaining({ path: 'person.insutype' }) }));
  });

  it('refuses a policy before it took effect', () => {
    const json = trialJson({ policy: 'cn-henan-resident-2017', settle_date: '2016-12-31', lines: [['DRG-A-0001', '1', '0.80', '0.80']] });
    expect(() => trial(json)).toThrow(expect.objectContaining({ code: 'GW_POLICY_NOT_APPLICABLE', details: expect.objectContaining({ path: 'settle_date' }) }));
  });

  it('chooses the policy by insured region when no id is given', () => {
    const json = valid();
    delete json.policy;
    json.insuplc_admdvs = '410105';
    expect(trial(json).policy).toBe('cn-henan-resident-2017');
    json.insuplc_admdvs = '152201';
    expect(trial(json).policy).toBe('cn-xingan-resident-2008');
  });

  it('refuses a policy id that does not cover the given region', () => {
    const json = valid();
    json.insuplc_admdvs = '410105';
    expect(() => trial(json)).toThrow(expect.objectContaining({ code: 'GW_POLICY_NOT_APPLICABLE', details: expect.objectContaining({ path: 'insuplc_admdvs' }) }));
  });
});
