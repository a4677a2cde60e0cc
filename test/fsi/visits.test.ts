/**
 * National interface, visit transactions as a HIS sends them — outpatient 2201, 2203, 2204,
 * 2205, 2206, 2207, 2208; inpatient 2401, 2301, 2302, 2402, 2405, 2403, 2303, 2304, 2305;
 * reconciliation 3201 — each answer checked field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFsiGateway, ZHANG_SAN, num, type FsiTestGateway } from './support.ts';

let t: FsiTestGateway;
let sign: string;
let psnNo: string;

beforeAll(async () => {
  t = await startFsiGateway();
  sign = await t.his.signIn('cashier-01');
  const who = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { signNo: sign });
  psnNo = who.answer.output!.baseinfo.psn_no;
});
afterAll(async () => {
  await t?.close();
});

const send = (infno: string, input: unknown) => t.his.send(infno, input, { signNo: sign });
const ok = async (infno: string, input: unknown) => {
  const r = await send(infno, input);
  expect(r.answer.err_msg, `${infno}: ${r.answer.gw_code} ${r.answer.gw_message}`).toBeNull();
  expect(r.answer.infcode).toBe(0);
  return r.answer.output!;
};
const line = (sn: string, mdtrtId: string, codg: string, cnt: string, pric: string, amount: string, extra: Record<string, unknown> = {}) => ({
  feedetl_sn: sn, mdtrt_id: mdtrtId, psn_no: psnNo, med_list_codg: codg, medins_list_codg: `H-${codg}`, cnt: num(cnt), pric: num(pric),
  det_item_fee_sumamt: num(amount), fee_ocur_time: '2026-11-02 10:00:00', bilg_dept_codg: 'A03', bilg_dr_codg: 'D001', hosp_appr_flag: '0', ...extra,
});

describe('outpatient: 2201 → 2203 → 2204 → 2205 → 2206 → 2207 → 2208', () => {
  let mdtrtId: string;

  it('2201 registers the visit and answers mdtrt_id; the same 门诊号 again answers the same visit', async () => {
    const data = { psn_no: psnNo, insutype: '390', begntime: '2026-11-22 08:30:00', mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, ipt_otp_no: 'MZ-FSI-0001', atddr_no: 'D001', dr_name: '李医生', dept_code: 'A03', dept_name: '内科', caty: 'A03', med_type: '11' };
    const out = await ok('2201', { data });
    expect(out).toEqual({ data: { mdtrt_id: expect.stringMatching(/^M/), psn_no: psnNo, ipt_otp_no: 'MZ-FSI-0001' } });
    mdtrtId = out.data.mdtrt_id;
    expect((await ok('2201', { data })).data.mdtrt_id).toBe(mdtrtId);
  });

  it('2203 records the diagnoses; a special outpatient type without its disease is refused', async () => {
    const mdtrtinfo = { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '11', begntime: '2026-11-22 08:30:00', main_cond_dscr: '咳嗽', dise_codg: 'J18.900', dise_name: '肺炎' };
    expect(await ok('2203', { mdtrtinfo, diseinfo: [{ diag_type: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎', diag_dept: '内科', dise_dor_no: 'D001', dise_dor_name: '李医生', diag_time: '2026-11-22 08:40:00', vali_flag: '1' }] })).toEqual({});
    expect(t.gw.api.visits.get(mdtrtId).diagnoses.map((d) => [d.diag_code, d.maindiag_flag])).toEqual([['J18.900', '1']]);
    const changed = await send('2203', { mdtrtinfo: { ...mdtrtinfo, med_type: '14' }, diseinfo: [] });
    expect(changed.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: 'input.mdtrtinfo.med_type' } });
    expect(t.gw.api.visits.get(mdtrtId).med_type).toBe('outpatient');
  });

  it('2204 answers each line\'s split in the interface\'s names; a refund answers its original net of refunds', async () => {
    const out = await ok('2204', { feedetail: [line('0001', mdtrtId, 'SRV-A-0007', '1', '10.00', '10.00'), line('0002', mdtrtId, 'DRG-A-0001', '20', '0.80', '16.00'), line('0003', mdtrtId, 'DRG-C-0001', '1', '35.00', '35.00')] });
    expect(out.result).toEqual([
      { feedetl_sn: '0001', mdtrt_id: mdtrtId, med_list_codg: 'SRV-A-0007', det_item_fee_sumamt: '10.00', cnt: '1', pric: '10', pric_uplmt_amt: '10.00', selfpay_prop: '0.0000', fulamt_ownpay_amt: '0.00', overlmt_amt: '0.00', preselfpay_amt: '0.00', inscp_scp_amt: '10.00', chrgitm_lv: '01', bas_medn_flag: '0', hi_nego_drug_flag: '0', drt_reim_flag: '0', chld_medc_flag: '0', list_sp_item_flag: '0', med_chrgitm_type: null, lmt_used_flag: null, memo: null, gw_status: 'added' },
      { feedetl_sn: '0002', mdtrt_id: mdtrtId, med_list_codg: 'DRG-A-0001', det_item_fee_sumamt: '16.00', cnt: '20', pric: '0.8', pric_uplmt_amt: '0.80', selfpay_prop: '0.0000', fulamt_ownpay_amt: '0.00', overlmt_amt: '0.00', preselfpay_amt: '0.00', inscp_scp_amt: '16.00', chrgitm_lv: '01', bas_medn_flag: '1', hi_nego_drug_flag: '0', drt_reim_flag: '0', chld_medc_flag: '0', list_sp_item_flag: '0', med_chrgitm_type: null, lmt_used_flag: null, memo: null, gw_status: 'added' },
      { feedetl_sn: '0003', mdtrt_id: mdtrtId, med_list_codg: 'DRG-C-0001', det_item_fee_sumamt: '35.00', cnt: '1', pric: '35', pric_uplmt_amt: '999999', selfpay_prop: '1.0000', fulamt_ownpay_amt: '35.00', overlmt_amt: '0.00', preselfpay_amt: '0.00', inscp_scp_amt: '0.00', chrgitm_lv: '03', bas_medn_flag: '0', hi_nego_drug_flag: '0', drt_reim_flag: '0', chld_medc_flag: '0', list_sp_item_flag: '0', med_chrgitm_type: null, lmt_used_flag: null, memo: expect.any(String), gw_status: 'added' },
    ]);
    const refund = await ok('2204', { feedetail: [line('0004', mdtrtId, 'DRG-A-0001', '-5', '0.80', '-4.00', { init_feedetl_sn: '0002' })] });
    expect(refund.result[0]).toMatchObject({ feedetl_sn: '0004', gw_split_of: '0002', det_item_fee_sumamt: '12.00', inscp_scp_amt: '12.00', gw_status: 'added' });
    const replay = await ok('2204', { feedetail: [line('0001', mdtrtId, 'SRV-A-0007', '1', '10.00', '10.00')] });
    expect(replay.result[0].gw_status).toBe('replayed');
    const conflict = await send('2204', { feedetail: [line('0001', mdtrtId, 'SRV-A-0007', '2', '10.00', '20.00')] });
    expect(conflict.answer).toMatchObject({ infcode: -1, gw_code: 'GW_LINE_CONFLICT' });
    const bad = await send('2204', { feedetail: [line('0005', mdtrtId, 'DRG-A-0001', '2', '0.80', '1.00')] });
    expect(bad.answer).toMatchObject({ infcode: -1, gw_code: 'GW_LINE_AMOUNT_MISMATCH' });
    expect(String(bad.answer.gw_details?.path)).toMatch(/^input\.feedetail\[0\]/);
  });

  it('2205 cancels one line; 2206 pre-settles what is left, checking the HIS\'s total', async () => {
    expect(await ok('2205', { data: { feedetl_sn: '0003', mdtrt_id: mdtrtId, psn_no: psnNo } })).toEqual({ gw_cancelled: '1' });
    const stale = await send('2206', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, medfee_sumamt: num('61.00'), acct_used_flag: '0', med_type: '11', insutype: '390' } });
    expect(stale.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_TOTAL_MISMATCH', gw_details: { stated: '61.00', held: '22.00' } });
    const pre = await ok('2206', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, medfee_sumamt: num('22.00'), acct_used_flag: '0', med_type: '11', insutype: '390' } });
    expect(pre.setlinfo).toMatchObject({ mdtrt_id: mdtrtId, setl_id: null, medins_setl_id: null, psn_no: psnNo, med_type: '11', insutype: '390', medfee_sumamt: '22.00', inscp_scp_amt: '22.00' });
  });

  let setlId: string;
  it('2207 settles the visit with the msgid echoed; settling it again is refused', async () => {
    const pre = await ok('2206', { data: { psn_no: psnNo, mdtrt_id: mdtrtId } });
    const { answer, msgid } = await send('2207', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, medfee_sumamt: num('22.00'), acct_used_flag: '0', med_type: '11', insutype: '390', psn_setlway: '01' } });
    expect(answer.infcode).toBe(0);
    const s = answer.output!.setlinfo;
    setlId = s.setl_id;
    expect(s).toMatchObject({ mdtrt_id: mdtrtId, setl_id: expect.stringMatching(/^S/), medins_setl_id: msgid, medfee_sumamt: '22.00', gw_offline_flag: '0' });
    for (const k of ['medfee_sumamt', 'fund_pay_sumamt', 'psn_part_amt', 'hifp_pay', 'acct_pay', 'psn_cash_pay', 'act_pay_dedc']) expect(s[k], k).toBe(pre.setlinfo[k]);
    const again = await send('2207', { data: { psn_no: psnNo, mdtrt_id: mdtrtId } });
    expect(again.answer).toMatchObject({ infcode: -1, gw_code: 'GW_ALREADY_SETTLED' });
    const lines = await send('2204', { feedetail: [line('0009', mdtrtId, 'SRV-A-0007', '1', '10.00', '10.00')] });
    expect(lines.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VISIT_SETTLED' });
  });

  it('2208, unchanged, cancels it once the reviewer approved at the gateway; a pharmacy cancel code on it is refused', async () => {
    const wrong = await send('2103', { data: { setl_id: setlId, psn_no: psnNo } });
    expect(wrong.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: 'input.data.setl_id' } });
    expect((await t.approve(setlId, 'cashier-02', 'cashier')).statusCode).toBe(200);
    const out = await ok('2208', { data: { setl_id: setlId, mdtrt_id: mdtrtId, psn_no: psnNo } });
    expect(out.setlinfo).toMatchObject({ gw_original_setl_id: setlId, mdtrt_id: mdtrtId, medfee_sumamt: '-22.00', gw_tier: '1' });
  });
});

describe('inpatient: 2401 → 2301 → 2302 → 2402 → 2405 → 2403 → 2402 → 2303 → 2304 → 2305', () => {
  let mdtrtId: string;
  const data = () => ({ psn_no: psnNo, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, mdtrt_id: mdtrtId, insutype: '390', acct_used_flag: '0', psn_setlway: '01', mid_setl_flag: '0' });

  it('2401 admits with the admission diagnoses and answers mdtrt_id in result', async () => {
    const out = await ok('2401', {
      mdtrtinfo: { psn_no: psnNo, insutype: '390', coner_name: '', tel: '', begntime: '2026-11-01 09:00:00', mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, med_type: '21', ipt_no: 'ZY-FSI-0001', medrcdno: 'BA001', atddr_no: 'D001', chfpdr_name: '王医生', adm_diag_dscr: '肺炎', adm_dept_codg: 'A03', adm_dept_name: '内科', adm_bed: '12', dscg_maindiag_code: '', dscg_maindiag_name: '', main_cond_dscr: '', dise_codg: 'J18.900', dise_name: '肺炎' },
      diseinfo: [{ psn_no: psnNo, diag_type: '1', maindiag_flag: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎', adm_cond: '', diag_dept: '内科', dise_dor_no: 'D001', dise_dor_name: '王医生', diag_time: '2026-11-01 09:10:00' }],
    });
    expect(out).toEqual({ result: { mdtrt_id: expect.stringMatching(/^M/), psn_no: psnNo, ipt_otp_no: 'ZY-FSI-0001' } });
    mdtrtId = out.result.mdtrt_id;
    const v = t.gw.api.visits.get(mdtrtId);
    expect([v.kind, v.med_type, v.begntime, v.status]).toEqual(['inpatient', 'inpatient', '2026-11-01 09:00:00', 'open']);
  });

  it('2301 uploads lines; an outpatient code on this stay is refused; 2302 cancels one line and "0000" cancels all', async () => {
    const out = await ok('2301', { feedetail: [line('1', mdtrtId, 'SRV-A-0001', '5', '40.00', '200.00'), line('2', mdtrtId, 'DRG-B-0003', '10', '20.00', '200.00')] });
    expect(out.result.map((l: Record<string, string>) => [l.feedetl_sn, l.chrgitm_lv, l.preselfpay_amt, l.gw_status])).toEqual([['1', '01', '0.00', 'added'], ['2', '02', expect.any(String), 'added']]);
    const wrongKind = await send('2204', { feedetail: [line('3', mdtrtId, 'SRV-A-0001', '1', '40.00', '40.00')] });
    expect(wrongKind.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: 'input.feedetail[0].mdtrt_id' } });
    expect(await ok('2302', { data: { feedetl_sn: '2', mdtrt_id: mdtrtId, psn_no: psnNo } })).toEqual({ gw_cancelled: '1' });
    expect(await ok('2302', { data: { feedetl_sn: '0000', mdtrt_id: mdtrtId, psn_no: psnNo } })).toEqual({ gw_cancelled: '1' });
    const empty = await send('2303', { data: data() });
    expect(empty.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VISIT_EMPTY' });
    await ok('2301', { feedetail: [line('11', mdtrtId, 'SRV-A-0001', '5', '40.00', '200.00'), line('12', mdtrtId, 'DRG-B-0003', '10', '20.00', '200.00'), line('13', mdtrtId, 'SRV-B-0001', '1', '300.00', '300.00')] });
  });

  it('2304 before discharge is refused; 2402 discharges, 2405 cancels the discharge, 2403 changes the diagnoses', async () => {
    const early = await send('2304', { data: data() });
    expect(early.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VISIT_NOT_DISCHARGED' });
    const dscginfo = { mdtrt_id: mdtrtId, psn_no: psnNo, insutype: '390', endtime: '2026-11-06 10:00:00', dise_codg: 'J18.900', dise_name: '肺炎', dscg_way: '1', dscg_dept_codg: 'A03', dscg_dept_name: '内科' };
    expect(await ok('2402', { dscginfo, diseinfo: [{ diag_type: '1', maindiag_flag: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎' }] })).toEqual({});
    expect(t.gw.api.visits.get(mdtrtId)).toMatchObject({ status: 'discharged', endtime: '2026-11-06 10:00:00' });
    expect(await ok('2405', { data: { mdtrt_id: mdtrtId, psn_no: psnNo } })).toEqual({});
    expect(t.gw.api.visits.get(mdtrtId).status).toBe('open');
    expect(await ok('2403', { adminfo: { mdtrt_id: mdtrtId, psn_no: psnNo }, diseinfo: [{ diag_type: '1', diag_srt_no: 2, diag_code: 'J44.100', diag_name: '慢阻肺急性加重' }, { diag_type: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎', maindiag_flag: '1' }] })).toEqual({});
    expect(t.gw.api.visits.get(mdtrtId).diagnoses.map((d) => d.diag_code)).toEqual(['J18.900', 'J44.100']);
    await ok('2402', { dscginfo, diseinfo: [] });
  });

  it('2303 pre-settles and 2304 settles the same amounts; after discharge an interim settlement (mid_setl_flag 1) is refused', async () => {
    const interim = await send('2304', { data: { ...data(), mid_setl_flag: '1' } });
    expect(interim.answer).toMatchObject({ infcode: -1, gw_code: 'GW_INTERIM_NOT_ALLOWED', gw_details: { path: 'input.data.mid_setl_flag' } });
    const pre = await ok('2303', { data: { ...data(), medfee_sumamt: num('700.00') } });
    const { answer, msgid } = await send('2304', { data: { ...data(), medfee_sumamt: num('700.00') } });
    expect(answer.infcode).toBe(0);
    const s = answer.output!.setlinfo;
    expect(s).toMatchObject({ mdtrt_id: mdtrtId, med_type: '21', medfee_sumamt: '700.00', medins_setl_id: msgid, setl_id: expect.stringMatching(/^S/) });
    for (const k of Object.keys(pre.setlinfo).filter((k) => !['setl_id', 'setl_time', 'medins_setl_id'].includes(k))) expect(s[k], k).toEqual(pre.setlinfo[k]);
    const n = (k: string) => Math.round(Number(s[k]) * 100);
    expect(n('fund_pay_sumamt') + n('psn_part_amt')).toBe(70000);
    expect(n('fund_pay_sumamt')).toBeGreaterThan(0);
    expect(answer.output!.setldetail.length).toBeGreaterThan(0);
    expect(answer.output!.setldetail[0]).toEqual({ fund_pay_type: expect.any(String), fund_pay_type_name: expect.any(String), inscp_scp_amt: expect.stringMatching(/^\d+\.\d{2}$/), crt_payb_lmt_amt: expect.stringMatching(/^\d+\.\d{2}$/), fund_payamt: expect.stringMatching(/^\d+\.\d{2}$/), setl_proc_info: expect.any(String) });

    await t.approve(s.setl_id, 'cashier-02', 'cashier');
    const cancelled = await ok('2305', { data: { setl_id: s.setl_id, mdtrt_id: mdtrtId, psn_no: psnNo } });
    expect(cancelled.setlinfo).toMatchObject({ gw_original_setl_id: s.setl_id, medfee_sumamt: '-700.00', fund_pay_sumamt: `-${s.fund_pay_sumamt}` });
  });
});

describe('3201 reconciliation of totals', () => {
  it('agrees with what was settled today, and names each figure that differs', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const mine = t.gw.api.settlements;
    const totals = (await import('../../gateway/settlement/totals.ts')).dailyTotals(mine.settlements, today);
    const stated = { insutype: '390', stmt_begndate: today, stmt_enddate: today, medfee_sumamt: num(totals.medfee_sumamt), fund_pay_sumamt: num(totals.fund_pay_sumamt), acct_pay: num(totals.acct_pay), fixmedins_setl_cnt: num(String(totals.fixmedins_setl_cnt)), setl_optins: '152201', clr_type: '11' };
    // Everything settled above was cancelled the same day: the net is zero, and 0 settlements.
    expect([totals.medfee_sumamt, totals.fixmedins_setl_cnt]).toEqual(['0.00', 0]);
    const agree = await ok('3201', { data: { ...stated, clr_type: undefined } });
    expect(agree.data).toBeUndefined();
    expect(agree.stmtinfo).toEqual({ setl_optins: '152201', stmt_rslt: '0', stmt_rslt_dscr: '平', gw_medfee_sumamt: '0.00', gw_fund_pay_sumamt: '0.00', gw_acct_pay: '0.00', gw_fixmedins_setl_cnt: '0' });
    const differ = await ok('3201', { data: { ...stated, medfee_sumamt: num('22.00'), fixmedins_setl_cnt: num('1') } });
    expect(differ.stmtinfo.stmt_rslt).toBe('1');
    expect(differ.stmtinfo.stmt_rslt_dscr).toBe('不平：医疗费总额 HIS 22.00 / 网关 0.00；结算笔数 HIS 1 / 网关 0');
  });
});
