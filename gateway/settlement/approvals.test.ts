import { describe, expect, it } from 'vitest';
import { checkApprovals, parseApprovalPolicy, tierFor, ZHOUSHAN_APPROVALS, ZHOUSHAN_APPROVALS_SETTING } from './approvals.ts';

const op = (id: string, role: 'cashier' | 'supervisor' | 'auditor' = 'cashier') => ({ id, role });

describe('Zhoushan tiered approval (seed 001 分级审批制度)', () => {
  it('places the boundaries on the stricter tier', () => {
    expect(tierFor('pharmacy', 199_999)).toBe(1);
    expect(tierFor('outpatient', 200_000)).toBe(2); // 2,000.00 is named by both tiers
    expect(tierFor('special_outpatient', 999_999)).toBe(2);
    expect(tierFor('outpatient', 1_000_000)).toBe(3);
    expect(tierFor('inpatient', 1_999_999)).toBe(1);
    expect(tierFor('inpatient', 2_000_000)).toBe(2);
    expect(tierFor('maternity_caesarean', 4_999_999)).toBe(2);
    expect(tierFor('inpatient', 5_000_000)).toBe(3);
    expect(tierFor('inpatient', -5_000_000)).toBe(3);
  });

  it('counts distinct people and supervisors', () => {
    expect(checkApprovals(1, op('a'), []).kind).toBe('insufficient');
    expect(checkApprovals(1, op('a'), [op('a')]).kind).toBe('insufficient');
    // An auditor never approves (separation of duties).
    expect(checkApprovals(1, op('a'), [op('b', 'auditor')]).kind).toBe('insufficient');
    expect(checkApprovals(1, op('a'), [op('b')]).kind).toBe('approved');
    expect(checkApprovals(2, op('a'), [op('b'), op('c')])).toMatchObject({ kind: 'insufficient', have: { people: 3, supervisors: 0 } });
    expect(checkApprovals(2, op('a'), [op('b'), op('c', 'supervisor')]).kind).toBe('approved');
    expect(checkApprovals(3, op('a'), [op('b'), op('c', 'supervisor'), op('c', 'supervisor')]).kind).toBe('insufficient');
    expect(checkApprovals(3, op('a'), [op('b'), op('c', 'supervisor'), op('d', 'supervisor')]).kind).toBe('approved');
    // One person signed in as cashier and as supervisor counts once, as supervisor.
    expect(checkApprovals(2, op('a'), [op('b'), op('b', 'supervisor'), op('c')]).kind).toBe('approved');
  });

  it('reads a site\'s tiers, and refuses settings that would weaken them into nothing', () => {
    const site = parseApprovalPolicy('outpatient=1000,5000;inpatient=10000,30000;people=2,2,3;supervisors=0,1,1');
    expect(tierFor('outpatient', 100_000, site)).toBe(2);
    expect(tierFor('inpatient', 3_000_000, site)).toBe(3);
    expect(parseApprovalPolicy(ZHOUSHAN_APPROVALS_SETTING)).toEqual(ZHOUSHAN_APPROVALS);
    expect(() => parseApprovalPolicy('outpatient=1000,5000;inpatient=10000,30000;people=1,2,3;supervisors=0,1,1')).toThrow(/at least two people/);
    expect(() => parseApprovalPolicy('outpatient=1000,5000;inpatient=10000,30000;people=3,2,3;supervisors=0,1,1')).toThrow(/fewer/);
    expect(() => parseApprovalPolicy('outpatient=1000;inpatient=10000,30000;people=2,2,3;supervisors=0,1,1')).toThrow(/outpatient/);
  });
});
