import { describe, expect, it } from 'vitest';
import { EMPTY_ACCUMULATORS, negateAccumulators, sumAccumulators } from './accumulators.ts';

describe('accumulators', () => {
  it('adds a delta key by key in fen, nested per disease', () => {
    const a = sumAccumulators(EMPTY_ACCUMULATORS, { earlier_admissions: 1, hifp_paid: '100.10', special_outpatient_paid: { diabetes_insulin: '0.20' } });
    const b = sumAccumulators(a, { hifp_paid: '0.20', special_outpatient_paid: { diabetes_insulin: '0.10' } });
    expect(b).toMatchObject({ earlier_admissions: 1, hifp_paid: '100.30', hifmi_paid: '0.00', special_outpatient_paid: { diabetes_insulin: '0.30' } });
  });

  it('a negated delta takes the sum back to where it was', () => {
    const delta = { earlier_admissions: 1, hifp_paid: '55.55', maf_paid: '0.05', special_outpatient_paid: { tuberculosis: '12.00' } };
    const back = sumAccumulators(sumAccumulators(EMPTY_ACCUMULATORS, delta), negateAccumulators(delta));
    expect(back).toEqual({ ...EMPTY_ACCUMULATORS, special_outpatient_paid: { tuberculosis: '0.00' } });
  });
});
