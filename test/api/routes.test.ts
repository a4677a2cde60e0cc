/**
 * Every HIS API endpoint through inject(): success, validation errors naming the field,
 * auth failures, idempotent replay, racing double settle, cancel and reverse with and
 * without the tiered approvals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, ZHANG_SAN, LI_SI, PHARMACY_LINES, type TestGateway } from './support.ts';
import { decodeRecord } from '../../protocol/center/index.ts';
import * as auditModule from '../../gateway/store/audit.ts';

let t: TestGateway;
let cashier: string;
let cashier2: string;
let auditor: string;
let zhang: string;
let li: string;
let n = 0;
const uniq = (p: string): string => `${p}-${++n}-${Date.now()}`;

beforeAll(async () => {
  t = await startTestGateway();
  cashier = await t.signIn('cashier-01');
  cashier2 = await t.signIn('cashier-02');
  auditor = await t.signIn('audit-01', 'auditor');
  zhang = await t.identify(ZHANG_SAN, cashier);
  li = await t.identify(LI_SI, cashier);
});

afterAll(async () => {
  await t?.close();
});

const sale = (key: string, payload: unknown, session = cashier) => t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': key }, payload });

async function openVisit(kind: 'outpatient' | 'inpatient', extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.call('POST', `/v1/visits/${kind}`, {
    session: cashier,
    payload: { psn_no: zhang, ipt_otp_no: uniq('V'), med_type: kind === 'inpatient' ? 'inpatient' : 'outpatient', begntime: '2026-11-01', ...extra },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().mdtrt_id as string;
}

const line = (sn: string, cnt: string, pric: string, amount: string, code = 'DRG-A-0003', more: Record<string, string> = {}) => ({ feedetl_sn: sn, med_list_codg: code, cnt, pric, det_item_fee_sumamt: amount, ...more });

describe('authentication and sessions', () => {
  it('refuses a request without a key, with an unknown key and with a revoked key; /healthz stays open', async () => {
    const none = await t.gw.app.inject({ method: 'GET', url: '/v1/settlements/S1' });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('GW_UNAUTHORIZED');
    const bad = await t.call('GET', '/v1/settlements/S1', { key: 'yk_abcdefabcdef_' + 'x'.repeat(43) });
    expect(bad.json().code).toBe('GW_UNAUTHORIZED');
    const other = t.gw.api.keys.create('pharmacy till 2', 'test');
    expect((await t.call('GET', '/v1/settlements/S1', { key: other.key })).statusCode).toBe(404);
    t.gw.api.keys.revoke(other.key_id, 'test');
    expect((await t.call('GET', '/v1/settlements/S1', { key: other.key })).json().code).toBe('GW_UNAUTHORIZED');
    const xApiKey = await t.gw.app.inject({ method: 'GET', url: '/v1/settlements/S1', headers: { 'x-api-key': t.key } });
    expect(xApiKey.json().code).toBe('GW_SETTLEMENT_NOT_FOUND');
    expect((await t.gw.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('stores only a hash of the key', () => {
    const created = t.gw.api.keys.create('his-3', 'test');
    const row = t.gw.db.prepare('SELECT * FROM api_keys WHERE key_id = ?').get(created.key_id) as Record<string, string>;
    expect(JSON.stringify(row)).not.toContain(created.key.slice(created.key.indexOf('_', 3) + 1));
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sign-in validates its body and names the field', async () => {
    const res = await t.call('POST', '/v1/operators/sign-in', { payload: { opter: 'x', role: 'boss' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.path).toBe('body.role');
    const missing = await t.call('POST', '/v1/operators/sign-in', { payload: { role: 'cashier' } });
    expect(missing.json().details.path).toBe('body.opter');
  });

  it('a write needs an open session; sign-out closes it; an auditor may not write', async () => {
    const noSession = await t.call('POST', '/v1/pharmacy/sales', { headers: { 'idempotency-key': uniq('k') }, payload: { psn_no: zhang, lines: PHARMACY_LINES } });
    expect(noSession.statusCode).toBe(400);
    expect(noSession.json().details.path).toBe('headers.x-session-id');
    const unknown = await sale(uniq('k'), { psn_no: zhang, lines: PHARMACY_LINES }, 'no-such-session');
    expect(unknown.json().code).toBe('GW_SESSION_REQUIRED');
    const s = await t.signIn('temp-01');
    const out = await t.call('POST', '/v1/operators/sign-out', { session: s });
    expect(out.statusCode).toBe(200);
    expect(out.json().closed_at).not.toBeNull();
    const closed = await sale(uniq('k'), { psn_no: zhang, lines: PHARMACY_LINES }, s);
    expect(closed.statusCode).toBe(401);
    expect(closed.json().code).toBe('GW_SESSION_CLOSED');
    const byAuditor = await sale(uniq('k'), { psn_no: zhang, lines: PHARMACY_LINES }, auditor);
    expect(byAuditor.statusCode).toBe(403);
    expect(byAuditor.json().code).toBe('GW_FORBIDDEN');
  });
});

describe('pharmacy sale', () => {
  it('settles, replays the same key and body, and refuses the key with another body', async () => {
    const key = uniq('sale');
    const first = await sale(key, { psn_no: zhang, lines: PHARMACY_LINES, medins_setl_id: uniq('MSG') });
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    expect(body.result.setlinfo.medfee_sumamt).toBe('51.00');
    expect(body.session_id).toBe(cashier);
    const again = await sale(key, { medins_setl_id: body.medins_setl_id, lines: PHARMACY_LINES, psn_no: zhang });
    expect(again.json().setl_id).toBe(body.setl_id);
    const other = await sale(key, { psn_no: zhang, lines: PHARMACY_LINES.slice(0, 1) });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('GW_IDEMPOTENCY_CONFLICT');
    const audit = t.gw.db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'settle' AND subject = ?").all(body.setl_id) as Array<{ actor: string; detail: string }>;
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail).session_id).toBe(cashier);
  });

  it('names the bad field and writes nothing', async () => {
    const before = (t.gw.db.prepare('SELECT count(*) AS c FROM settlements').get() as { c: number }).c;
    const noKey = await t.call('POST', '/v1/pharmacy/sales', { session: cashier, payload: { psn_no: zhang, lines: PHARMACY_LINES } });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().details.path).toBe('headers.idempotency-key');
    const extra = await sale(uniq('k'), { psn_no: zhang, lines: PHARMACY_LINES, discount: '1.00' });
    expect(extra.json().details.path).toBe('body.discount');
    const money = await sale(uniq('k'), { psn_no: zhang, lines: [{ ...PHARMACY_LINES[0], det_item_fee_sumamt: '16' }] });
    expect(money.json().details.path).toBe('body.lines.0.det_item_fee_sumamt');
    const mismatch = await sale(uniq('k'), { psn_no: zhang, lines: [{ ...PHARMACY_LINES[0], det_item_fee_sumamt: '16.01' }] });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().code).toBe('GW_LINE_AMOUNT_MISMATCH');
    const nobody = await sale(uniq('k'), { psn_no: 'P-UNKNOWN', lines: PHARMACY_LINES });
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().code).toBe('GW_PERSON_UNKNOWN');
    const empty = await sale(uniq('k'), { psn_no: zhang, lines: [] });
    expect(empty.json().details.path).toBe('body.lines');
    expect((t.gw.db.prepare('SELECT count(*) AS c FROM settlements').get() as { c: number }).c).toBe(before);
  });

  it('two racing requests with one key give one settlement', async () => {
    const key = uniq('race');
    const [a, b] = await Promise.all([sale(key, { psn_no: zhang, lines: PHARMACY_LINES }), sale(key, { psn_no: zhang, lines: PHARMACY_LINES })]);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(a.json().setl_id).toBe(b.json().setl_id);
    expect(t.gw.db.prepare('SELECT count(*) AS c FROM settlements WHERE idempotency_key = ?').get(key)).toEqual({ c: 1 });
  });

  it('pays from the personal account and debits the cached balance', async () => {
    const res = await sale(uniq('acct'), { psn_no: li, lines: [line('1', '2', '5.00', '10.00')] });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json().result.setlinfo;
    expect(s.acct_pay).not.toBe('0.00');
  });
});

describe('visits and fee lines', () => {
  it('registers an outpatient visit once per HIS visit number and refuses a different registration under it', async () => {
    const no = uniq('MZ');
    const payload = { psn_no: zhang, ipt_otp_no: no, med_type: 'outpatient', diagnoses: [{ diag_type: '1', diag_code: 'J06.900', diag_name: '急性上呼吸道感染' }] };
    const a = await t.call('POST', '/v1/visits/outpatient', { session: cashier, payload });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json().diagnoses[0].maindiag_flag).toBe('1');
    const b = await t.call('POST', '/v1/visits/outpatient', { session: cashier, payload });
    expect(b.json().mdtrt_id).toBe(a.json().mdtrt_id);
    const c = await t.call('POST', '/v1/visits/outpatient', { session: cashier, payload: { ...payload, med_type: 'emergency_outpatient' } });
    expect(c.statusCode).toBe(409);
    expect(c.json().code).toBe('GW_VISIT_CONFLICT');
  });

  it('validates visit type, special disease, person and field formats', async () => {
    const wrongKind = await t.call('POST', '/v1/visits/inpatient', { session: cashier, payload: { psn_no: zhang, ipt_otp_no: uniq('ZY'), med_type: 'outpatient' } });
    expect(wrongKind.json().details.path).toBe('body.med_type');
    const noDisease = await t.call('POST', '/v1/visits/outpatient', { session: cashier, payload: { psn_no: zhang, ipt_otp_no: uniq('MZ'), med_type: 'special_outpatient' } });
    expect(noDisease.json().details.path).toBe('body.special_disease');
    const nobody = await t.call('POST', '/v1/visits/outpatient', { session: cashier, payload: { psn_no: 'nobody', ipt_otp_no: uniq('MZ'), med_type: 'outpatient' } });
    expect(nobody.json().code).toBe('GW_PERSON_UNKNOWN');
    const badTime = await t.call('POST', '/v1/visits/outpatient', { session: cashier, payload: { psn_no: zhang, ipt_otp_no: uniq('MZ'), med_type: 'outpatient', begntime: 'yesterday' } });
    expect(badTime.json().details.path).toBe('body.begntime');
    const unknownVisit = await t.call('GET', '/v1/visits/M-NONE', { session: cashier });
    expect(unknownVisit.json().code).toBe('GW_VISIT_NOT_FOUND');
  });

  it('adds lines with their split, replays them, refuses a changed line, refunds and cancels', async () => {
    const id = await openVisit('inpatient');
    const url = `/v1/visits/${id}/fee-lines`;
    const add = await t.call('POST', url, { session: cashier, payload: { lines: [line('1', '10', '5.00', '50.00'), line('2', '1', '35.00', '35.00', 'DRG-C-0001')] } });
    expect(add.statusCode, add.body).toBe(200);
    expect(add.json().lines.map((l: { status: string }) => l.status)).toEqual(['added', 'added']);
    expect(add.json().lines[1].split.fulamt_ownpay_amt).toBe('35.00');
    const replay = await t.call('POST', url, { session: cashier, payload: { lines: [line('1', '10', '5.00', '50.00')] } });
    expect(replay.json().lines[0].status).toBe('replayed');
    const changed = await t.call('POST', url, { session: cashier, payload: { lines: [line('1', '11', '5.00', '55.00')] } });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().code).toBe('GW_LINE_CONFLICT');

    const refund = await t.call('POST', url, { session: cashier, payload: { lines: [line('1R', '-4', '5.00', '-20.00', 'DRG-A-0003', { init_feedetl_sn: '1' })] } });
    expect(refund.statusCode, refund.body).toBe(200);
    expect(refund.json().lines[0].split.det_item_fee_sumamt).toBe('30.00');
    for (const [bad, path] of [
      [line('X1', '-1', '5.00', '-5.00'), 'body.lines[0].cnt'],
      [line('X2', '-7', '5.00', '-35.00', 'DRG-A-0003', { init_feedetl_sn: '1' }), 'body.lines[0].cnt'],
      [line('X3', '-1', '5.00', '-4.00', 'DRG-A-0003', { init_feedetl_sn: '1' }), 'body.lines[0].det_item_fee_sumamt'],
      [line('X4', '-1', '5.00', '-5.00', 'DRG-A-0003', { init_feedetl_sn: 'nope' }), 'body.lines[0].init_feedetl_sn'],
    ] as const) {
      const res = await t.call('POST', url, { session: cashier, payload: { lines: [bad] } });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().code).toBe('GW_LINE_REFUND_INVALID');
      expect(res.json().details.path).toBe(path);
    }
    // One bad line in a batch: nothing of the batch is written.
    const mixed = await t.call('POST', url, { session: cashier, payload: { lines: [line('3', '1', '5.00', '5.00'), line('4', '2', '5.00', '10.01')] } });
    expect(mixed.json().code).toBe('GW_LINE_AMOUNT_MISMATCH');
    expect(mixed.json().details.path).toMatch(/^body\.lines\[1\]/);
    const dup = await t.call('POST', url, { session: cashier, payload: { lines: [line('5', '1', '5.00', '5.00'), line('5', '1', '5.00', '5.00')] } });
    expect(dup.json().code).toBe('GW_LINE_DUPLICATE_SN');
    const visit = (await t.call('GET', `/v1/visits/${id}`, { session: cashier })).json();
    expect(visit.lines.map((l: { feedetl_sn: string }) => l.feedetl_sn)).toEqual(['1', '2', '1R']);

    const trial = await t.call('POST', `/v1/visits/${id}/trial`, { session: cashier });
    expect(trial.json().setlinfo.medfee_sumamt).toBe('65.00');
    const cancelOne = await t.call('DELETE', `${url}/1`, { session: cashier });
    expect(cancelOne.json()).toEqual({ cancelled: 2 });
    const unknown = await t.call('DELETE', `${url}/nope`, { session: cashier });
    expect(unknown.json().code).toBe('GW_LINE_NOT_FOUND');
    const all = await t.call('DELETE', `${url}/0000`, { session: cashier });
    expect(all.json()).toEqual({ cancelled: 1 });
    const empty = await t.call('POST', `/v1/visits/${id}/trial`, { session: cashier, payload: {} });
    expect(empty.json().code).toBe('GW_VISIT_EMPTY');
  });

  it('a trial writes nothing', async () => {
    const id = await openVisit('outpatient');
    await t.call('POST', `/v1/visits/${id}/fee-lines`, { session: cashier, payload: { lines: [line('1', '2', '5.00', '10.00')] } });
    const count = () => t.gw.db.prepare('SELECT (SELECT count(*) FROM settlements) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM outbox) AS c').get();
    const before = count();
    const trial = await t.call('POST', `/v1/visits/${id}/trial`, { session: cashier, payload: { use_account: false } });
    expect(trial.statusCode).toBe(200);
    expect(trial.json().setlinfo.medfee_sumamt).toBe('10.00');
    expect(count()).toEqual(before);
  });

  it('settles an inpatient stay only after discharge, once, and freezes its lines', async () => {
    const id = await openVisit('inpatient');
    await t.call('POST', `/v1/visits/${id}/fee-lines`, { session: cashier, payload: { lines: [line('1', '3', '40.00', '120.00', 'SRV-A-0001'), line('2', '1', '5000.00', '5000.00', 'SRV-A-0002')] } });
    const early = await t.call('POST', `/v1/visits/${id}/settle`, { session: cashier, headers: { 'idempotency-key': uniq('s') } });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('GW_VISIT_NOT_DISCHARGED');
    const d = await t.call('POST', `/v1/visits/${id}/discharge`, { session: cashier, payload: { diagnoses: [{ diag_type: '1', diag_code: 'K35.800', diag_name: '急性阑尾炎' }] } });
    expect(d.json().status).toBe('discharged');
    const late = await t.call('POST', `/v1/visits/${id}/fee-lines`, { session: cashier, payload: { lines: [line('3', '1', '5.00', '5.00')] } });
    expect(late.json().code).toBe('GW_VISIT_DISCHARGED');
    const key = uniq('s');
    const settled = await t.call('POST', `/v1/visits/${id}/settle`, { session: cashier, headers: { 'idempotency-key': key } });
    expect(settled.statusCode, settled.body).toBe(200);
    const s = settled.json().result.setlinfo;
    expect(s.medfee_sumamt).toBe('5120.00');
    expect(BigInt(s.fund_pay_sumamt.replace('.', '')) + BigInt(s.psn_part_amt.replace('.', ''))).toBe(512000n);
    const replay = await t.call('POST', `/v1/visits/${id}/settle`, { session: cashier, headers: { 'idempotency-key': key }, payload: {} });
    expect(replay.json().setl_id).toBe(settled.json().setl_id);
    const twice = await t.call('POST', `/v1/visits/${id}/settle`, { session: cashier, headers: { 'idempotency-key': uniq('s') } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('GW_ALREADY_SETTLED');
    const frozen = await t.call('DELETE', `/v1/visits/${id}/fee-lines/1`, { session: cashier });
    expect(frozen.json().code).toBe('GW_VISIT_SETTLED');
    const reopen = await t.call('POST', `/v1/visits/${id}/cancel-discharge`, { session: cashier });
    expect(reopen.json().code).toBe('GW_VISIT_SETTLED');
    const diag = await t.call('PUT', `/v1/visits/${id}/diagnoses`, { session: cashier, payload: { diagnoses: [{ diag_type: '1', diag_code: 'K35.801', diag_name: '阑尾炎伴穿孔' }] } });
    expect(diag.json().diagnoses[0].diag_code).toBe('K35.801');
  });

  it('two racing settles of one visit with different keys: exactly one settlement', async () => {
    const id = await openVisit('outpatient');
    await t.call('POST', `/v1/visits/${id}/fee-lines`, { session: cashier, payload: { lines: [line('1', '2', '5.00', '10.00')] } });
    const results = await Promise.all([1, 2, 3, 4].map((i) => t.call('POST', `/v1/visits/${id}/settle`, { session: cashier, headers: { 'idempotency-key': uniq(`r${i}`) } })));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(['GW_ALREADY_SETTLED', 'GW_ALREADY_SETTLED', 'GW_ALREADY_SETTLED']);
    expect(t.gw.db.prepare("SELECT count(*) AS c FROM settlements WHERE mdtrt_id = ? AND kind = 'settlement'").get(id)).toEqual({ c: 1 });
  });
});

describe('cancel and reverse with tiered approvals', () => {
  async function settledVisit(kind: 'outpatient' | 'inpatient', lines: unknown[], extra: Record<string, unknown> = {}): Promise<{ id: string; setl: Record<string, unknown> }> {
    const id = await openVisit(kind, extra);
    const add = await t.call('POST', `/v1/visits/${id}/fee-lines`, { session: cashier, payload: { lines } });
    expect(add.statusCode, add.body).toBe(200);
    if (kind === 'inpatient') await t.call('POST', `/v1/visits/${id}/discharge`, { session: cashier });
    const res = await t.call('POST', `/v1/visits/${id}/settle`, { session: cashier, headers: { 'idempotency-key': uniq('s') } });
    expect(res.statusCode, res.body).toBe(200);
    return { id, setl: res.json() };
  }
  const cancel = (setlId: string, key: string, payload: unknown, session = cashier) => t.call('POST', `/v1/settlements/${setlId}/cancel`, { session, headers: { 'idempotency-key': key }, payload });

  it('tier 1 needs a second person; the cancellation negates amounts, accumulators and account, and queues a Cancellation record', async () => {
    const accBefore = t.gw.settlements.persons.accumulators(zhang, new Date().getUTCFullYear());
    const { id, setl } = await settledVisit('inpatient', [line('1', '1', '3000.00', '3000.00', 'SRV-A-0002')]);
    const setlId = setl.setl_id as string;
    const alone = await cancel(setlId, uniq('c'), { reason: 'wrong patient' });
    expect(alone.statusCode).toBe(403);
    expect(alone.json().code).toBe('GW_APPROVAL_REQUIRED');
    expect(alone.json().details).toMatchObject({ tier: 1, required: { people: 2 }, have: { people: 1 } });
    // A session id in the body approves nothing: approvals are given at the gateway.
    const sessionAsApproval = await cancel(setlId, uniq('c'), { reason: 'wrong patient', approvals: [cashier2] });
    expect(sessionAsApproval.json().details.path).toBe('body.approvals');
    const missingReason = await cancel(setlId, uniq('c'), {});
    expect(missingReason.json().details.path).toBe('body.reason');
    // The cashier who settled it may not approve its cancellation.
    const own = await t.approve(setlId, 'cashier-01', 'cashier');
    expect(own.json().code).toBe('GW_APPROVER_NOT_ALLOWED');

    const approved = await t.approve(setlId, 'cashier-02', 'cashier');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ setl_id: setlId, tier: 1, required: { people: 2, supervisors: 0 }, approvals: [{ id: 'cashier-02', role: 'cashier', via: 'api' }] });
    const key = uniq('c');
    const ok = await cancel(setlId, key, { reason: 'wrong patient' });
    expect(ok.statusCode, ok.body).toBe(200);
    const c = ok.json();
    expect(c.original_setl_id).toBe(setlId);
    expect(c.setlinfo.medfee_sumamt).toBe('-3000.00');
    expect(c.approved_by).toBe('gateway');
    expect(c.approvals).toEqual([expect.objectContaining({ operator: 'cashier-02', role: 'cashier', approval_id: approved.json().approvals[0].approval_id, via: 'api' })]);
    expect((await cancel(setlId, key, { reason: 'wrong patient' })).json().setl_id).toBe(c.setl_id);
    const twice = await cancel(setlId, uniq('c'), { reason: 'again' });
    expect(twice.json().code).toBe('GW_ALREADY_CANCELLED');
    expect((await t.call('GET', `/v1/settlements/${setlId}`, { session: cashier })).json().cancelled_by).toBe(c.setl_id);
    expect((await t.call('GET', `/v1/cancellations/${c.setl_id}`, { session: cashier })).json().reason).toBe('wrong patient');

    expect(t.gw.settlements.persons.accumulators(zhang, new Date().getUTCFullYear())).toEqual(accBefore);
    const records = t.gw.db.prepare('SELECT kind, seq, payload FROM outbox WHERE visit_id = ? ORDER BY seq').all(id) as Array<{ kind: string; seq: number; payload: Buffer }>;
    expect(records.map((r) => [r.kind, r.seq])).toEqual([['settlement', 1], ['cancellation', 2]]);
    const rec = decodeRecord(records[1]!.payload);
    expect(rec.cancellation?.origSetlId).toBe(setlId);
    expect(rec.cancellation?.amounts?.medfeeSumamt).toBe('-3000.00');
    expect(rec.cancellation?.origRecordId).toBe(decodeRecord(records[0]!.payload).recordId);

    // Cancelled: the visit's lines may change and it may be settled again.
    const resettle = await t.call('POST', `/v1/visits/${id}/settle`, { session: cashier, headers: { 'idempotency-key': uniq('s') } });
    expect(resettle.statusCode, resettle.body).toBe(200);
  });

  it('tier 2 (special outpatient, funds 2,000–10,000) also needs a supervisor', async () => {
    const { setl } = await settledVisit('outpatient', [line('1', '1', '5000.00', '5000.00', 'SRV-A-0002')], { med_type: 'special_outpatient', special_disease: 'cancer_chemo_radio' });
    const fund = (setl.result as { setlinfo: { fund_pay_sumamt: string } }).setlinfo.fund_pay_sumamt;
    expect(Number(fund)).toBeGreaterThanOrEqual(2000);
    expect(Number(fund)).toBeLessThan(10000);
    await t.approve(setl.setl_id as string, 'cashier-02', 'cashier');
    const two = await cancel(setl.setl_id as string, uniq('c'), { reason: 'x' });
    expect(two.json().details).toMatchObject({ tier: 2, required: { people: 3, supervisors: 1 }, have: { people: 2, supervisors: 0 } });
    await t.approve(setl.setl_id as string, 'super-01');
    const ok = await cancel(setl.setl_id as string, uniq('c'), { reason: 'x' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().tier).toBe(2);
  });

  it('tier 3 (funds above 10,000 outpatient) needs a further approver', async () => {
    const { setl } = await settledVisit('outpatient', [line('1', '1', '20000.00', '20000.00', 'SRV-A-0002')], { med_type: 'special_outpatient', special_disease: 'cancer_chemo_radio' });
    await t.approve(setl.setl_id as string, 'cashier-02', 'cashier');
    await t.approve(setl.setl_id as string, 'super-01');
    // An auditor never approves, and a supervisor approving twice counts once.
    expect((await t.approve(setl.setl_id as string, 'audit-01', 'auditor')).json().code).toBe('GW_APPROVER_NOT_ALLOWED');
    await t.approve(setl.setl_id as string, 'super-01');
    const three = await cancel(setl.setl_id as string, uniq('c'), { reason: 'x' });
    expect(three.json().details).toMatchObject({ tier: 3, required: { people: 4, supervisors: 2 }, have: { people: 3, supervisors: 1 } });
    await t.approve(setl.setl_id as string, 'super-02');
    const ok = await cancel(setl.setl_id as string, uniq('c'), { reason: 'x' }, cashier);
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('reverses a committed sale by its idempotency key or msgid, and burns a key that never committed', async () => {
    const key = uniq('lost');
    const msgid = uniq('MSG');
    const settled = await sale(key, { psn_no: zhang, lines: PHARMACY_LINES, medins_setl_id: msgid });
    // Past the grace window (or from another HIS client) a reversal needs approval like a cancellation.
    const otherClient = t.gw.api.keys.create('another HIS', 'test').key;
    const otherCashier = (await t.call('POST', '/v1/operators/sign-in', { key: otherClient, payload: { opter: 'cashier-09' } })).json().session_id as string;
    const noApproval = await t.call('POST', '/v1/reversals', { key: otherClient, session: otherCashier, payload: { idempotency_key: key, reason: 'timeout' } });
    expect(noApproval.json().code).toBe('GW_APPROVAL_REQUIRED');
    // From the client that sent it, soon after: it undoes an outcome that client never received.
    const rev = await t.call('POST', '/v1/reversals', { session: cashier, payload: { omsgid: msgid, reason: 'timeout' } });
    expect(rev.statusCode, rev.body).toBe(200);
    expect(rev.json().outcome).toBe('reversed');
    expect(rev.json().cancellation.original_setl_id).toBe(settled.json().setl_id);
    expect(rev.json().cancellation.reversal).toBe(true);
    expect(rev.json().cancellation.approved_by).toBe('reversal-grace');
    const again = await t.call('POST', '/v1/reversals', { session: cashier, payload: { idempotency_key: key, reason: 'timeout' } });
    expect(again.json().outcome).toBe('already_cancelled');

    const never = uniq('never');
    const none = await t.call('POST', '/v1/reversals', { session: cashier, payload: { idempotency_key: never, reason: 'timeout' } });
    expect(none.json().outcome).toBe('not_settled');
    const noneAgain = await t.call('POST', '/v1/reversals', { session: cashier, payload: { idempotency_key: never, reason: 'timeout' } });
    expect(noneAgain.json().reversal_id).toBe(none.json().reversal_id);
    const late = await sale(never, { psn_no: zhang, lines: PHARMACY_LINES });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('GW_REVERSED');
    const neither = await t.call('POST', '/v1/reversals', { session: cashier, payload: { reason: 'x' } });
    expect(neither.json().details.path).toBe('body.idempotency_key');
  });
});

describe('receipts, queries and totals', () => {
  it('prints a receipt as HTML (80 mm and A5) and as PDF', async () => {
    const res = await sale(uniq('rcpt'), { psn_no: zhang, lines: PHARMACY_LINES });
    const id = res.json().setl_id as string;
    const html = await t.call('GET', `/v1/settlements/${id}/receipt`, { session: auditor });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('现金支付');
    expect(html.body).toContain(res.json().result.setlinfo.psn_cash_pay);
    expect(html.body).toContain('80mm');
    expect(html.body).toContain('152201********1237');
    expect(html.body).not.toContain(ZHANG_SAN);
    const a5 = await t.call('GET', `/v1/settlements/${id}/receipt?paper=a5`, { session: auditor });
    expect(a5.body).toContain('size: A5');
    const pdf = await t.call('GET', `/v1/settlements/${id}/receipt?format=pdf&paper=a5`, { session: auditor });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await t.call('GET', `/v1/settlements/${id}/receipt?format=docx`, { session: auditor });
    expect(bad.json().details.path).toBe('querystring.format');
    const missing = await t.call('GET', '/v1/settlements/S-NONE/receipt', { session: auditor });
    expect(missing.json().code).toBe('GW_SETTLEMENT_NOT_FOUND');
  });

  it('daily totals net cancellations and validate the date', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const res = await t.call('GET', `/v1/totals/daily?date=${today}`, { session: auditor });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const rows = t.gw.db.prepare('SELECT sum(medfee_sumamt) AS s, sum(kind = \'settlement\') - sum(kind = \'cancellation\') AS n FROM settlements').get() as { s: number; n: number };
    expect(body.fixmedins_setl_cnt).toBe(rows.n);
    expect(body.medfee_sumamt).toBe((rows.s / 100).toFixed(2));
    expect((await t.call('GET', '/v1/totals/daily?date=2026-02-30', { session: auditor })).json().details.path).toBe('querystring.date');
    expect((await t.call('GET', '/v1/totals/daily', { session: auditor })).json().details.path).toBe('querystring.date');
  });

  it('the audit chain verifies after all of the above', () => {
    expect(t.gw.api.settlements).toBeDefined();
    const { AuditLog } = auditModule;
    expect(new AuditLog(t.gw.db).verify().ok).toBe(true);
  });

  it('publishes the OpenAPI document with every route', async () => {
    const doc = await t.gw.app.inject({ method: 'GET', url: '/docs/json' });
    const paths = Object.keys(doc.json().paths as Record<string, unknown>);
    for (const p of ['/v1/pharmacy/sales', '/v1/visits/{mdtrt_id}/settle', '/v1/settlements/{setl_id}/cancel', '/v1/reversals', '/v1/totals/daily', '/v1/operators/sign-in', '/v1/visits/{mdtrt_id}/fee-lines']) {
      expect(paths).toContain(p);
    }
  });
});

