/**
 * Property-based tests: on any valid request for any shipped policy,
 * fund + person = total and account + cash = person exactly; no fund passes its caps;
 * a class-C line never changes a fund amount; line order does not matter; nothing is negative.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSettlement, defaultEngineContext, parseTrialRequest } from './index.ts';
import { lineAmountFen } from './parse.ts';
import { fen, parseScaled, yuan } from './fixed.ts';
import { ageOn } from './dates.ts';
import type { CapRule, Policy } from './policy-types.ts';
import { CATEGORIES, EXCLUSION_CAUSES, MED_TYPES, REFERRALS, SPECIAL_DISEASES, type SettlementResult, type TrialRequest } from './types.ts';

const ctx = defaultEngineContext();
const POLICIES = ctx.policies.policies;
const CODES = ['DRG-A-0001', 'DRG-A-0002', 'DRG-B-0001', 'DRG-B-0002', 'DRG-C-0001', 'SRV-A-0001', 'SRV-A-0002', 'SRV-B-0001', 'SRV-B-0002', 'SRV-B-0003', 'SRV-B-0004', 'MAT-A-0001', 'MAT-B-0001', 'MAT-B-0002', 'BLD-B-0001', 'SRV-A-0004', 'DRG-B-0003', 'NOT-IN-CAT'];

const moneyArb = (maxYuan: number): fc.Arbitrary<string> => fc.integer({ min: 0, max: maxYuan * 100 }).map(yuan);
const lineArb = fc.record({
  code: fc.constantFrom(...CODES),
  cnt: fc.oneof(fc.integer({ min: 1, max: 50 }).map(String), fc.integer({ min: 1, max: 999_999 }).map((n) => (n / 10_000).toFixed(4))),
  pric: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }).map(yuan), fc.integer({ min: 1, max: 99_999_999 }).map((n) => (n / 1_000_000).toFixed(6))),
  appr: fc.constantFrom('0', '1') as fc.Arbitrary<'0' | '1'>,
});

const requestArb = fc
  .record({
    policy: fc.constantFrom(...POLICIES),
    level: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
    remote: fc.boolean(),
    birth: fc.date({ min: new Date('1930-01-01'), max: new Date('2026-03-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    category: fc.constantFrom(...CATEGORIES),
    years: fc.integer({ min: 0, max: 12 }),
    blood: fc.boolean(),
    balance: moneyArb(3000),
    earlier: fc.integer({ min: 0, max: 6 }),
    hifp_paid: fc.oneof({ arbitrary: moneyArb(5_000), weight: 3 }, { arbitrary: moneyArb(60_000), weight: 1 }),
    hifmi_paid: moneyArb(20_000),
    ceiling: moneyArb(40_000),
    accident_paid: moneyArb(25_000),
    so_paid: fc.dictionary(fc.constantFrom(...SPECIAL_DISEASES), moneyArb(12_000)),
    outpatient_paid: moneyArb(500),
    maf_paid: moneyArb(12_000),
    hifmi_base: moneyArb(20_000),
    med_type: fc.constantFrom(...MED_TYPES),
    disease: fc.constantFrom(...SPECIAL_DISEASES),
    exclusion: fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, { arbitrary: fc.constantFrom(...EXCLUSION_CAUSES), weight: 1 }),
    accident: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.constant('student_no_fault' as const), weight: 1 }),
    referral: fc.oneof({ arbitrary: fc.constant('none' as const), weight: 3 }, { arbitrary: fc.constantFrom(...REFERRALS), weight: 1 }),
    admission: fc.option(fc.date({ min: new Date('2025-01-01'), max: new Date('2026-03-10'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { freq: 2 }),
    lines: fc.array(lineArb, { minLength: 1, maxLength: 12 }),
  })
  .map((r) => ({
    policy: r.policy.id,
    settle_date: '2026-03-10',
    facility: { level: r.level, remote: r.remote },
    person: { insutype: r.policy.insutype, birth_date: r.birth, category: r.category, contribution_years: r.years, blood_disease: r.blood, account_balance: r.balance },
    accumulators: {
      earlier_admissions: r.earlier, hifp_paid: r.hifp_paid, hifmi_paid: r.hifmi_paid, inscp_toward_ceiling: r.ceiling, accident_paid: r.accident_paid,
      special_outpatient_paid: r.so_paid, outpatient_paid: r.outpatient_paid, maf_paid: r.maf_paid, hifmi_base: r.hifmi_base,
    },
    visit: {
      med_type: r.med_type, special_disease: r.med_type === 'special_outpatient' ? r.disease : null, exclusion_cause: r.exclusion,
      accident: r.accident, referral: r.referral, admission_date: r.admission,
    },
    lines: r.lines.map((l, i) => ({
      feedetl_sn: `L${i}`, med_list_codg: l.code, cnt: l.cnt, pric: l.pric,
      det_item_fee_sumamt: yuan(lineAmountFen(parseScaled(l.cnt, 4), parseScaled(l.pric, 6))), hosp_appr_flag: l.appr,
    })),
  }));

const RUNS = { numRuns: 300 };

function money(result: SettlementResult): number[] {
  const s = result.setlinfo;
  const d = result.accumulators_delta;
  return [
    ...Object.entries(s).filter(([k]) => k !== 'pool_prop_selfpay').map(([, v]) => fen(v)),
    ...result.lines.flatMap((l) => [l.det_item_fee_sumamt, l.fulamt_ownpay_amt, l.overlmt_amt, l.preselfpay_amt, l.inscp_scp_amt].map(fen)),
    ...[d.hifp_paid, d.hifmi_paid, d.inscp_toward_ceiling, d.accident_paid, d.outpatient_paid, d.maf_paid, d.hifmi_base, d.maf_base].map(fen),
    ...Object.values(d.special_outpatient_paid).map((v) => fen(v!)),
  ];
}

function capFor(rule: CapRule, req: TrialRequest): number {
  let cap = fen(rule.amount);
  if (rule.minor_blood_disease && req.person.blood_disease && ageOn(req.person.birth_date, req.settle_date) < rule.minor_blood_disease.age_below) cap = fen(rule.minor_blood_disease.amount);
  if (rule.contribution_bonus && req.person.contribution_years >= rule.contribution_bonus.min_years) cap += fen(rule.contribution_bonus.amount);
  return cap;
}

/** After adding the delta, an accumulator stays within its cap (or does not move when it was already past it). */
function withinCap(before: string, delta: string, cap: number): void {
  const b = fen(before);
  const d = fen(delta);
  if (b >= cap) expect(d).toBe(0);
  else expect(b + d).toBeLessThanOrEqual(cap);
}

describe('settlement properties', () => {
  it('fund + person = total, account + cash = person, funds sum, line splits add up — exactly', () => {
    fc.assert(fc.property(requestArb, (json) => {
      const r = computeSettlement(parseTrialRequest(json), ctx);
      const s = r.setlinfo;
      expect(fen(s.fund_pay_sumamt) + fen(s.psn_part_amt)).toBe(fen(s.medfee_sumamt));
      expect(fen(s.acct_pay) + fen(s.psn_cash_pay)).toBe(fen(s.psn_part_amt));
      expect(fen(s.hifp_pay) + fen(s.hifmi_pay) + fen(s.maf_pay)).toBe(fen(s.fund_pay_sumamt));
      expect(fen(s.fulamt_ownpay_amt) + fen(s.overlmt_selfpay) + fen(s.preselfpay_amt) + fen(s.inscp_scp_amt)).toBe(fen(s.medfee_sumamt));
      for (const l of r.lines) {
        expect(fen(l.fulamt_ownpay_amt) + fen(l.overlmt_amt) + fen(l.preselfpay_amt) + fen(l.inscp_scp_amt)).toBe(fen(l.det_item_fee_sumamt));
      }
      expect(fen(s.acct_pay)).toBeLessThanOrEqual(fen(json.person.account_balance));
      expect(fen(s.act_pay_dedc)).toBeLessThanOrEqual(fen(s.inscp_scp_amt));
      expect(fen(s.fund_pay_sumamt)).toBeLessThanOrEqual(fen(s.inscp_scp_amt));
    }), RUNS);
  });

  it('the generator reaches the fund paths (guards against a vacuous run)', () => {
    const samples = fc.sample(requestArb, { numRuns: 300, seed: 42 });
    const paying = samples.filter((json) => fen(computeSettlement(parseTrialRequest(json), ctx).setlinfo.hifp_pay) > 0).length;
    const tiers = samples.filter((json) => fen(computeSettlement(parseTrialRequest(json), ctx).setlinfo.hifmi_pay) > 0).length;
    expect(paying).toBeGreaterThan(60);
    expect(tiers).toBeGreaterThan(0);
  });

  it('never negative', () => {
    fc.assert(fc.property(requestArb, (json) => {
      const r = computeSettlement(parseTrialRequest(json), ctx);
      for (const v of money(r)) expect(v).toBeGreaterThanOrEqual(0);
      expect(r.accumulators_delta.earlier_admissions).toBeGreaterThanOrEqual(0);
    }), RUNS);
  });

  it('no fund ever exceeds what remains of its caps', () => {
    fc.assert(fc.property(requestArb, (json) => {
      const req = parseTrialRequest(json);
      const policy = ctx.policies.get(req.policy!) as Policy;
      const r = computeSettlement(req, ctx);
      const d = r.accumulators_delta;
      const a = req.accumulators;
      withinCap(a.hifp_paid, d.hifp_paid, capFor(policy.caps.hifp, req));
      if (policy.caps.accident) withinCap(a.accident_paid, d.accident_paid, capFor(policy.caps.accident, req));
      if (policy.caps.outpatient) withinCap(a.outpatient_paid, d.outpatient_paid, capFor(policy.caps.outpatient, req));
      for (const t of policy.tiers) withinCap(a[`${t.fund}_paid`], d[`${t.fund}_paid`], fen(t.cap));
      for (const g of policy.special_outpatient.cap_groups) {
        const before = g.diseases.reduce((s, dz) => s + fen(a.special_outpatient_paid[dz] ?? '0'), 0);
        const added = g.diseases.reduce((s, dz) => s + fen(d.special_outpatient_paid[dz] ?? '0'), 0);
        withinCap(yuan(before), yuan(added), fen(g.amount));
      }
      const perVisit = policy.accident?.visits[req.visit.med_type];
      if (perVisit?.covered && perVisit.per_visit_cap && req.visit.accident) expect(fen(r.setlinfo.hifp_pay)).toBeLessThanOrEqual(fen(perVisit.per_visit_cap.amount));
      expect(r.setlinfo.hifmi_pay).toBe(d.hifmi_paid);
      expect(r.setlinfo.maf_pay).toBe(d.maf_paid);
    }), RUNS);
  });

  it('adding a class-C line never changes any fund amount', () => {
    fc.assert(fc.property(requestArb, fc.integer({ min: 1, max: 100_000 }), (json, cents) => {
      const base = computeSettlement(parseTrialRequest(json), ctx);
      const amount = yuan(cents);
      const more = { ...json, lines: [...json.lines, { feedetl_sn: 'C-EXTRA', med_list_codg: 'DRG-C-0001', cnt: '1', pric: amount, det_item_fee_sumamt: amount, hosp_appr_flag: '0' as const }] };
      const r = computeSettlement(parseTrialRequest(more), ctx);
      for (const k of ['hifp_pay', 'hifmi_pay', 'maf_pay', 'fund_pay_sumamt', 'inscp_scp_amt', 'act_pay_dedc'] as const) expect(r.setlinfo[k]).toBe(base.setlinfo[k]);
      expect(fen(r.setlinfo.psn_part_amt)).toBe(fen(base.setlinfo.psn_part_amt) + cents);
      expect(r.setldetail).toEqual(base.setldetail);
      expect(r.accumulators_delta).toEqual(base.accumulators_delta);
    }), RUNS);
  });

  it('results do not depend on line order', () => {
    fc.assert(fc.property(requestArb, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (json, keys) => {
      const order = json.lines.map((l) => ({ l, k: keys.next().value as number })).sort((a, b) => a.k - b.k).map((x) => x.l);
      const a = computeSettlement(parseTrialRequest(json), ctx);
      const b = computeSettlement(parseTrialRequest({ ...json, lines: order }), ctx);
      expect(b.setlinfo).toEqual(a.setlinfo);
      expect(b.setldetail).toEqual(a.setldetail);
      expect(b.accumulators_delta).toEqual(a.accumulators_delta);
      const bySn = (r: SettlementResult) => [...r.lines].sort((x, y) => x.feedetl_sn.localeCompare(y.feedetl_sn));
      expect(bySn(b)).toEqual(bySn(a));
    }), RUNS);
  });
});
