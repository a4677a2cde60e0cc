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
 * "People" are distinct operators with open sessions: the one asking plus the approvers.
 */
import type { Operator } from '../auth/sessions.ts';

export type Tier = 1 | 2 | 3;

const INPATIENT = new Set(['inpatient', 'maternity_natural', 'maternity_caesarean']);

/** Fund payment thresholds in fen: [tier 2 from, tier 3 from]. */
const THRESHOLDS = { outpatient: [200_000, 1_000_000], inpatient: [2_000_000, 5_000_000] } as const;

export function tierFor(medType: string, fundPayFen: number): Tier {
  const [two, three] = INPATIENT.has(medType) ? THRESHOLDS.inpatient : THRESHOLDS.outpatient;
  const amount = Math.abs(fundPayFen);
  if (amount >= three) return 3;
  if (amount >= two) return 2;
  return 1;
}

export interface Requirement {
  readonly people: number;
  readonly supervisors: number;
}

export const REQUIREMENTS: Readonly<Record<Tier, Requirement>> = {
  1: { people: 2, supervisors: 0 },
  2: { people: 3, supervisors: 1 },
  3: { people: 4, supervisors: 2 },
};

export type ApprovalCheck =
  | { readonly kind: 'approved'; readonly tier: Tier; readonly people: readonly Operator[] }
  | { readonly kind: 'insufficient'; readonly tier: Tier; readonly required: Requirement; readonly have: Requirement };

/** Whether the requester and approvers together meet the tier; one operator counts once. */
export function checkApprovals(tier: Tier, requester: Operator, approvers: readonly Operator[]): ApprovalCheck {
  const byId = new Map<string, Operator>([[requester.id, requester]]);
  for (const a of approvers) {
    const seen = byId.get(a.id);
    // The same person signed in twice counts once, at the higher of the roles shown.
    if (!seen || (seen.role !== 'supervisor' && a.role === 'supervisor')) byId.set(a.id, a);
  }
  const people = [...byId.values()];
  const have = { people: people.length, supervisors: people.filter((p) => p.role === 'supervisor').length };
  const required = REQUIREMENTS[tier];
  if (have.people >= required.people && have.supervisors >= required.supervisors) return { kind: 'approved', tier, people };
  return { kind: 'insufficient', tier, required, have };
}
