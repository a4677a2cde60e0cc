/**
 * The settle path's latency budget against the centre simulator: when the person's last
 * confirmation is stale and the centre is slow (or silent), the sale still answers within
 * settleBudgetMs, flagged offline; when the centre answers in time it is online.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, ZHANG_SAN, PHARMACY_LINES, type TestGateway } from './support.ts';

const BUDGET_MS = 400;
let t: TestGateway;
let session: string;
let psn: string;

beforeAll(async () => {
  t = await startTestGateway({ settleBudgetMs: BUDGET_MS });
  session = await t.signIn('budget-01');
  psn = await t.identify(ZHANG_SAN, session);
});

afterAll(async () => {
  await t?.close();
});

/** Makes the centre's last word on the person an hour old, so the settle path asks again. */
function staleConfirmation(): void {
  t.gw.db.prepare('UPDATE accumulator_snapshots SET taken_at = ? WHERE psn_no = ?').run(new Date(Date.now() - 3600_000).toISOString(), psn);
}

const sale = (key: string) => t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': key }, payload: { psn_no: psn, lines: PHARMACY_LINES } });

describe('settle budget', () => {
  it('asks the centre again when the confirmation is stale and settles online when it answers', async () => {
    staleConfirmation();
    const res = await sale('budget-online');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().offline).toBe(false);
  });

  it('settles offline, flagged on the row and the receipt, when the centre does not answer inside the budget', async () => {
    staleConfirmation();
    t.center.setFaults({ timeoutRate: 1 });
    try {
      const res = await sale('budget-offline');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().offline).toBe(true);
      expect(t.gw.db.prepare('SELECT offline FROM settlements WHERE idempotency_key = ?').get('budget-offline')).toEqual({ offline: 1 });
      const receipt = await t.call('GET', `/v1/settlements/${res.json().setl_id}/receipt`, { session });
      expect(receipt.body).toContain('离线结算');
    } finally {
      t.center.resetFaults();
    }
  });
});
