/**
 * Tiered approval of cancellations and reversals — Zhoushan internal-control rules (seed 001,
 * 分级审批制度; benefit-rules.md last section), by the amount the funds paid (单次支付费用):
 *
 *   tier 1  outpatient below 2,000 / inpatient below 20,000 — two people (初审, 复核);
 *   tier 2  outpatient 2,000–10,000 / inpatient 20,000–50,000 — those two and a supervisor
 *           (中心负责人);
 *   tier 3  above — those and a further approver of supervisor rank (分管领导).
 *
 * At a boundary both tiers' words apply ("2000元以下" and "2000元至10000元" both name 2,000);
 * the product takes the stricter tier: 2,000.00 outpatient is tier 2, 10,000.00 is tier 3,
 * 20,000.00 inpatient is tier 2, 50,000.00 is tier 3. Inpatient means an inpatient or
 * maternity stay; every other visit type (incl. pharmacy, special outpatient) is outpatient.
 *
 * "People" are distinct registered operators: the one asking for the cancellation plus those
 * who approved it beforehand at the gateway with their own secret (approval-records.ts). The
 * thresholds and who each tier needs are site configuration (`approvalTiers`), these rules
 * the default.
 */
import { GatewayError } from '../errors/gateway-error.ts';

export type Tier = 1 | 2 | 3;

const INPATIENT = new Set(['inpatient', 'maternity_natural', 'maternity_caesarean']);

export interface Requirement {
  readonly people: number;
  readonly supervisors: number;
}

/** The site's tiers: fund-payment thresholds in fen ([tier 2 from, tier 3 from]) and who each tier needs. */
export interface ApprovalPolicy {
  readonly thresholds: { readonly outpatient: readonly [number, number]; readonly inpatient: readonly [number, number] };
  readonly requirements: Readonly<Record<Tier, Requirement>>;
}

/** The Zhoushan defaults (seed 001 分级审批制度). */
export const ZHOUSHAN_APPROVALS: ApprovalPolicy = {
  thresholds: { outpatient: [200_000, 1_000_000], inpatient: [2_000_000, 5_000_000] },
  requirements: { 1: { people: 2, supervisors: 0 }, 2: { people: 3, supervisors: 1 }, 3: { people: 4, supervisors: 2 } },
};

/** The Zhoushan defaults as the `approvalTiers` setting writes them (yuan; people and supervisors per tier). */
export const ZHOUSHAN_APPROVALS_SETTING = 'outpatient=2000,10000;inpatient=20000,50000;people=2,3,4;supervisors=0,1,2';

/**
 * Reads the `approvalTiers` setting: `outpatient=A,B;inpatient=C,D;people=P1,P2,P3;supervisors=S1,S2,S3`
 * (thresholds in whole yuan where tiers 2 and 3 begin). Refuses what would weaken the rules
 * into nothing: at least two people at every tier, never fewer at a higher tier.
 */
export function parseApprovalPolicy(setting: string): ApprovalPolicy {
  const parts = new Map(setting.split(';').map((p) => p.trim()).filter(Boolean).map((p) => {
    const [k, v] = p.split('=');
    return [k?.trim() ?? '', (v ?? '').split(',').map((n) => Number(n.trim()))] as const;
  }));
  const want = (key: string, n: number): number[] => {
    const values = parts.get(key);
    if (!values || values.length !== n || values.some((x) => !Number.isInteger(x) || x < 0)) throw new Error(`${key}= needs ${n} whole numbers, comma-separated`);
    return values;
  };
  const [oa, ob] = want('outpatient', 2) as [number, number];
  const [ia, ib] = want('inpatient', 2) as [number, number];
  const people = want('people', 3);
  const supervisors = want('supervisors', 3);
  if (oa > ob || ia > ib) throw new Error('a tier-3 threshold must not be below the tier-2 one');
  for (let i = 0; i < 3; i++) {
    if (people[i]! < 2) throw new Error('every tier needs at least two people (the one asking and one approver)');
    if (supervisors[i]! > people[i]! - 1) throw new Error('supervisors are among the people, the one asking excluded');
    if (i > 0 && (people[i]! < people[i - 1]! || supervisors[i]! < supervisors[i - 1]!)) throw new Error('a higher tier may not need fewer people or supervisors');
  }
  const req = (i: number): Requirement => ({ people: people[i]!, supervisors: supervisors[i]! });
  return { thresholds: { outpatient: [oa * 100, ob * 100], inpatient: [ia * 100, ib * 100] }, requirements: { 1: req(0), 2: req(1), 3: req(2) } };
}

export function tierFor(medType: string, fundPayFen: number, policy: ApprovalPolicy = ZHOUSHAN_APPROVALS): Tier {
  const [two, three] = INPATIENT.has(medType) ? policy.thresholds.inpatient : policy.thresholds.outpatient;
  const amount = Math.abs(fundPayFen);
  if (amount >= three) return 3;
  if (amount >= two) return 2;
  return 1;
}

/** One person in an approval: the one asking, or an approver. */
export interface Person {
  readonly id: string;
  readonly role: 'cashier' | 'supervisor' | 'auditor';
}

export type ApprovalCheck<P extends Person> =
  | { readonly kind: 'approved'; readonly tier: Tier; readonly people: readonly P[] }
  | { readonly kind: 'insufficient'; readonly tier: Tier; readonly required: Requirement; readonly have: Requirement };

/**
 * Whether the requester and approvers together meet the tier. One person counts once, at the
 * higher of the roles shown; an auditor never counts as an approver (separation of duties).
 */
export function checkApprovals<P extends Person>(tier: Tier, requester: P, approvers: readonly P[], policy: ApprovalPolicy = ZHOUSHAN_APPROVALS): ApprovalCheck<P> {
  const byId = new Map<string, P>([[requester.id, requester]]);
  for (const a of approvers) {
    if (a.role === 'auditor') continue;
    const seen = byId.get(a.id);
    if (!seen || (seen.role !== 'supervisor' && a.role === 'supervisor')) byId.set(a.id, a);
  }
  const people = [...byId.values()];
  const have = { people: people.length, supervisors: people.filter((p) => p.role === 'supervisor').length };
  const required = policy.requirements[tier];
  if (have.people >= required.people && have.supervisors >= required.supervisors) return { kind: 'approved', tier, people };
  return { kind: 'insufficient', tier, required, have };
}

/** The refusal when a tier is not met: how many people and supervisors it needs and has. */
export function approvalRequired(check: { tier: Tier; required: Requirement; have: Requirement }, setlId: string): GatewayError {
  return new GatewayError('GW_APPROVAL_REQUIRED', {
    detail: `tier ${check.tier}: ${check.required.people} people incl. ${check.required.supervisors} supervisor(s); have ${check.have.people} incl. ${check.have.supervisors}`,
    details: { setl_id: setlId, tier: check.tier, required: check.required, have: check.have },
  });
}
