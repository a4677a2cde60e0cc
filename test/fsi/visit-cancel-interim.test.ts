/**
 * National interface: 2202 门诊挂号撤销, 2404 入院办理撤销, 2203 changing med_type before any fee
 * line, and 2303 / 2304 with mid_setl_flag "1" (中途结算) — each as a HIS sends it, the answer
 * checked field by field; an interim settlement cancelled with 2305 re-opens its lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFsiGateway, ZHANG_SAN, num, type FsiTestGateway } from './support.ts';

let t: FsiTestGateway;
let sign: string;
let psnNo: string;

beforeAll(async () => {
  t = await startFsiGateway();
  sign = await t.his.signIn('cashier-01');
  psnNo = (await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { signNo: sign })).answer.output!.baseinfo.psn_no;
});
afterAll(async () => {
  await t?.close();
});

const send = (infno: string, input: unknown, msgid?: string) => t.his.send(infno, input, { signNo: sign, ...(msgid ? { msgid } : {}) });
const ok = async (infno: string, input: unknown) => {
  const r = await send(infno, input);
  expect(r.answer.err_msg, `${infno}: ${r.answer.gw_code} ${r.answer.gw_message}`).toBeNull();
  expect(r.answer.infcode).toBe(0);
  return r.answer.output!;
};
const refused = async (infno: string, input: unknown, code: string, path?: string) => {
  const r = await send(infno, input);
  expect(r.answer, `${infno}`).toMatchObject({ infcode: -1, gw_code: code, output: null, ...(path ? { gw_details: { path } } : {}) });
  expect(r.answer.err_msg).toMatch(/[\u4e00-\u9fff]/);
  return r.answer;
};
const line = (sn: string, mdtrtId: string, codg: string, cnt: string, pric: string, amount: string) => ({
  feedetl_sn: sn, mdtrt_id: mdtrtId, psn_no: psnNo, med_list_codg: codg, medins_list_codg: `H-${codg}`, cnt: num(cnt), pric: num(pric),
  det_item_fee_sumamt: num(amount), fee_ocur_time: '2026-11-02 10:00:00', bilg_dept_codg: 'A03', bilg_dr_codg: 'D001', hosp_appr_flag: '0',
});
let visitNo = 0;
const register = async (medType = '11') => {
  const ipt = `MZ-CX-${++visitNo}-${Date.now()}`;
  const out = await ok('2201', { data: { psn_no: psnNo, insutype: '390', begntime: '2026-11-22 08:30:00', mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, ipt_otp_no: ipt, dept_code: 'A03', med_type: medType } });
  return { mdtrtId: out.data.mdtrt_id as string, ipt };
};
const admit = async () => {
  const ipt = `ZY-CX-${++visitNo}-${Date.now()}`;
  const out = await ok('2401', { mdtrtinfo: { psn_no: psnNo, insutype: '390', med_type: '21', ipt_no: ipt, begntime: '2026-11-01 09:00:00', adm_dept_codg: 'A03', atddr_no: 'D001' }, diseinfo: [{ diag_type: '1', maindiag_flag: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎' }] });
  return { mdtrtId: out.result.mdtrt_id as string, ipt };
};

describe('2202 门诊挂号撤销', () => {
  it('refuses while fee lines stand, cancels after 2205 "0000", answers {} and the same answer for the same msgid', async () => {
    const { mdtrtId, ipt } = await register();
    await ok('2204', { feedetail: [line('1', mdtrtId, 'SRV-A-0007', '1', '10.00', '10.00')] });
    const withLines = await refused('2202', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, ipt_otp_no: ipt } }, 'GW_VISIT_HAS_LINES');
    expect(withLines.err_msg).toContain('0000');
    expect(withLines.gw_details).toMatchObject({ active_lines: '1' }); // numbers read back losslessly, as text
    expect(await ok('2205', { data: { feedetl_sn: '0000', mdtrt_id: mdtrtId, psn_no: psnNo } })).toEqual({ gw_cancelled: '1' });

    const msgid = t.his.newMsgid();
    const first = await send('2202', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, ipt_otp_no: ipt } }, msgid);
    expect(first.answer).toMatchObject({ infcode: 0, err_msg: null, output: {} });
    expect(t.gw.api.visits.get(mdtrtId)).toMatchObject({ status: 'cancelled', cancelled_at: expect.any(String) });
    const resent = await send('2202', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, ipt_otp_no: ipt } }, msgid);
    expect(resent.text).toBe(first.text);
    // A new message for the same cancel: the same outcome, nothing audited twice.
    expect(await ok('2202', { data: { psn_no: psnNo, mdtrt_id: mdtrtId } })).toEqual({});
    expect(t.gw.db.prepare("SELECT count(*) AS c FROM audit_log WHERE subject = ? AND action = 'visit.cancel-registration'").get(mdtrtId)).toEqual({ c: 1 });
  });

  it('a cancelled registration refuses 2203, 2204, 2205, 2206, 2207 with GW_VISIT_CANCELLED', async () => {
    const { mdtrtId } = await register();
    await ok('2202', { data: { psn_no: psnNo, mdtrt_id: mdtrtId } });
    const data = { psn_no: psnNo, mdtrt_id: mdtrtId, insutype: '390', acct_used_flag: '0' };
    await refused('2203', { mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '11' }, diseinfo: [{ diag_type: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎' }] }, 'GW_VISIT_CANCELLED');
    await refused('2204', { feedetail: [line('1', mdtrtId, 'SRV-A-0007', '1', '10.00', '10.00')] }, 'GW_VISIT_CANCELLED');
    await refused('2205', { data: { feedetl_sn: '0000', mdtrt_id: mdtrtId, psn_no: psnNo } }, 'GW_VISIT_CANCELLED');
    await refused('2206', { data }, 'GW_VISIT_CANCELLED');
    const settle = await refused('2207', { data }, 'GW_VISIT_CANCELLED');
    expect(settle.err_msg).toContain('已撤销');
  });

  it('names the bad field: missing mdtrt_id, another patient, another visit number, an inpatient stay, an unknown visit', async () => {
    const { mdtrtId } = await register();
    await refused('2202', { data: { psn_no: psnNo } }, 'GW_VALIDATION', 'input.data.mdtrt_id');
    await refused('2202', { data: { psn_no: '15220100000000009999', mdtrt_id: mdtrtId } }, 'GW_VISIT_NOT_FOUND', 'input.data.mdtrt_id');
    await refused('2202', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, ipt_otp_no: 'MZ-OTHER' } }, 'GW_VISIT_NOT_FOUND', 'input.data.mdtrt_id');
    const stay = await admit();
    await refused('2202', { data: { psn_no: psnNo, mdtrt_id: stay.mdtrtId } }, 'GW_VALIDATION', 'input.data.mdtrt_id');
    await refused('2202', { data: { psn_no: psnNo, mdtrt_id: 'M-NO-SUCH' } }, 'GW_VISIT_NOT_FOUND');
    expect(t.gw.api.visits.get(mdtrtId).status).toBe('open');
  });
});

describe('2203 changes med_type before any fee line', () => {
  it('11 → 13 while empty; refused with GW_VISIT_HAS_LINES once a line stands', async () => {
    const { mdtrtId } = await register();
    expect(await ok('2203', { mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '13' }, diseinfo: [] })).toEqual({});
    expect(t.gw.api.visits.get(mdtrtId).med_type).toBe('emergency_outpatient');
    expect(await ok('2203', { mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '14', gw_special_disease: 'diabetes_insulin' }, diseinfo: [] })).toEqual({});
    expect(t.gw.api.visits.get(mdtrtId)).toMatchObject({ med_type: 'special_outpatient', special_disease: 'diabetes_insulin' });
    await refused('2203', { mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '21' }, diseinfo: [] }, 'GW_VALIDATION', 'input.mdtrtinfo.med_type');
    await ok('2204', { feedetail: [line('1', mdtrtId, 'SRV-A-0007', '1', '10.00', '10.00')] });
    await refused('2203', { mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '11' }, diseinfo: [] }, 'GW_VISIT_HAS_LINES', 'input.mdtrtinfo.med_type');
    // Repeating the type it has is no change.
    expect(await ok('2203', { mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '14' }, diseinfo: [] })).toEqual({});
  });
});

describe('2404 入院办理撤销', () => {
  it('cancels an admission without lines; refuses a stay with a live (interim) settlement, then a cancelled stay refuses 2301', async () => {
    const empty = await admit();
    expect(await ok('2404', { data: { psn_no: psnNo, mdtrt_id: empty.mdtrtId, ipt_no: empty.ipt } })).toEqual({});
    expect(t.gw.api.visits.get(empty.mdtrtId).status).toBe('cancelled');
    await refused('2301', { feedetail: [line('1', empty.mdtrtId, 'SRV-A-0001', '1', '40.00', '40.00')] }, 'GW_VISIT_CANCELLED');
    await refused('2404', { data: { psn_no: psnNo } }, 'GW_VALIDATION', 'input.data.mdtrt_id');
    const clinic = await register();
    await refused('2404', { data: { psn_no: psnNo, mdtrt_id: clinic.mdtrtId } }, 'GW_VALIDATION', 'input.data.mdtrt_id');

    const stay = await admit();
    await ok('2301', { feedetail: [line('1', stay.mdtrtId, 'SRV-A-0001', '5', '40.00', '200.00')] });
    const interim = await ok('2304', { data: { psn_no: psnNo, mdtrt_id: stay.mdtrtId, insutype: '390', mid_setl_flag: '1', medfee_sumamt: num('200.00') } });
    await refused('2404', { data: { psn_no: psnNo, mdtrt_id: stay.mdtrtId } }, 'GW_VISIT_SETTLED');
    await t.approve(interim.setlinfo.setl_id, 'cashier-02', 'cashier');
    await ok('2305', { data: { setl_id: interim.setlinfo.setl_id, mdtrt_id: stay.mdtrtId, psn_no: psnNo } });
    await refused('2404', { data: { psn_no: psnNo, mdtrt_id: stay.mdtrtId } }, 'GW_VISIT_HAS_LINES');
    await ok('2302', { data: { feedetl_sn: '0000', mdtrt_id: stay.mdtrtId, psn_no: psnNo } });
    expect(await ok('2404', { data: { psn_no: psnNo, mdtrt_id: stay.mdtrtId } })).toEqual({});
  });
});

describe('2303 / 2304 with mid_setl_flag "1" (中途结算)', () => {
  it('settles the lines so far, field by field; later lines go to the final 2304 after 2402; 5203 shows the mark', async () => {
    const { mdtrtId } = await admit();
    await ok('2301', { feedetail: [line('1', mdtrtId, 'SRV-A-0002', '1', '3000.00', '3000.00'), line('2', mdtrtId, 'DRG-B-0003', '10', '20.00', '200.00')] });
    const data = (extra: Record<string, unknown>) => ({ data: { psn_no: psnNo, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, mdtrt_id: mdtrtId, insutype: '390', acct_used_flag: '0', psn_setlway: '01', ...extra } });

    await refused('2304', data({ mid_setl_flag: '2' }), 'GW_VALIDATION', 'input.data.mid_setl_flag');
    await refused('2304', data({ mid_setl_flag: '1', medfee_sumamt: num('3000.00') }), 'GW_FSI_TOTAL_MISMATCH', 'input.data.medfee_sumamt');
    await refused('2304', data({ mid_setl_flag: '0' }), 'GW_VISIT_NOT_DISCHARGED');

    const pre = await ok('2303', data({ mid_setl_flag: '1', medfee_sumamt: num('3200.00') }));
    expect(pre.setlinfo).toMatchObject({ setl_id: null, gw_mid_setl_flag: '1', medfee_sumamt: '3200.00' });
    const { answer, msgid } = await send('2304', data({ mid_setl_flag: '1', medfee_sumamt: num('3200.00') }));
    expect(answer.infcode, `${answer.gw_code}`).toBe(0);
    const s = answer.output!.setlinfo;
    expect(s).toMatchObject({
      mdtrt_id: mdtrtId, setl_id: expect.stringMatching(/^S/), psn_no: psnNo, med_type: '21', insutype: '390', medins_setl_id: msgid,
      medfee_sumamt: '3200.00', gw_mid_setl_flag: '1', gw_offline_flag: '0', gw_cancelled_by: null,
    });
    for (const k of Object.keys(pre.setlinfo).filter((k) => !['setl_id', 'setl_time', 'medins_setl_id'].includes(k))) expect(s[k], k).toEqual(pre.setlinfo[k]);
    const f = (x: string): number => Math.round(Number(x) * 100);
    expect(f(s.fund_pay_sumamt) + f(s.psn_part_amt)).toBe(320000);
    expect(f(s.acct_pay) + f(s.psn_cash_pay)).toBe(f(s.psn_part_amt));
    expect(f(s.act_pay_dedc)).toBeGreaterThan(0);
    expect(answer.output!.detlcutinfo.map((l: Record<string, string>) => l.feedetl_sn)).toEqual(['1', '2']);
    expect(t.gw.api.visits.get(mdtrtId).status).toBe('open');

    // The stay goes on: a new line, the discharge, the final settlement of what is left.
    await ok('2301', { feedetail: [line('3', mdtrtId, 'SRV-A-0001', '5', '40.00', '200.00')] });
    await refused('2302', { data: { feedetl_sn: '1', mdtrt_id: mdtrtId, psn_no: psnNo } }, 'GW_LINE_SETTLED');
    await ok('2402', { dscginfo: { mdtrt_id: mdtrtId, psn_no: psnNo, insutype: '390', endtime: '2026-11-20 10:00:00', dscg_way: '1' }, diseinfo: [] });
    await refused('2303', data({ mid_setl_flag: '1' }), 'GW_INTERIM_NOT_ALLOWED', 'input.data.mid_setl_flag');
    const final = await ok('2304', data({ mid_setl_flag: '0', medfee_sumamt: num('200.00') }));
    expect(final.setlinfo).toMatchObject({ medfee_sumamt: '200.00', act_pay_dedc: '0.00', gw_mid_setl_flag: '0' });
    expect(final.detlcutinfo.map((l: Record<string, string>) => l.feedetl_sn)).toEqual(['3']);
    await refused('2304', data({ mid_setl_flag: '1' }), 'GW_ALREADY_SETTLED');

    const query = await ok('5203', { data: { setl_id: s.setl_id, psn_no: psnNo, mdtrt_id: mdtrtId } });
    expect(query.setlinfo).toMatchObject({ setl_id: s.setl_id, gw_mid_setl_flag: '1', medfee_sumamt: '3200.00' });
  });

  it('a 2304 committed whose journal entry was lost answers the same settlement when resent', async () => {
    const { mdtrtId } = await admit();
    await ok('2301', { feedetail: [line('1', mdtrtId, 'SRV-A-0001', '5', '40.00', '200.00')] });
    const input = { data: { psn_no: psnNo, mdtrt_id: mdtrtId, insutype: '390', mid_setl_flag: '1', medfee_sumamt: num('200.00') } };
    const msgid = t.his.newMsgid();
    const first = await send('2304', input, msgid);
    expect(first.answer.infcode).toBe(0);
    // The gateway stopped between the settlement's commit and the journal's.
    t.gw.db.prepare('DELETE FROM fsi_messages WHERE msgid = ?').run(msgid);
    const resent = await send('2304', input, msgid);
    expect(resent.answer).toMatchObject({ infcode: 0, output: { setlinfo: { setl_id: first.answer.output!.setlinfo.setl_id, gw_mid_setl_flag: '1' } } });
  });

  it('2305 cancels an interim settlement and re-opens its lines: the final 2304 settles them', async () => {
    const { mdtrtId } = await admit();
    await ok('2301', { feedetail: [line('1', mdtrtId, 'SRV-A-0002', '1', '2000.00', '2000.00')] });
    const interim = await ok('2304', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, insutype: '390', mid_setl_flag: '1' } });
    await t.approve(interim.setlinfo.setl_id, 'cashier-02', 'cashier');
    const cancelled = await ok('2305', { data: { setl_id: interim.setlinfo.setl_id, mdtrt_id: mdtrtId, psn_no: psnNo } });
    expect(cancelled.setlinfo).toMatchObject({ gw_original_setl_id: interim.setlinfo.setl_id, medfee_sumamt: '-2000.00' });
    await ok('2301', { feedetail: [line('2', mdtrtId, 'SRV-A-0001', '5', '40.00', '200.00')] });
    await ok('2402', { dscginfo: { mdtrt_id: mdtrtId, psn_no: psnNo, insutype: '390', endtime: '2026-11-20 10:00:00' }, diseinfo: [] });
    const final = await ok('2304', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, insutype: '390', mid_setl_flag: '0', medfee_sumamt: num('2200.00') } });
    expect(final.detlcutinfo.map((l: Record<string, string>) => l.feedetl_sn)).toEqual(['1', '2']);
    expect(final.setlinfo.act_pay_dedc).toBe(interim.setlinfo.act_pay_dedc);
  });
});
