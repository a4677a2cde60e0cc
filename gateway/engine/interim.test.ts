/**
 * Interim settlement (中途结算) of one admission, worked by hand: the stay's deductible is
 * paid once across its settlements and the stay is never an earlier admission of itself
 * (compute.ts "Interim settlements"; benefit-rules.md step 6 and Xing'an 待遇 art. 3, 5).
 * Each pair is checked against one settlement of all the lines at discharge.
 * Amounts in yuan; "→" marks rounding half-up to the fen.
 */
import { describe, expect, it } from 'vitest';
import { trial } from './index.ts';
import { trialJson, type RequestSpec } from './testing.ts';
import type { SettlementResult } from './types.ts';

const X = 'cn-xingan-resident-2008';
const surgery = (amount: string): ['SRV-A-0002', '1', string, string] => ['SRV-A-0002', '1', amount, amount];
const run = (spec: RequestSpec): SettlementResult => trial(trialJson(spec));
const f = (x: string): number => Math.round(Number(x) * 100);

/** Interim result → the final's accumulators and admission_settled_before, as VisitService builds them. */
function after(interim: SettlementResult, acc: { earlier_admissions: number; hifp_paid: string }) {
  return {
    acc: { earlier_admissions: acc.earlier_admissions + interim.accumulators_delta.earlier_admissions, hifp_paid: (f(acc.hifp_paid) / 100 + Number(interim.accumulators_delta.hifp_paid)).toFixed(2) },
    before: { act_pay_dedc: interim.setlinfo.act_pay_dedc, admissions: interim.accumulators_delta.earlier_admissions },
  };
}

function sum(a: SettlementResult, b: SettlementResult, k: Exclude<keyof SettlementResult['setlinfo'], 'balc'>): string {
  return ((f(a.setlinfo[k]) + f(b.setlinfo[k])) / 100).toFixed(2);
}

describe('interim + final settlement of one admission (Xing\'an, level 3)', () => {
  it('first stay: deductible 400 taken by the interim, none by the final; the two add up to one settlement', () => {
    // Interim (day 10): surgery 3,000 in scope; deductible 400; (3,000 − 400) × 55 % = 1,430.00;
    //   person 1,570.00; the stay counts as 1 admission, hifp_paid +1,430.
    // Final (after discharge): 1,000 surgery + 100 × 0.80 = 1,080; accumulators now say 1 earlier
    //   admission and 1,430 paid, but 1 of them is this stay: ordinal 0 → deductible 400, of
    //   which 400 already paid → 0; 1,080 × 55 % = 594.00; person 486.00; no new admission.
    // One settlement of everything: 4,080 − 400 = 3,680 × 55 % = 2,024.00 = 1,430 + 594;
    //   person 2,056.00 = 1,570 + 486.
    const interim = run({ policy: X, lines: [surgery('3000.00')] });
    expect(interim.setlinfo).toMatchObject({ medfee_sumamt: '3000.00', act_pay_dedc: '400.00', hifp_pay: '1430.00', psn_part_amt: '1570.00' });
    expect(interim.accumulators_delta).toMatchObject({ earlier_admissions: 1, hifp_paid: '1430.00' });

    const { acc, before } = after(interim, { earlier_admissions: 0, hifp_paid: '0.00' });
    const final = run({ policy: X, acc, visit: { admission_settled_before: before }, lines: [surgery('1000.00'), ['DRG-A-0001', '100', '0.80', '80.00']] });
    expect(final.setlinfo).toMatchObject({ medfee_sumamt: '1080.00', act_pay_dedc: '0.00', hifp_pay: '594.00', psn_part_amt: '486.00' });
    expect(final.accumulators_delta.earlier_admissions).toBe(0);
    expect(final.trace.find((t) => t.rule === 'deductible')?.amounts).toMatchObject({ deductible: '400.00', paid_before: '400.00', act_pay_dedc: '0.00' });

    const single = run({ policy: X, lines: [surgery('3000.00'), surgery('1000.00'), ['DRG-A-0001', '100', '0.80', '80.00']] });
    expect(single.setlinfo).toMatchObject({ act_pay_dedc: '400.00', hifp_pay: '2024.00', psn_part_amt: '2056.00' });
    for (const k of ['medfee_sumamt', 'inscp_scp_amt', 'act_pay_dedc', 'hifp_pay', 'fund_pay_sumamt', 'psn_part_amt', 'psn_cash_pay'] as const) {
      expect(sum(interim, final, k), k).toBe(single.setlinfo[k]);
    }
    expect(interim.accumulators_delta.earlier_admissions + final.accumulators_delta.earlier_admissions).toBe(single.accumulators_delta.earlier_admissions);
  });

  it('an interim bill below the deductible pays part of it; the final takes the rest', () => {
    // Interim: 250 in scope < 400 → act_pay_dedc 250, fund 0.
    // Final: 1,000; 400 − 250 = 150 left; (1,000 − 150) × 55 % = 467.50.
    // Single: (1,250 − 400) × 55 % = 467.50, deductible 400 = 250 + 150.
    const interim = run({ policy: X, lines: [surgery('250.00')] });
    expect(interim.setlinfo).toMatchObject({ act_pay_dedc: '250.00', hifp_pay: '0.00', psn_part_amt: '250.00' });
    const { acc, before } = after(interim, { earlier_admissions: 0, hifp_paid: '0.00' });
    const final = run({ policy: X, acc, visit: { admission_settled_before: before }, lines: [surgery('1000.00')] });
    expect(final.setlinfo).toMatchObject({ act_pay_dedc: '150.00', hifp_pay: '467.50', psn_part_amt: '532.50' });
    const single = run({ policy: X, lines: [surgery('250.00'), surgery('1000.00')] });
    for (const k of ['act_pay_dedc', 'hifp_pay', 'psn_part_amt'] as const) expect(sum(interim, final, k), k).toBe(single.setlinfo[k]);
  });

  it('a second stay of the year: the interim does not make the final a third admission', () => {
    // One earlier stay this year: ordinal 1 → 400 − 100 = 300 (art. 3).
    // Interim: 2,000; deductible 300; (2,000 − 300) × 55 % = 935.00; accumulators → 2 admissions.
    // Final: the 2 include this stay once → ordinal still 1 → 300, all paid → 0;
    //   2,000 × 55 % = 1,100.00. Without the interim's facts it would have read ordinal 2
    //   (deductible 200) and charged 200 again.
    const interim = run({ policy: X, acc: { earlier_admissions: 1 }, lines: [surgery('2000.00')] });
    expect(interim.setlinfo).toMatchObject({ act_pay_dedc: '300.00', hifp_pay: '935.00' });
    const { acc, before } = after(interim, { earlier_admissions: 1, hifp_paid: '0.00' });
    expect(acc.earlier_admissions).toBe(2);
    const final = run({ policy: X, acc, visit: { admission_settled_before: before }, lines: [surgery('2000.00')] });
    expect(final.setlinfo).toMatchObject({ act_pay_dedc: '0.00', hifp_pay: '1100.00' });
    expect(final.accumulators_delta.earlier_admissions).toBe(0);
    const naive = run({ policy: X, acc, lines: [surgery('2000.00')] });
    expect(naive.setlinfo.act_pay_dedc).toBe('200.00');
    const single = run({ policy: X, acc: { earlier_admissions: 1 }, lines: [surgery('2000.00'), surgery('2000.00')] });
    expect(sum(interim, final, 'hifp_pay')).toBe(single.setlinfo.hifp_pay); // 3,700 × 55 % = 2,035.00
  });

  it('a stay longer than six months: the final adds only the new period\'s deductible and admission', () => {
    // Admitted 2026-01-05. Interim 2026-03-10: one period → 400; 1,000 → (1,000 − 400) × 55 % = 330.00.
    // Final 2026-08-10: past 2026-07-05, so 2 periods (art. 5): 400 + (400 − 100) = 700 for the
    //   stay, 400 paid → 300 due; (5,000 − 300) × 55 % = 2,585.00; 1 new admission (2 − 1).
    // Single at 2026-08-10: 6,000 − 700 = 5,300 × 55 % = 2,915.00 = 330 + 2,585; 2 admissions.
    const visit = { admission_date: '2026-01-05' };
    const interim = run({ policy: X, settle_date: '2026-03-10', visit, lines: [surgery('1000.00')] });
    expect(interim.setlinfo).toMatchObject({ act_pay_dedc: '400.00', hifp_pay: '330.00' });
    const { acc, before } = after(interim, { earlier_admissions: 0, hifp_paid: '0.00' });
    const final = run({ policy: X, settle_date: '2026-08-10', acc, visit: { ...visit, admission_settled_before: before }, lines: [surgery('5000.00')] });
    expect(final.setlinfo).toMatchObject({ act_pay_dedc: '300.00', hifp_pay: '2585.00' });
    expect(final.accumulators_delta.earlier_admissions).toBe(1);
    const single = run({ policy: X, settle_date: '2026-08-10', visit, lines: [surgery('1000.00'), surgery('5000.00')] });
    expect(single.setlinfo).toMatchObject({ act_pay_dedc: '700.00', hifp_pay: '2915.00' });
    expect(single.accumulators_delta.earlier_admissions).toBe(2);
  });

  it('each settlement rounds its own fund amount, so a pair can differ from one settlement by a fen', () => {
    // benefit-rules.md "Rounding: half-up … applied once per fund amount": per settlement.
    // Interim: (1,000.01 − 400) × 55 % = 330.0055 → 330.01. Final: 100.01 × 55 % = 55.0055 → 55.01.
    // Together 385.02; one settlement: (1,100.02 − 400) × 55 % = 385.011 → 385.01 — one fen more
    // for the fund (and one less for the patient) because the bill was settled in two parts.
    const interim = run({ policy: X, lines: [surgery('1000.01')] });
    const { acc, before } = after(interim, { earlier_admissions: 0, hifp_paid: '0.00' });
    const final = run({ policy: X, acc, visit: { admission_settled_before: before }, lines: [surgery('100.01')] });
    expect([interim.setlinfo.hifp_pay, final.setlinfo.hifp_pay]).toEqual(['330.01', '55.01']);
    const single = run({ policy: X, lines: [surgery('1000.01'), surgery('100.01')] });
    expect(single.setlinfo.hifp_pay).toBe('385.01');
    expect(sum(interim, final, 'hifp_pay')).toBe('385.02');
    expect(sum(interim, final, 'medfee_sumamt')).toBe(single.setlinfo.medfee_sumamt);
  });

  it('refuses a malformed admission_settled_before naming the field', () => {
    expect(() => run({ policy: X, visit: { admission_settled_before: { act_pay_dedc: '-1', admissions: 1 } }, lines: [surgery('100.00')] })).toThrow(/admission_settled_before/);
  });
});
