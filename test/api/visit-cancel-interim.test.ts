/**
 * The routes for visit cancellation and interim settlement, through inject(): cancelling an outpatient
 * registration / an admission (POST /v1/visits/:id/cancel, national 2202 / 2404) and interim
 * settlement of a stay still in hospital (`interim: true` on /trial and /settle, national
 * mid_setl_flag "1") — success, each validation error, auth failures, repeats, refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, ZHANG_SAN, type TestGateway } from './support.ts';
import { AuditLog } from '../../gateway/store/audit.ts';
import { decodeRecord } from '../../protocol/center/index.ts';

let t: TestGateway;
let cashier: string;
let auditor: string;
let zhang: string;
let n = 0;
const uniq = (p: string): string => `${p}-${++n}-${Date.now()}`;

beforeAll(async () => {
  t = await startTestGateway();
  cashier = await t.signIn('cashier-01');
  auditor = await t.signIn('audit-01', 'auditor');
  zhang = await t.identify(ZHANG_SAN, cashier);
});
afterAll(async () => {
  await t?.close();
});

const line = (sn: string, cnt: string, pric: string, amount: string, code = 'SRV-A-0002', more: Record<string, string> = {}) => ({ feedetl_sn: sn, med_list_codg: code, cnt, pric, det_item_fee_sumamt: amount, ...more });

async function openVisit(kind: 'outpatient' | 'inpatient', extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.call('POST', `/v1/visits/${kind}`, { session: cashier, payload: { psn_no: zhang, ipt_otp_no: uniq('V'), med_type: kind, begntime: '2026-11-01', ...extra } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().mdtrt_id as string;
}
const addLines = async (id: string, lines: unknown[]) => {
  const res = await t.call('POST', `/v1/visits/${id}/fee-lines`, { session: cashier, payload: { lines } });
  expect(res.statusCode, res.body).toBe(200);
  return res;
};
const cancelVisit = (id: string, session = cashier, payload: unknown = undefined) => t.call('POST', `/v1/visits/${id}/cancel`, { session, ...(payload !== undefined ? { payload } : {}) });
const settle = (id: string, payload: unknown = {}, key = uniq('s')) => t.call('POST', `/v1/visits/${id}/settle`, { session: cashier, headers: { 'idempotency-key': key }, payload });
/** The second person approves at the gateway, then the cashier cancels. */
const cancelSettlement = async (setlId: string) => {
  await t.approve(setlId, 'cashier-02', 'cashier');
  return t.call('POST', `/v1/settlements/${setlId}/cancel`, { session: cashier, headers: { 'idempotency-key': uniq('c') }, payload: { reason: '录入错误' } });
};
const auditActions = (subject: string): string[] => (t.gw.db.prepare('SELECT action FROM audit_log WHERE subject = ? ORDER BY seq').all(subject) as Array<{ action: string }>).map((r) => r.action);

describe('POST /v1/visits/:mdtrt_id/cancel (2202 / 2404)', () => {
  it('cancels an outpatient registration, audited; repeating it answers the same cancelled visit without a second entry', async () => {
    const id = await openVisit('outpatient');
    const res = await cancelVisit(id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ mdtrt_id: id, kind: 'outpatient', status: 'cancelled', cancelled_at: expect.any(String) });
    const again = await cancelVisit(id, cashier, {});
    expect(again.statusCode).toBe(200);
    expect(again.json().cancelled_at).toBe(res.json().cancelled_at);
    expect(auditActions(id)).toEqual(['visit.register', 'visit.cancel-registration']);
    expect((await t.call('GET', `/v1/visits/${id}`, { session: cashier })).json().status).toBe('cancelled');
  });

  it('cancels an admission (2404), audited as such', async () => {
    const id = await openVisit('inpatient');
    const res = await cancelVisit(id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'inpatient', status: 'cancelled' });
    expect(auditActions(id)).toEqual(['visit.admit', 'visit.cancel-admission']);
  });

  it('names each bad input: unknown visit, an over-long id, a body with fields', async () => {
    const unknown = await cancelVisit('M-NO-SUCH-VISIT');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'GW_VISIT_NOT_FOUND', details: { path: 'mdtrt_id' } });
    const long = await cancelVisit('M'.repeat(41));
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'params.mdtrt_id' } });
    const id = await openVisit('outpatient');
    const extra = await cancelVisit(id, cashier, { reason: 'x' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().code).toBe('GW_VALIDATION');
    expect(extra.json().details.path).toMatch(/^body/);
    expect((await t.call('GET', `/v1/visits/${id}`, { session: cashier })).json().status).toBe('open');
  });

  it('refuses without an API key, without a session, with an unknown session and for an auditor', async () => {
    const id = await openVisit('outpatient');
    const noKey = await t.gw.app.inject({ method: 'POST', url: `/v1/visits/${id}/cancel` });
    expect(noKey.statusCode).toBe(401);
    expect(noKey.json().code).toBe('GW_UNAUTHORIZED');
    const noSession = await t.call('POST', `/v1/visits/${id}/cancel`);
    expect(noSession.statusCode).toBe(400);
    expect(noSession.json().details.path).toBe('headers.x-session-id');
    const unknownSession = await cancelVisit(id, 'no-such-session');
    expect(unknownSession.statusCode).toBe(401);
    expect(unknownSession.json().code).toBe('GW_SESSION_REQUIRED');
    const byAuditor = await cancelVisit(id, auditor);
    expect(byAuditor.statusCode).toBe(403);
    expect(byAuditor.json().code).toBe('GW_FORBIDDEN');
    expect((await t.call('GET', `/v1/visits/${id}`, { session: cashier })).json().status).toBe('open');
  });

  it('refuses while fee lines stand (cancel them first with "0000"), then cancels', async () => {
    const id = await openVisit('outpatient');
    await addLines(id, [line('1', '1', '50.00', '50.00'), line('2', '2', '0.80', '1.60', 'DRG-A-0001')]);
    const refused = await cancelVisit(id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'GW_VISIT_HAS_LINES', details: { active_lines: 2 } });
    expect(refused.json().message).toContain('0000');
    expect((await t.call('DELETE', `/v1/visits/${id}/fee-lines/0000`, { session: cashier })).json()).toEqual({ cancelled: 2 });
    const ok = await cancelVisit(id);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().lines.map((l: { status: string }) => l.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('refuses a settled visit (GW_VISIT_SETTLED); after the settlement and the lines are cancelled it may go', async () => {
    const id = await openVisit('outpatient');
    await addLines(id, [line('1', '1', '50.00', '50.00')]);
    const s = await settle(id);
    expect(s.statusCode, s.body).toBe(200);
    const refused = await cancelVisit(id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'GW_VISIT_SETTLED', details: { setl_id: s.json().setl_id } });
    expect((await cancelSettlement(s.json().setl_id)).statusCode).toBe(200);
    await t.call('DELETE', `/v1/visits/${id}/fee-lines/0000`, { session: cashier });
    expect((await cancelVisit(id)).json().status).toBe('cancelled');
  });

  it('a cancelled visit refuses lines, line cancels, trial, settle, discharge, diagnoses and its visit number', async () => {
    const ipt = uniq('ZY');
    const body = { psn_no: zhang, ipt_otp_no: ipt, med_type: 'inpatient', begntime: '2026-11-01' };
    const id = (await t.call('POST', '/v1/visits/inpatient', { session: cashier, payload: body })).json().mdtrt_id as string;
    expect((await cancelVisit(id)).statusCode).toBe(200);
    const refusals = await Promise.all([
      t.call('POST', `/v1/visits/${id}/fee-lines`, { session: cashier, payload: { lines: [line('1', '1', '50.00', '50.00')] } }),
      t.call('DELETE', `/v1/visits/${id}/fee-lines/0000`, { session: cashier }),
      t.call('POST', `/v1/visits/${id}/trial`, { session: cashier, payload: {} }),
      settle(id),
      settle(id, { interim: true }),
      t.call('POST', `/v1/visits/${id}/discharge`, { session: cashier }),
      t.call('POST', `/v1/visits/${id}/cancel-discharge`, { session: cashier }),
      t.call('PUT', `/v1/visits/${id}/diagnoses`, { session: cashier, payload: { diagnoses: [] } }),
      t.call('POST', '/v1/visits/inpatient', { session: cashier, payload: body }),
    ]);
    for (const r of refusals) {
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().code).toBe('GW_VISIT_CANCELLED');
      expect(r.json().message).toMatch(/cancelled/);
    }
    expect(t.gw.db.prepare('SELECT count(*) AS c FROM fee_lines WHERE mdtrt_id = ?').get(id)).toEqual({ c: 0 });
    expect(t.gw.db.prepare('SELECT count(*) AS c FROM settlements WHERE mdtrt_id = ?').get(id)).toEqual({ c: 0 });
  });
});

describe('PUT /v1/visits/:mdtrt_id/med-type (2203 med_type)', () => {
  const put = (id: string, payload: unknown, session = cashier) => t.call('PUT', `/v1/visits/${id}/med-type`, { session, payload });

  it('changes the type while no line stands, within the visit\'s kind, audited; refused once a line stands', async () => {
    const id = await openVisit('outpatient');
    const res = await put(id, { med_type: 'special_outpatient', special_disease: 'diabetes_insulin' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ med_type: 'special_outpatient', special_disease: 'diabetes_insulin' });
    expect((await put(id, { med_type: 'emergency_outpatient' })).json()).toMatchObject({ med_type: 'emergency_outpatient', special_disease: null });
    expect(auditActions(id)).toEqual(['visit.register', 'visit.med-type', 'visit.med-type']);
    const kind = await put(id, { med_type: 'inpatient' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.med_type' } });
    const noDisease = await put(id, { med_type: 'special_outpatient' });
    expect(noDisease.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.med_type' } });
    expect((await put(id, { med_type: 'outpatient', special_disease: 'tuberculosis' })).json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.special_disease' } });
    expect((await put(id, { med_type: 'dentistry' })).json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.med_type' } });
    expect((await put(id, {})).json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.med_type' } });
    expect((await put(id, { med_type: 'outpatient' }, auditor)).json().code).toBe('GW_FORBIDDEN');
    await addLines(id, [line('1', '1', '50.00', '50.00')]);
    const withLines = await put(id, { med_type: 'outpatient' });
    expect(withLines.statusCode).toBe(409);
    expect(withLines.json()).toMatchObject({ code: 'GW_VISIT_HAS_LINES', details: { active_lines: 1 } });
    expect((await t.call('GET', `/v1/visits/${id}`, { session: cashier })).json().med_type).toBe('emergency_outpatient');
  });
});

describe('interim settlement (`interim: true`, 中途结算)', () => {
  it('settles the lines so far while the stay goes on; later lines go to the next one; the deductible is taken once', async () => {
    const id = await openVisit('inpatient');
    await addLines(id, [line('1', '1', '3000.00', '3000.00'), line('2', '10', '20.00', '200.00', 'DRG-B-0003')]);
    const trial = await t.call('POST', `/v1/visits/${id}/trial`, { session: cashier, payload: { interim: true } });
    expect(trial.statusCode, trial.body).toBe(200);
    const key = uniq('i');
    const first = await settle(id, { interim: true }, key);
    expect(first.statusCode, first.body).toBe(200);
    const a = first.json();
    expect(a).toMatchObject({ mdtrt_id: id, interim: true, cancelled_by: null });
    expect(a.result).toEqual(trial.json());
    expect(a.result.setlinfo.medfee_sumamt).toBe('3200.00');
    expect(Number(a.result.setlinfo.act_pay_dedc)).toBeGreaterThan(0);
    expect(a.result.accumulators_delta.earlier_admissions).toBe(1);
    // Replay: same key and body → the same settlement; the same key as a final settle → refused.
    expect((await settle(id, { interim: true }, key)).json().setl_id).toBe(a.setl_id);
    expect((await settle(id, {}, key)).json().code).toBe('GW_IDEMPOTENCY_CONFLICT');

    const visit = (await t.call('GET', `/v1/visits/${id}`, { session: cashier })).json();
    expect(visit.status).toBe('open');
    expect(visit.lines.map((l: { feedetl_sn: string; settled_by: string | null }) => [l.feedetl_sn, l.settled_by])).toEqual([['1', a.setl_id], ['2', a.setl_id]]);
    expect(visit.settlements).toEqual([{ setl_id: a.setl_id, cancelled_by: null, interim: true }]);

    // Nothing new to settle yet.
    expect((await settle(id, { interim: true })).json().code).toBe('GW_VISIT_EMPTY');
    // Settled lines are frozen; new ones are welcome.
    const frozen = await t.call('DELETE', `/v1/visits/${id}/fee-lines/1`, { session: cashier });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json()).toMatchObject({ code: 'GW_LINE_SETTLED', details: { setl_id: a.setl_id } });
    const refund = await t.call('POST', `/v1/visits/${id}/fee-lines`, { session: cashier, payload: { lines: [line('9', '-2', '20.00', '-40.00', 'DRG-B-0003', { init_feedetl_sn: '2' })] } });
    expect(refund.json()).toMatchObject({ code: 'GW_LINE_SETTLED', details: { path: 'body.lines[0].init_feedetl_sn' } });
    await addLines(id, [line('3', '1', '500.00', '500.00'), line('4', '1', '100.00', '100.00')]);
    // "0000" after an interim settlement cancels the lines not settled yet.
    expect((await t.call('DELETE', `/v1/visits/${id}/fee-lines/0000`, { session: cashier })).json()).toEqual({ cancelled: 2 });
    await addLines(id, [line('5', '1', '600.00', '600.00')]);

    const second = await settle(id, { interim: true });
    expect(second.statusCode, second.body).toBe(200);
    const b = second.json();
    expect(b.result.lines.map((l: { feedetl_sn: string }) => l.feedetl_sn)).toEqual(['5']);
    expect(b.result.setlinfo.act_pay_dedc).toBe('0.00');
    expect(b.result.accumulators_delta.earlier_admissions).toBe(0);

    // The final settlement still needs the discharge.
    await addLines(id, [line('6', '1', '1000.00', '1000.00')]);
    expect((await settle(id)).json().code).toBe('GW_VISIT_NOT_DISCHARGED');
    expect((await t.call('POST', `/v1/visits/${id}/discharge`, { session: cashier })).json().status).toBe('discharged');
    expect((await settle(id, { interim: true })).json().code).toBe('GW_INTERIM_NOT_ALLOWED');
    const last = await settle(id);
    expect(last.statusCode, last.body).toBe(200);
    const c = last.json();
    expect(c.interim).toBe(false);
    expect(c.result.lines.map((l: { feedetl_sn: string }) => l.feedetl_sn)).toEqual(['6']);
    expect(c.result.setlinfo).toMatchObject({ medfee_sumamt: '1000.00', act_pay_dedc: '0.00' });
    const total = [a, b, c].reduce((sum, s) => sum + Math.round(Number(s.result.setlinfo.medfee_sumamt) * 100), 0);
    expect(total).toBe(480000);
    // At most one live final settlement; after it, no interim either.
    expect((await settle(id)).json().code).toBe('GW_ALREADY_SETTLED');
    expect((await settle(id, { interim: true })).json().code).toBe('GW_ALREADY_SETTLED');
    expect((await t.call('GET', `/v1/settlements/${a.setl_id}`, { session: cashier })).json().interim).toBe(true);
    const receipt = await t.call('GET', `/v1/settlements/${a.setl_id}/receipt?format=html`, { session: cashier });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.body).toContain('<div class="flag">中途结算');
    // The final one is no interim settlement; its trace says what the interim ones took.
    const finalReceipt = (await t.call('GET', `/v1/settlements/${c.setl_id}/receipt?format=html`, { session: cashier })).body;
    expect(finalReceipt).not.toContain('<div class="flag">中途结算');
    expect(finalReceipt).toContain('本次住院此前的中途结算已负担');
    // The centre's records of the stay: the interim ones say so (upload.proto Settlement.interim).
    const records = t.gw.db.prepare("SELECT payload FROM outbox WHERE visit_id = ? AND kind = 'settlement' ORDER BY seq").all(id) as Array<{ payload: Buffer }>;
    expect(records.map((r) => decodeRecord(r.payload).settlement?.interim === true)).toEqual([true, true, false]);
  });

  it('racing interim settles of one stay with different keys: its lines are settled once', async () => {
    const id = await openVisit('inpatient');
    await addLines(id, [line('1', '1', '900.00', '900.00'), line('2', '3', '20.00', '60.00', 'DRG-B-0003')]);
    const results = await Promise.all([1, 2, 3, 4].map((i) => settle(id, { interim: true }, uniq(`race${i}`))));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    // The losers computed from the same lines and found the stay's settlements moved at commit
    // (GW_LINE_CONFLICT, "settle again"), or arrived after it and found nothing left.
    for (const r of results.filter((x) => x.statusCode !== 200)) {
      expect(r.statusCode).toBe(409);
      expect(['GW_LINE_CONFLICT', 'GW_VISIT_EMPTY']).toContain(r.json().code);
    }
    const rows = t.gw.db.prepare("SELECT setl_id FROM settlements WHERE mdtrt_id = ? AND kind = 'settlement'").all(id);
    expect(rows).toHaveLength(1);
  });

  it('names each refusal: an outpatient visit, a maternity stay, a non-boolean flag', async () => {
    const out = await openVisit('outpatient');
    await addLines(out, [line('1', '1', '50.00', '50.00')]);
    const o = await settle(out, { interim: true });
    expect(o.statusCode).toBe(409);
    expect(o.json()).toMatchObject({ code: 'GW_INTERIM_NOT_ALLOWED', details: { path: 'body.interim' } });
    expect((await t.call('POST', `/v1/visits/${out}/trial`, { session: cashier, payload: { interim: true } })).json().code).toBe('GW_INTERIM_NOT_ALLOWED');
    const birth = await openVisit('inpatient', { med_type: 'maternity_natural' });
    await addLines(birth, [line('1', '1', '800.00', '800.00')]);
    expect((await settle(birth, { interim: true })).json().code).toBe('GW_INTERIM_NOT_ALLOWED');
    const stay = await openVisit('inpatient');
    const bad = await settle(stay, { interim: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.interim' } });
    const badTrial = await t.call('POST', `/v1/visits/${stay}/trial`, { session: cashier, payload: { interim: 1 } });
    expect(badTrial.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.interim' } });
  });

  it('cancelling an interim settlement re-opens its lines: they settle again at discharge; cancels go last-first', async () => {
    const id = await openVisit('inpatient');
    await addLines(id, [line('1', '1', '2000.00', '2000.00')]);
    const interim = (await settle(id, { interim: true })).json();
    await addLines(id, [line('2', '1', '500.00', '500.00')]);
    const second = (await settle(id, { interim: true })).json();
    const early = await cancelSettlement(interim.setl_id);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'GW_SETTLEMENT_NOT_LAST', details: { later_setl_id: second.setl_id } });
    expect((await cancelSettlement(second.setl_id)).statusCode).toBe(200);
    const cancelled = await cancelSettlement(interim.setl_id);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const visit = (await t.call('GET', `/v1/visits/${id}`, { session: cashier })).json();
    expect(visit.lines.map((l: { settled_by: string | null }) => l.settled_by)).toEqual([null, null]);
    // A re-opened line may be cancelled again like any other.
    expect((await t.call('DELETE', `/v1/visits/${id}/fee-lines/2`, { session: cashier })).json()).toEqual({ cancelled: 1 });
    await t.call('POST', `/v1/visits/${id}/discharge`, { session: cashier });
    const final = await settle(id);
    expect(final.statusCode, final.body).toBe(200);
    expect(final.json().result.lines.map((l: { feedetl_sn: string }) => l.feedetl_sn)).toEqual(['1']);
    // Deductible as for a stay settled once: the cancelled interim took nothing away.
    expect(final.json().result.setlinfo.act_pay_dedc).toBe(interim.result.setlinfo.act_pay_dedc);
    expect(final.json().result.accumulators_delta.earlier_admissions).toBe(1);
    // A cancelled stay with live interim settlements? No: a live settlement refuses the visit cancel.
    expect((await cancelVisit(id)).json().code).toBe('GW_VISIT_SETTLED');
  });

  it('cancelling the discharge of an interim-settled stay is allowed; the audit chain verifies; the routes are in the OpenAPI document', async () => {
    const id = await openVisit('inpatient');
    await addLines(id, [line('1', '1', '800.00', '800.00')]);
    expect((await settle(id, { interim: true })).statusCode).toBe(200);
    await t.call('POST', `/v1/visits/${id}/discharge`, { session: cashier });
    const reopened = await t.call('POST', `/v1/visits/${id}/cancel-discharge`, { session: cashier });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().status).toBe('open');
    expect(new AuditLog(t.gw.db).verify().ok).toBe(true);
    const doc = (await t.gw.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(Object.keys(doc.paths)).toContain('/v1/visits/{mdtrt_id}/cancel');
    expect(JSON.stringify(doc.paths['/v1/visits/{mdtrt_id}/settle'])).toContain('interim');
  });
});
