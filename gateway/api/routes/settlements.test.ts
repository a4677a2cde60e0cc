import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, ZHANG_SAN, PHARMACY_LINES, type TestGateway } from '../../../test/api/support.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t.close();
});

describe('settlement answers (result text reused from the stored column)', () => {
  it('a sale, its replay and its query answer the same JSON, as application/json', async () => {
    const session = await t.signIn('cashier-1');
    const psn_no = await t.identify(ZHANG_SAN, session);
    const payload = { psn_no, lines: PHARMACY_LINES };
    const sale = await t.call('POST', '/v1/pharmacy/sales', { session, payload, headers: { 'idempotency-key': 'view-json-1' } });
    expect(sale.statusCode).toBe(200);
    expect(sale.headers['content-type']).toMatch(/^application\/json/);
    const view = sale.json() as { setl_id: string; result: { setlinfo: { medfee_sumamt: string } } };
    // The order SETTLEMENT_VIEW gave before: the result last.
    expect(Object.keys(view)).toEqual(['setl_id', 'mdtrt_id', 'psn_no', 'med_type', 'offline', 'setl_time', 'medins_setl_id', 'operator', 'session_id', 'cancelled_by', 'interim', 'mdtrt_cert_type', 'result']);
    expect(view.result.setlinfo.medfee_sumamt).toMatch(/^\d+\.\d{2}$/);

    const replay = await t.call('POST', '/v1/pharmacy/sales', { session, payload, headers: { 'idempotency-key': 'view-json-1' } });
    expect(replay.body).toBe(sale.body);
    const query = await t.call('GET', `/v1/settlements/${view.setl_id}`, { session });
    expect(query.headers['content-type']).toMatch(/^application\/json/);
    expect(query.json()).toEqual(view);
  });
});
