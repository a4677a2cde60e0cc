import { describe, expect, it } from 'vitest';
import { checkApprovals, tierFor } from './approvals.ts';

const op = (id: string, role: 'cashier' | 'supervisor' | 'auditor' = 'cashier') => ({ id, role, session_id: `s-${id}-${role}` });

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
    expect(checkApprovals(1, op('a'), [op('b', 'auditor')]).kind).toBe('approved');
    expect(checkApprovals(2, op('a'), [op('b'), op('c')])).toMatchObject({ kind: 'insufficient', have: { people: 3, supervisors: 0 } });
    expect(checkApprovals(2, op('a'), [op('b'), op('c', 'supervisor')]).kind).toBe('approved');
    expect(checkApprovals(3, op('a'), [op('b'), op('c', 'supervisor'), op('c', 'supervisor')]).kind).toBe('insufficient');
    expect(checkApprovals(3, op('a'), [op('b'), op('c', 'supervisor'), op('d', 'supervisor')]).kind).toBe('approved');
    // One person signed in as cashier and as supervisor counts once, as supervisor.
    expect(checkApprovals(2, op('a'), [op('b'), op('b', 'supervisor'), op('c')]).kind).toBe('approved');
  });
});
