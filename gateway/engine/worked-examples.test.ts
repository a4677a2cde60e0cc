/**
 * Worked examples: every rule of shared/reference/benefit-rules.md, computed by hand in the
 * comment above each case, across the three regional policies and the demo employee policy.
 * Amounts in yuan; "→" marks rounding half-up to the fen.
 */
import { describe, expect, it } from 'vitest';
import { trial } from './index.ts';
import { trialJson, type RequestSpec } from './testing.ts';
import type { AccumulatorsDelta, SetlInfo } from './types.ts';

interface Case {
  name: string;
  spec: RequestSpec;
  expect: Partial<SetlInfo>;
  delta?: Partial<AccumulatorsDelta>;
  warnings?: string[];
  benefit_year?: number;
}

const X = 'cn-xingan-resident-2008';
const G = 'cn-gansu-resident-2007';
const H = 'cn-henan-resident-2017';
const E = 'cn-demo-employee-2026';
const surgery = (amount: string): ['SRV-A-0002', '1', string, string] => ['SRV-A-0002', '1', amount, amount];

const xingan: Case[] = [
  {
    // Level 3, first stay: 1 × 3,000 + 100 × 0.80 = 3,080 in scope; deductible 400 (待遇 art. 3);
    // (3,080 − 400) × 55 % = 1,474.00; person 3,080 − 1,474 = 1,606.00, all cash (no account).
    name: 'X01 level-3 first stay: 400 deductible, 55 %',
    spec: { policy: X, lines: [surgery('3000.00'), ['DRG-A-0001', '100', '0.80', '80.00']] },
    expect: { medfee_sumamt: '3080.00', inscp_scp_amt: '3080.00', act_pay_dedc: '400.00', hifp_pay: '1474.00', pool_prop_selfpay: '0.5500', fund_pay_sumamt: '1474.00', psn_part_amt: '1606.00', acct_pay: '0.00', psn_cash_pay: '1606.00' },
    delta: { earlier_admissions: 1, hifp_paid: '1474.00' },
  },
  {
    // Level 2, 3 contribution years ("三年以上" includes three): 60 + 5 = 65 %;
    // (2,000 − 300) × 65 % = 1,105.00.
    name: 'X02 level 2, three contribution years: +5 points',
    spec: { policy: X, level: 2, person: { contribution_years: 3 }, lines: [surgery('2000.00')] },
    expect: { act_pay_dedc: '300.00', hifp_pay: '1105.00', pool_prop_selfpay: '0.6500', psn_cash_pay: '895.00' },
  },
  {
    // Level 2, 2 contribution years: no bonus, 60 %; (2,000 − 300) × 60 % = 1,020.00.
    name: 'X03 level 2, two contribution years: no bonus',
    spec: { policy: X, level: 2, person: { contribution_years: 2 }, lines: [surgery('2000.00')] },
    expect: { hifp_pay: '1020.00', pool_prop_selfpay: '0.6000' },
  },
  {
    // Level 1, third stay this year: max(100, 200 − 100 × 2) = 100; (1,000 − 100) × 65 % = 585.00.
    name: 'X04 admission ordinal: level 1 third stay hits the 100 floor',
    spec: { policy: X, level: 1, acc: { earlier_admissions: 2 }, lines: [surgery('1000.00')] },
    expect: { act_pay_dedc: '100.00', hifp_pay: '585.00' },
  },
  {
    // Level 3, second stay: 400 − 100 = 300; (5,000 − 300) × 55 % = 2,585.00.
    name: 'X05 admission ordinal: level 3 second stay 300',
    spec: { policy: X, acc: { earlier_admissions: 1 }, lines: [surgery('5000.00')] },
    expect: { act_pay_dedc: '300.00', hifp_pay: '2585.00' },
  },
  {
    // Level 3, sixth stay: max(100, 400 − 500) = 100; (5,000 − 100) × 55 % = 2,695.00.
    name: 'X06 admission ordinal: never below 100',
    spec: { policy: X, acc: { earlier_admissions: 5 }, lines: [surgery('5000.00')] },
    expect: { act_pay_dedc: '100.00', hifp_pay: '2695.00' },
  },
  {
    // In scope below the deductible: 150 < 400 → deductible paid 150, fund 0.
    name: 'X07 bill below the deductible',
    spec: { policy: X, lines: [surgery('150.00')] },
    expect: { act_pay_dedc: '150.00', hifp_pay: '0.00', psn_cash_pay: '150.00' },
  },
  {
    // Annual cap 30,000 (art. 6), 29,000 paid: (10,000 − 400) × 55 % = 5,280 → limited to 1,000.
    name: 'X08 annual cap: only what is left of 30,000',
    spec: { policy: X, acc: { hifp_paid: '29000.00' }, lines: [surgery('10000.00')] },
    expect: { hifp_pay: '1000.00', psn_part_amt: '9000.00' },
    delta: { hifp_paid: '1000.00' },
    warnings: ['CAP_REACHED'],
  },
  {
    // 3 contribution years: cap 30,000 + 5,000 = 35,000, 33,000 paid → 2,000 left;
    // (10,000 − 400) × 60 % = 5,760 → 2,000.
    name: 'X09 annual cap +5,000 after three contribution years',
    spec: { policy: X, person: { contribution_years: 3 }, acc: { hifp_paid: '33000.00' }, lines: [surgery('10000.00')] },
    expect: { hifp_pay: '2000.00' },
  },
  {
    // Minor (born 2012-01-01, 14 on 2026-03-10) with a blood disease: cap 40,000, 35,000 paid →
    // 5,000 left; (20,000 − 400) × 55 % = 10,780 → 5,000.
    name: 'X10 minor with a blood-system disease: cap 40,000',
    spec: { policy: X, person: { birth_date: '2012-01-01', category: 'minor', blood_disease: true }, acc: { hifp_paid: '35000.00' }, lines: [surgery('20000.00')] },
    expect: { hifp_pay: '5000.00' },
  },
  {
    // Adult with a blood disease keeps the 30,000 cap: 35,000 already paid → 0.
    name: 'X11 adult with a blood disease: cap stays 30,000',
    spec: { policy: X, person: { blood_disease: true }, acc: { hifp_paid: '35000.00' }, lines: [surgery('20000.00')] },
    expect: { hifp_pay: '0.00', psn_cash_pay: '20000.00' },
    warnings: ['CAP_REACHED'],
  },
  {
    // Special outpatient, insulin (art. 7, 8): 30 × 70.00 = 2,100 × 60 % = 1,260, no deductible;
    // yearly 2,000 for the disease, 1,500 paid → 500.
    name: 'X12 special outpatient insulin: 60 %, 2,000 yearly limit',
    spec: { policy: X, visit: { med_type: 'special_outpatient', special_disease: 'diabetes_insulin' }, acc: { special_outpatient_paid: { diabetes_insulin: '1500.00' } }, lines: [['DRG-A-0002', '30', '70.00', '2100.00']] },
    expect: { act_pay_dedc: '0.00', hifp_pay: '500.00', pool_prop_selfpay: '0.6000' },
    delta: { hifp_paid: '500.00', special_outpatient_paid: { diabetes_insulin: '500.00' }, earlier_admissions: 0 },
    warnings: ['CAP_REACHED'],
  },
  {
    // Special outpatient, dialysis: no disease limit; 10 × 400 = 4,000 × 60 % = 2,400.
    name: 'X13 special outpatient dialysis: no disease limit',
    spec: { policy: X, visit: { med_type: 'special_outpatient', special_disease: 'uremia_dialysis' }, lines: [['SRV-A-0004', '10', '400.00', '4000.00']] },
    expect: { hifp_pay: '2400.00' },
    delta: { special_outpatient_paid: { uremia_dialysis: '2400.00' } },
  },
  {
    // Emergency rescue outpatient, level 2 (art. 3, 4): (1,000 − 300) × 60 % = 420; not an admission.
    name: 'X14 emergency outpatient: inpatient deductible and ratio, not an admission',
    spec: { policy: X, level: 2, visit: { med_type: 'emergency_outpatient' }, lines: [surgery('1000.00')] },
    expect: { act_pay_dedc: '300.00', hifp_pay: '420.00' },
    delta: { earlier_admissions: 0, hifp_paid: '420.00' },
  },
  {
    // General outpatient is outside the fund (art. 2): 10 × 0.80 = 8.00 all cash.
    name: 'X15 general outpatient not covered',
    spec: { policy: X, visit: { med_type: 'outpatient' }, lines: [['DRG-A-0001', '10', '0.80', '8.00']] },
    expect: { hifp_pay: '0.00', fund_pay_sumamt: '0.00', psn_cash_pay: '8.00', pool_prop_selfpay: '0.0000' },
    warnings: ['NOT_COVERED'],
  },
  {
    // Imported class-B drug (art. 9): 10 × 6.00 = 60 entirely self-paid; (1,000 − 400) × 55 % = 330.
    name: 'X16 imported class-B drug entirely self-paid',
    spec: { policy: X, lines: [['DRG-B-0002', '10', '6.00', '60.00'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '60.00', inscp_scp_amt: '1000.00', hifp_pay: '330.00', psn_cash_pay: '730.00' },
  },
  {
    // Imported material (art. 9): 15,000 self-paid even with approval; (2,000 − 400) × 55 % = 880.
    name: 'X17 imported material entirely self-paid',
    spec: { policy: X, lines: [['MAT-B-0001', '1', '15000.00', '15000.00', '1'], surgery('2000.00')] },
    expect: { fulamt_ownpay_amt: '15000.00', hifp_pay: '880.00' },
  },
  {
    // Class-B domestic drug, no extra self-pay in Xing'an: 100 × 3.00 = 300 in scope;
    // (1,300 − 400) × 55 % = 495.
    name: 'X18 class-B drug: no first self-pay in Xing’an',
    spec: { policy: X, lines: [['DRG-B-0001', '100', '3.00', '300.00'], surgery('1000.00')] },
    expect: { preselfpay_amt: '0.00', inscp_scp_amt: '1300.00', hifp_pay: '495.00' },
  },
  {
    // Class C and an unknown code: 2 × 25 + 1 × 10 = 60 self-paid; (1,000 − 400) × 55 % = 330.
    name: 'X19 class C and unknown code entirely self-paid',
    spec: { policy: X, lines: [['DRG-C-0001', '2', '25.00', '50.00'], ['ZZZ-9999', '1', '10.00', '10.00'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '60.00', hifp_pay: '330.00' },
    warnings: ['NOT_IN_CATALOGUE'],
  },
  {
    // MRI 1,200 (special examination ≥ 1,000, 医疗服务 art. 14) without approval: self-paid;
    // (1,000 − 400) × 55 % = 330.
    name: 'X20 special examination ≥ 1,000 without approval',
    spec: { policy: X, lines: [['SRV-B-0002', '1', '1200.00', '1200.00', '0'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '1200.00', hifp_pay: '330.00' },
    warnings: ['APPROVAL_MISSING'],
  },
  {
    // The same MRI approved: (2,200 − 400) × 55 % = 990.
    name: 'X21 special examination with approval',
    spec: { policy: X, lines: [['SRV-B-0002', '1', '1200.00', '1200.00', '1'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '0.00', hifp_pay: '990.00' },
  },
  {
    // Lithotripsy at exactly 1,000 ("1000元以上" includes 1,000) without approval: self-paid.
    name: 'X22 approval threshold includes 1,000',
    spec: { policy: X, lines: [['SRV-B-0003', '1', '1000.00', '1000.00'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '1000.00', hifp_pay: '330.00' },
    warnings: ['APPROVAL_MISSING'],
  },
  {
    // CT 300 is a special examination under 1,000: no approval needed; (1,300 − 400) × 55 % = 495.
    name: 'X23 special examination under 1,000 needs no approval',
    spec: { policy: X, lines: [['SRV-B-0001', '1', '300.00', '300.00'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '0.00', hifp_pay: '495.00' },
  },
  {
    // Albumin 2 × 500 (blood/protein: always approval) without approval: 1,000 self-paid.
    name: 'X24 blood/protein product needs approval at any price',
    spec: { policy: X, lines: [['BLD-B-0001', '2', '500.00', '1000.00'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '1000.00', hifp_pay: '330.00' },
    warnings: ['APPROVAL_MISSING'],
  },
  {
    // Domestic stent 8,000 (material ≥ 1,000) approved: (8,000 − 400) × 55 % = 4,180.
    name: 'X25 costly material with approval',
    spec: { policy: X, lines: [['MAT-B-0002', '1', '8000.00', '8000.00', '1']] },
    expect: { hifp_pay: '4180.00' },
  },
  {
    // 医疗服务 第十四条: approval for materials "价格超过1000元" - above 1,000, not at it. A domestic
    // stent charged exactly 1,000 without approval is in scope: (1,000 + 1,000 - 400) x 55 % = 880.
    name: 'X25a material at exactly 1,000 needs no approval ("超过" excludes 1,000)',
    spec: { policy: X, lines: [['MAT-B-0002', '1', '1000.00', '1000.00', '0'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '0.00', inscp_scp_amt: '2000.00', hifp_pay: '880.00' },
  },
  {
    // One fen above it (1,000.01) without approval: the material is self-paid; (1,000 - 400) x 55 % = 330.
    name: 'X25b material above 1,000 without approval is self-paid',
    spec: { policy: X, lines: [['MAT-B-0002', '1', '1000.01', '1000.01', '0'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '1000.01', hifp_pay: '330.00' },
    warnings: ['APPROVAL_MISSING'],
  },
  {
    // MRI charged 1,300 over its 1,200 ceiling, approved: over limit 100; (1,200 − 400) × 55 % = 440.
    name: 'X26 price above the catalogue ceiling',
    spec: { policy: X, lines: [['SRV-B-0002', '1', '1300.00', '1300.00', '1']] },
    expect: { overlmt_selfpay: '100.00', inscp_scp_amt: '1200.00', hifp_pay: '440.00', psn_cash_pay: '860.00' },
  },
  {
    // Traffic accident (art. 10): every fund 0, no deductible taken, no admission counted.
    name: 'X27 exclusion: traffic accident',
    spec: { policy: X, visit: { exclusion_cause: 'traffic_accident' }, lines: [surgery('5000.00')] },
    expect: { act_pay_dedc: '0.00', hifp_pay: '0.00', fund_pay_sumamt: '0.00', psn_cash_pay: '5000.00' },
    delta: { earlier_admissions: 0, hifp_paid: '0.00' },
    warnings: ['EXCLUDED'],
  },
  {
    // Student no-fault accident (art. 11): same deductible/ratio, separate 20,000 cap, 19,500 used;
    // (5,000 − 400) × 55 % = 2,530 → 500; counted in accident_paid, not hifp_paid.
    name: 'X28 student no-fault accident: separate 20,000 cap',
    spec: { policy: X, person: { birth_date: '2010-01-01', category: 'student' }, visit: { accident: 'student_no_fault' }, acc: { accident_paid: '19500.00' }, lines: [surgery('5000.00')] },
    expect: { hifp_pay: '500.00' },
    delta: { accident_paid: '500.00', hifp_paid: '0.00', earlier_admissions: 1 },
    warnings: ['CAP_REACHED'],
  },
  {
    // "Accident" for an adult: ordinary rules, 2,530 toward the ordinary cap.
    name: 'X29 accident flag for a non-student: ordinary rules',
    spec: { policy: X, visit: { accident: 'student_no_fault' }, lines: [surgery('5000.00')] },
    expect: { hifp_pay: '2530.00' },
    delta: { accident_paid: '0.00', hifp_paid: '2530.00' },
    warnings: ['ACCIDENT_NOT_APPLICABLE'],
  },
  {
    // Stay 2025-09-01 → 2026-03-10 is longer than 6 months (art. 5): two admissions,
    // deductibles 400 + 300 = 700; (10,000 − 700) × 55 % = 5,115; discharge year 2026.
    name: 'X30 stay over six months counts as two admissions',
    spec: { policy: X, visit: { admission_date: '2025-09-01' }, lines: [surgery('10000.00')] },
    expect: { act_pay_dedc: '700.00', hifp_pay: '5115.00' },
    delta: { earlier_admissions: 2 },
    benefit_year: 2026,
  },
  {
    // Exactly six months (2025-09-10 → 2026-03-10) is still one admission: 400.
    name: 'X31 stay of exactly six months is one admission',
    spec: { policy: X, visit: { admission_date: '2025-09-10' }, lines: [surgery('10000.00')] },
    expect: { act_pay_dedc: '400.00' },
    delta: { earlier_admissions: 1 },
  },
  {
    // Remote treatment without the agency's consent (医疗服务 art. 18): nothing paid.
    name: 'X32 unregistered remote stay not paid',
    spec: { policy: X, remote: true, visit: { referral: 'unregistered' }, lines: [surgery('5000.00')] },
    expect: { hifp_pay: '0.00', psn_cash_pay: '5000.00' },
    warnings: ['REFERRAL_NOT_PAID'],
  },
  {
    // 120,000 stay (≥ 100,000: Zhoushan on-site audit); (120,000 − 400) × 55 % = 65,780 → cap 30,000.
    name: 'X33 on-site audit flag and cap',
    spec: { policy: X, lines: [surgery('120000.00')] },
    expect: { hifp_pay: '30000.00', psn_cash_pay: '90000.00' },
    warnings: ['ONSITE_AUDIT', 'CAP_REACHED'],
  },
  {
    // Rounding once, half-up: (1,400.10 − 400) × 55 % = 550.055 → 550.06.
    name: 'X34 rounding half-up to the fen',
    spec: { policy: X, lines: [surgery('1400.10')] },
    expect: { hifp_pay: '550.06', psn_cash_pay: '850.04' },
  },
  {
    // Maternity has no article in 2008: settled as an ordinary level-2 stay: (1,800 − 300) × 60 % = 900.
    name: 'X35 maternity settled as an ordinary stay',
    spec: { policy: X, level: 2, visit: { med_type: 'maternity_caesarean' }, lines: [['SRV-A-0006', '1', '1800.00', '1800.00']] },
    expect: { hifp_pay: '900.00' },
    delta: { earlier_admissions: 1 },
  },
];

const gansu: Case[] = [
  {
    // Level 3 local: deductible 600, 55 %; (5,000 − 600) × 55 % = 2,420; 5,000 counts toward the ceiling.
    name: 'G01 level-3 local stay',
    spec: { policy: G, lines: [surgery('5000.00')] },
    expect: { act_pay_dedc: '600.00', hifp_pay: '2420.00', hifmi_pay: '0.00' },
    delta: { inscp_toward_ceiling: '5000.00', hifp_paid: '2420.00', earlier_admissions: 1 },
  },
  {
    // Class-B drug 300 and CT 300 (special exam): 20 % first self-pay each = 120;
    // in scope 1,600 − 120 = 1,480; level 1: (1,480 − 100) × 65 % = 897.
    name: 'G02 class-B drug and special exam: 20 % first self-pay',
    spec: { policy: G, level: 1, lines: [['DRG-B-0001', '100', '3.00', '300.00'], ['SRV-B-0001', '1', '300.00', '300.00'], surgery('1000.00')] },
    expect: { preselfpay_amt: '120.00', inscp_scp_amt: '1480.00', act_pay_dedc: '100.00', hifp_pay: '897.00' },
  },
  {
    // Remote level 2 student, 4 years: deductible 500 (remote); 60 + 10 − 10 + min(5, 4 − 1) = 63 %;
    // (3,000 − 500) × 63 % = 1,575.
    name: 'G03 remote student with four contribution years',
    spec: { policy: G, level: 2, remote: true, person: { category: 'student', birth_date: '2008-01-01', contribution_years: 4 }, lines: [surgery('3000.00')] },
    expect: { act_pay_dedc: '500.00', pool_prop_selfpay: '0.6300', hifp_pay: '1575.00' },
  },
  {
    // Ten contribution years: the bonus stops at +5; level 3: 60 %; (2,000 − 600) × 60 % = 840.
    name: 'G04 contribution bonus capped at +5',
    spec: { policy: G, person: { contribution_years: 10 }, lines: [surgery('2000.00')] },
    expect: { pool_prop_selfpay: '0.6000', hifp_pay: '840.00' },
  },
  {
    // Ceiling 28,000 with 25,000 counted: 3,000 below, 7,000 above. Deductible 600 from below:
    // (3,000 − 600) × 55 % = 1,320; large-amount 7,000 × 40 % = 2,800; person 10,000 − 4,120 = 5,880.
    name: 'G05 ceiling split: basic fund below, large-amount 40 % above',
    spec: { policy: G, acc: { inscp_toward_ceiling: '25000.00', hifp_paid: '5000.00' }, lines: [surgery('10000.00')] },
    expect: { hifp_pay: '1320.00', hifmi_pay: '2800.00', fund_pay_sumamt: '4120.00', psn_part_amt: '5880.00' },
    delta: { inscp_toward_ceiling: '10000.00', hifmi_paid: '2800.00', hifmi_base: '7000.00' },
  },
  {
    // Only 200 left below the ceiling: deductible 600 takes 200 below and 400 above; basic fund 0;
    // large-amount (4,800 − 400) × 40 % = 1,760.
    name: 'G06 deductible taken below the ceiling first',
    spec: { policy: G, acc: { inscp_toward_ceiling: '27800.00' }, lines: [surgery('5000.00')] },
    expect: { act_pay_dedc: '600.00', hifp_pay: '0.00', hifmi_pay: '1760.00' },
  },
  {
    // Basic cap 15,000 with 14,000 paid; level 1: (20,000 − 100) × 65 % = 12,935 → 1,000.
    name: 'G07 basic fund cap 15,000',
    spec: { policy: G, level: 1, acc: { hifp_paid: '14000.00' }, lines: [surgery('20000.00')] },
    expect: { hifp_pay: '1000.00' },
    warnings: ['CAP_REACHED'],
  },
  {
    // Ceiling used up, large-amount 14,500 paid of 15,000: (10,000 − 600) × 40 % = 3,760 → 500.
    name: 'G08 large-amount cap 15,000',
    spec: { policy: G, acc: { inscp_toward_ceiling: '28000.00', hifmi_paid: '14500.00' }, lines: [surgery('10000.00')] },
    expect: { hifp_pay: '0.00', hifmi_pay: '500.00' },
    warnings: ['CAP_REACHED'],
  },
  {
    // Special outpatient radiotherapy 5 × 900 = 4,500, special treatment 20 % first = 900, in scope 3,600;
    // deductible 600 (level 3); (3,600 − 600) × 50 % = 1,500; not counted toward the inpatient cap.
    name: 'G09 special outpatient: 50 % above the deductible',
    spec: { policy: G, visit: { med_type: 'special_outpatient', special_disease: 'cancer_chemo_radio' }, lines: [['SRV-B-0004', '5', '900.00', '4500.00']] },
    expect: { preselfpay_amt: '900.00', act_pay_dedc: '600.00', hifp_pay: '1500.00' },
    delta: { hifp_paid: '0.00', special_outpatient_paid: { cancer_chemo_radio: '1500.00' }, inscp_toward_ceiling: '0.00' },
  },
  {
    // Dialysis at level 2: (8,000 − 350) × 50 % = 3,825; the 10,000 yearly limit is shared by the
    // three diseases: 4,000 + 3,000 paid → 3,000 left.
    name: 'G10 special outpatient shared 10,000 limit',
    spec: { policy: G, level: 2, visit: { med_type: 'special_outpatient', special_disease: 'uremia_dialysis' }, acc: { special_outpatient_paid: { cancer_chemo_radio: '4000.00', uremia_dialysis: '3000.00' } }, lines: [['SRV-A-0004', '20', '400.00', '8000.00']] },
    expect: { hifp_pay: '3000.00' },
    warnings: ['CAP_REACHED'],
  },
  {
    // Tuberculosis is not a Gansu special outpatient disease: nothing paid.
    name: 'G11 special outpatient disease not in the scheme',
    spec: { policy: G, visit: { med_type: 'special_outpatient', special_disease: 'tuberculosis' }, lines: [['DRG-A-0005', '100', '0.10', '10.00']] },
    expect: { hifp_pay: '0.00' },
    warnings: ['DISEASE_NOT_COVERED'],
  },
  {
    // Student no-fault outpatient accident: 3,000 × 40 % = 1,200 → 1,000 a visit.
    name: 'G12 student accident outpatient: 1,000 a visit',
    spec: { policy: G, person: { category: 'student', birth_date: '2012-06-01' }, visit: { med_type: 'outpatient', accident: 'student_no_fault' }, lines: [surgery('3000.00')] },
    expect: { act_pay_dedc: '0.00', hifp_pay: '1000.00', pool_prop_selfpay: '0.4000' },
    delta: { accident_paid: '1000.00', hifp_paid: '0.00' },
    warnings: ['CAP_REACHED'],
  },
  {
    // 五(四) pays outpatient accidents of "中小学生和少年儿童", not of every student: a university
    // student of 24 (settled 2026-03-10) falls to the ordinary rules, and ordinary outpatient care
    // is outside the pooled fund: 0 paid (was 1,500 × 40 % = 600 when `student` covered both).
    name: 'G12a university student accident outpatient: not a pupil, not paid',
    spec: { policy: G, person: { category: 'student', birth_date: '2002-01-01' }, visit: { med_type: 'outpatient', accident: 'student_no_fault' }, lines: [surgery('1500.00')] },
    expect: { hifp_pay: '0.00', psn_cash_pay: '1500.00' },
    warnings: ['ACCIDENT_NOT_APPLICABLE', 'NOT_COVERED'],
  },
  {
    // A student of exactly 18 on the settlement day is still one (the policy's reading): 1,500 × 40 % = 600.
    name: 'G12b student aged 18 on the day: paid as a pupil',
    spec: { policy: G, person: { category: 'student', birth_date: '2008-03-10' }, visit: { med_type: 'outpatient', accident: 'student_no_fault' }, lines: [surgery('1500.00')] },
    expect: { hifp_pay: '600.00' },
    delta: { accident_paid: '600.00' },
  },
  {
    // One year older (19 on the day): not paid.
    name: 'G12c student aged 19: not paid',
    spec: { policy: G, person: { category: 'student', birth_date: '2007-03-10' }, visit: { med_type: 'outpatient', accident: 'student_no_fault' }, lines: [surgery('1500.00')] },
    expect: { hifp_pay: '0.00' },
    warnings: ['ACCIDENT_NOT_APPLICABLE', 'NOT_COVERED'],
  },
  {
    // A minor (少年儿童) qualifies too: 500 × 40 % = 200.
    name: 'G13 minor accident outpatient: 40 %',
    spec: { policy: G, person: { category: 'minor', birth_date: '2020-06-01' }, visit: { med_type: 'emergency_outpatient', accident: 'student_no_fault' }, lines: [surgery('500.00')] },
    expect: { hifp_pay: '200.00' },
  },
  {
    // Student accident stay: ordinary inpatient rules, students +10: (5,000 − 600) × 65 % = 2,860.
    name: 'G14 student accident stay: ordinary inpatient rules',
    spec: { policy: G, person: { category: 'student', birth_date: '2010-06-01' }, visit: { accident: 'student_no_fault' }, lines: [surgery('5000.00')] },
    expect: { hifp_pay: '2860.00' },
    delta: { hifp_paid: '2860.00', accident_paid: '0.00' },
  },
  {
    // Ordinary outpatient: outside the pooled fund.
    name: 'G15 general outpatient not covered',
    spec: { policy: G, visit: { med_type: 'outpatient' }, lines: [surgery('300.00')] },
    expect: { hifp_pay: '0.00', psn_cash_pay: '300.00' },
    warnings: ['NOT_COVERED'],
  },
  {
    // Remote without registration, level 3: 55 − 10 (remote) − 10 (Zhangye art. 41) = 35 %;
    // remote deductible 800; (3,000 − 800) × 35 % = 770.
    name: 'G16 unregistered remote: −10 and −10',
    spec: { policy: G, remote: true, visit: { referral: 'unregistered' }, lines: [surgery('3000.00')] },
    expect: { act_pay_dedc: '800.00', pool_prop_selfpay: '0.3500', hifp_pay: '770.00' },
  },
  {
    // Imported class-B drug is not excluded in Gansu: 60 × 20 % = 12 first; in scope 1,048;
    // level 1: (1,048 − 100) × 65 % = 616.20.
    name: 'G17 imported class-B drug paid in Gansu (20 % first)',
    spec: { policy: G, level: 1, lines: [['DRG-B-0002', '10', '6.00', '60.00'], surgery('1000.00')] },
    expect: { fulamt_ownpay_amt: '0.00', preselfpay_amt: '12.00', hifp_pay: '616.20' },
  },
  {
    // Fight (五(十一)3): nothing paid.
    name: 'G18 exclusion: fight',
    spec: { policy: G, visit: { exclusion_cause: 'fight' }, lines: [surgery('5000.00')] },
    expect: { fund_pay_sumamt: '0.00' },
    warnings: ['EXCLUDED'],
  },
];

const henan: Case[] = [
  {
    // Level 2 first stay (assumed 表7-1: 500, 80 %): (3,000 − 500) × 80 % = 2,000; critical illness
    // base 1,000 stays under the 15,000 yearly threshold.
    name: 'H01 level-2 first stay',
    spec: { policy: H, level: 2, lines: [surgery('3000.00')] },
    expect: { act_pay_dedc: '500.00', hifp_pay: '2000.00', hifmi_pay: '0.00' },
    delta: { hifmi_base: '1000.00', earlier_admissions: 1 },
  },
  {
    // Second stay at a county-level (level 2) hospital: 500 / 2 = 250; (3,000 − 250) × 80 % = 2,200.
    name: 'H02 second stay at county level: deductible halved',
    spec: { policy: H, level: 2, acc: { earlier_admissions: 1 }, lines: [surgery('3000.00')] },
    expect: { act_pay_dedc: '250.00', hifp_pay: '2200.00' },
  },
  {
    // Second stay at a township (level 1) hospital: not halved, 200; (1,000 − 200) × 90 % = 720.
    name: 'H03 second stay at level 1: not halved',
    spec: { policy: H, level: 1, acc: { earlier_admissions: 1 }, lines: [surgery('1000.00')] },
    expect: { act_pay_dedc: '200.00', hifp_pay: '720.00' },
  },
  {
    // Age 14 exactly (born 2012-03-10, settled 2026-03-10): halved, 1,000 / 2 = 500;
    // (3,000 − 500) × 60 % = 1,500.
    name: 'H04 child aged 14: deductible halved',
    spec: { policy: H, person: { birth_date: '2012-03-10', category: 'minor' }, lines: [surgery('3000.00')] },
    expect: { act_pay_dedc: '500.00', hifp_pay: '1500.00' },
  },
  {
    // Age 15 (born 2011-03-10): full 1,000; (3,000 − 1,000) × 60 % = 1,200.
    name: 'H05 aged 15: full deductible',
    spec: { policy: H, person: { birth_date: '2011-03-10', category: 'minor' }, lines: [surgery('3000.00')] },
    expect: { act_pay_dedc: '1000.00', hifp_pay: '1200.00' },
  },
  {
    // Upward referral to level 3 (art. 59): only 1,000 − 500 = 500; (3,000 − 500) × 60 % = 1,500.
    name: 'H06 upward referral pays only the difference',
    spec: { policy: H, visit: { referral: 'upward' }, lines: [surgery('3000.00')] },
    expect: { act_pay_dedc: '500.00', hifp_pay: '1500.00' },
  },
  {
    // Downward referral to level 1: no deductible; 1,000 × 90 % = 900.
    name: 'H07 downward referral: no deductible',
    spec: { policy: H, level: 1, visit: { referral: 'downward' }, lines: [surgery('1000.00')] },
    expect: { act_pay_dedc: '0.00', hifp_pay: '900.00' },
  },
  {
    // Non-referred at a city-level (level 3) hospital outside the region (art. 60): 60 − 20 = 40 %;
    // (3,000 − 1,000) × 40 % = 800.
    name: 'H08 non-referred remote city hospital: −20 points',
    spec: { policy: H, remote: true, visit: { referral: 'unregistered' }, lines: [surgery('3000.00')] },
    expect: { pool_prop_selfpay: '0.4000', hifp_pay: '800.00' },
  },
  {
    // The same at a level-2 hospital: no reduction; (3,000 − 500) × 80 % = 2,000.
    name: 'H09 non-referred remote county hospital: no reduction',
    spec: { policy: H, level: 2, remote: true, visit: { referral: 'unregistered' }, lines: [surgery('3000.00')] },
    expect: { pool_prop_selfpay: '0.8000', hifp_pay: '2000.00' },
  },
  {
    // Natural delivery 800 (art. 54): flat 600.
    name: 'H10 natural delivery: flat 600',
    spec: { policy: H, visit: { med_type: 'maternity_natural' }, lines: [['SRV-A-0005', '1', '800.00', '800.00']] },
    expect: { act_pay_dedc: '0.00', hifp_pay: '600.00', psn_cash_pay: '200.00' },
    delta: { earlier_admissions: 1, hifp_paid: '600.00' },
  },
  {
    // Natural delivery costing 500, below the flat amount: actual cost 500.
    name: 'H11 natural delivery below the flat amount: actual cost',
    spec: { policy: H, visit: { med_type: 'maternity_natural' }, lines: [['SRV-A-0005', '1', '500.00', '500.00']] },
    expect: { hifp_pay: '500.00', psn_cash_pay: '0.00' },
  },
  {
    // Caesarean 1,800 + 5 bed-days × 40 = 2,000: flat 1,600.
    name: 'H12 caesarean: flat 1,600',
    spec: { policy: H, visit: { med_type: 'maternity_caesarean' }, lines: [['SRV-A-0006', '1', '1800.00', '1800.00'], ['SRV-A-0001', '5', '40.00', '200.00']] },
    expect: { hifp_pay: '1600.00', psn_cash_pay: '400.00' },
  },
  {
    // Outpatient pooling (art. 50): no deductible, 60 %: (10 + 20 × 0.80) = 26 × 60 % = 15.60.
    name: 'H13 outpatient pooling 60 %',
    spec: { policy: H, level: 1, visit: { med_type: 'outpatient' }, lines: [['SRV-A-0007', '1', '10.00', '10.00'], ['DRG-A-0001', '20', '0.80', '16.00']] },
    expect: { act_pay_dedc: '0.00', hifp_pay: '15.60' },
    delta: { outpatient_paid: '15.60', hifp_paid: '0.00' },
  },
  {
    // Outpatient limit 360 (assumed), 350 used: 100 × 60 % = 60 → 10.
    name: 'H14 outpatient pooling yearly limit',
    spec: { policy: H, level: 1, visit: { med_type: 'outpatient' }, acc: { outpatient_paid: '350.00' }, lines: [surgery('100.00')] },
    expect: { hifp_pay: '10.00' },
    warnings: ['CAP_REACHED'],
  },
  {
    // Chronic outpatient (art. 51) insulin 700 × 65 % = 455; shared limit 3,000 with 2,800 used → 200.
    name: 'H15 chronic outpatient 65 % within its limit',
    spec: { policy: H, visit: { med_type: 'special_outpatient', special_disease: 'diabetes_insulin' }, acc: { special_outpatient_paid: { mental_illness: '2800.00' } }, lines: [['DRG-A-0002', '10', '70.00', '700.00']] },
    expect: { hifp_pay: '200.00' },
  },
  {
    // Critical illness: 14,000 of the 15,000 threshold reached. 50,000 at level 3:
    // basic (50,000 − 1,000) × 60 % = 29,400; left 20,600; (20,600 − 1,000) × 50 % = 9,800.
    name: 'H16 critical illness above the yearly threshold',
    spec: { policy: H, acc: { hifmi_base: '14000.00' }, lines: [surgery('50000.00')] },
    expect: { hifp_pay: '29400.00', hifmi_pay: '9800.00', fund_pay_sumamt: '39200.00', psn_part_amt: '10800.00' },
    delta: { hifmi_base: '20600.00', hifmi_paid: '9800.00' },
  },
  {
    // Low-income: basic (10,000 − 1,000) × 60 % = 5,400; critical illness 0 (threshold);
    // assistance 4,600 × 70 % = 3,220; person 1,380.
    name: 'H17 medical assistance for a low-income person',
    spec: { policy: H, person: { category: 'low_income' }, lines: [surgery('10000.00')] },
    expect: { hifp_pay: '5400.00', hifmi_pay: '0.00', maf_pay: '3220.00', psn_cash_pay: '1380.00' },
    delta: { maf_paid: '3220.00', maf_base: '4600.00' },
  },
  {
    // Class-B drug, 10 % first (assumed): 300 − 30 = 270 × 60 % = 162 in outpatient pooling.
    name: 'H18 class-B first self-pay 10 %',
    spec: { policy: H, level: 1, visit: { med_type: 'outpatient' }, lines: [['DRG-B-0001', '100', '3.00', '300.00']] },
    expect: { preselfpay_amt: '30.00', hifp_pay: '162.00' },
  },
  {
    // Pharmacy purchases are outside outpatient pooling: all cash.
    name: 'H19 pharmacy not covered',
    spec: { policy: H, visit: { med_type: 'pharmacy' }, lines: [['DRG-A-0001', '20', '0.80', '16.00']] },
    expect: { fund_pay_sumamt: '0.00', psn_cash_pay: '16.00' },
  },
  {
    // Cross-year stay belongs to the admission year (art. 64): admitted 2025-12-20 → 2025.
    name: 'H20 cross-year stay counts in the admission year',
    spec: { policy: H, settle_date: '2026-01-05', visit: { admission_date: '2025-12-20' }, lines: [surgery('3000.00')] },
    expect: { hifp_pay: '1200.00' },
    benefit_year: 2025,
  },
];

/** A 10-line pharmacy sale (the walking skeleton's shape): 393.70 in all. */
const PHARMACY_SALE: RequestSpec['lines'] = [
  ['DRG-A-0001', '24', '0.80', '19.20'],
  ['DRG-A-0003', '2', '5.00', '10.00'],
  ['DRG-B-0001', '30', '3.00', '90.00'],
  ['DRG-B-0003', '1', '20.00', '20.00'],
  ['DRG-C-0001', '1', '25.00', '25.00'],
  ['DRG-C-0002', '2', '38.00', '76.00'],
  ['DRG-A-0002', '1', '68.50', '68.50'],
  ['DRG-A-0005', '100', '0.10', '10.00'],
  ['DRG-A-0004', '60', '0.25', '15.00'],
  ['DRG-B-0002', '10', '6.00', '60.00'],
];

const employee: Case[] = [
  {
    // 10-line sale, Xing'an resident: class C 25 + 76 and imported class-B 60 = 161 entirely
    // self-paid; in scope 393.70 − 161 = 232.70; pharmacy is outside the fund: all 393.70 cash.
    name: 'E00 ten-line pharmacy sale, resident: all cash',
    spec: { policy: X, visit: { med_type: 'pharmacy' }, lines: PHARMACY_SALE },
    expect: { medfee_sumamt: '393.70', fulamt_ownpay_amt: '161.00', inscp_scp_amt: '232.70', fund_pay_sumamt: '0.00', acct_pay: '0.00', psn_cash_pay: '393.70' },
    delta: { hifp_paid: '0.00', earlier_admissions: 0 },
  },
  {
    // The same sale, employee with 300.00 in the account: class B 10 % first on 90 + 20 + 60 =
    // 17.00; class C 101; in scope 275.70; no pooled fund; account 300.00, cash 93.70.
    name: 'E00b ten-line pharmacy sale, employee: account then cash',
    spec: { policy: E, visit: { med_type: 'pharmacy' }, person: { account_balance: '300.00' }, lines: PHARMACY_SALE },
    expect: { medfee_sumamt: '393.70', fulamt_ownpay_amt: '101.00', preselfpay_amt: '17.00', inscp_scp_amt: '275.70', fund_pay_sumamt: '0.00', acct_pay: '300.00', psn_cash_pay: '93.70' },
  },
  {
    // Pharmacy sale, balance 500: 100 × 0.80 + 25 = 105, pooled fund 0, account 105, cash 0.
    name: 'E01 pharmacy: personal account pays first',
    spec: { policy: E, visit: { med_type: 'pharmacy' }, person: { account_balance: '500.00' }, lines: [['DRG-A-0001', '100', '0.80', '80.00'], ['DRG-C-0001', '1', '25.00', '25.00']] },
    expect: { fund_pay_sumamt: '0.00', psn_part_amt: '105.00', acct_pay: '105.00', psn_cash_pay: '0.00' },
  },
  {
    // Balance 50: account 50, cash 55.
    name: 'E02 pharmacy: account runs out, rest cash',
    spec: { policy: E, visit: { med_type: 'pharmacy' }, person: { account_balance: '50.00' }, lines: [['DRG-A-0001', '100', '0.80', '80.00'], ['DRG-C-0001', '1', '25.00', '25.00']] },
    expect: { acct_pay: '50.00', psn_cash_pay: '55.00' },
  },
  {
    // Level 3 stay (demo 900, 85 %): (10,000 − 900) × 85 % = 7,735; person 2,265: account 1,000, cash 1,265.
    name: 'E03 employee stay with account',
    spec: { policy: E, person: { account_balance: '1000.00' }, lines: [surgery('10000.00')] },
    expect: { act_pay_dedc: '900.00', hifp_pay: '7735.00', psn_part_amt: '2265.00', acct_pay: '1000.00', psn_cash_pay: '1265.00' },
  },
  {
    // Second stay: 900 / 2 = 450; class-B 200 × 10 % = 20 first; in scope 5,180;
    // (5,180 − 450) × 85 % = 4,020.50.
    name: 'E04 employee second stay, class-B 10 % first',
    spec: { policy: E, acc: { earlier_admissions: 1 }, lines: [['DRG-B-0003', '10', '20.00', '200.00'], surgery('5000.00')] },
    expect: { act_pay_dedc: '450.00', preselfpay_amt: '20.00', hifp_pay: '4020.50', psn_cash_pay: '1179.50' },
  },
  {
    // Chronic outpatient 85 %: 700 × 85 % = 595; the rest 105 from the account (balance 80) → cash 25.
    name: 'E05 employee special outpatient',
    spec: { policy: E, person: { account_balance: '80.00' }, visit: { med_type: 'special_outpatient', special_disease: 'diabetes_insulin' }, lines: [['DRG-A-0002', '10', '70.00', '700.00']] },
    expect: { hifp_pay: '595.00', acct_pay: '80.00', psn_cash_pay: '25.00' },
  },
  {
    // A resident has no account: balance ignored, all cash.
    name: 'E06 resident pharmacy: no account, all cash',
    spec: { policy: X, visit: { med_type: 'pharmacy' }, person: { account_balance: '500.00' }, lines: [['DRG-A-0001', '10', '0.80', '8.00']] },
    expect: { acct_pay: '0.00', psn_cash_pay: '8.00' },
  },
];

function check(c: Case): void {
  const result = trial(trialJson(c.spec));
  expect(result.setlinfo).toMatchObject(c.expect);
  for (const [key, value] of Object.entries(c.delta ?? {})) {
    expect(result.accumulators_delta[key as keyof AccumulatorsDelta], `delta ${key}`).toEqual(value);
  }
  const codes = result.warnings.map((w) => w.code);
  for (const code of c.warnings ?? []) expect(codes, `warning ${code}`).toContain(code);
  if (c.benefit_year !== undefined) expect(result.benefit_year).toBe(c.benefit_year);
  // The national invariants hold in every case.
  const s = result.setlinfo;
  const f = (x: string): number => Math.round(Number(x) * 100);
  expect(f(s.fund_pay_sumamt) + f(s.psn_part_amt)).toBe(f(s.medfee_sumamt));
  expect(f(s.acct_pay) + f(s.psn_cash_pay)).toBe(f(s.psn_part_amt));
  expect(f(s.hifp_pay) + f(s.hifmi_pay) + f(s.maf_pay)).toBe(f(s.fund_pay_sumamt));
}

describe("Xing'an League 2008", () => {
  it.each(xingan)('$name', check);
});
describe('Gansu 2007', () => {
  it.each(gansu)('$name', check);
});
describe('Henan 2017', () => {
  it.each(henan)('$name', check);
});
describe('demo employee 2026', () => {
  it.each(employee)('$name', check);
});

it('has at least 40 worked examples', () => {
  expect(xingan.length + gansu.length + henan.length + employee.length).toBeGreaterThanOrEqual(40);
});
