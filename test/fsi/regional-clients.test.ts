/**
 * HIS software as it is configured for its region's platform, pointed at the gateway by its
 * base URL only. Each client here builds its messages, its URL and its authentication the way
 * public HIS / SDK code for that region does (read as reference: idoku-test/HN-YBJ-SDK for
 * the Hunan CSB convention and the `<app>/<infno>` URL; the TIF signature as two independent
 * Guangdong clients compute it), signs with its own code — not the gateway's — and reads the
 * answers with the type rules of its deserializer (a C# int infcode, decimals that break on
 * null, a 30-character sign_no column).
 *
 * For each scheme: the right credential is accepted, a wrong or missing one is refused in the
 * national shape (HTTP 200, infcode −1), and a replayed signature or nonce is refused.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { startTestGateway, ZHANG_SAN, type TestGateway } from '../api/support.ts';
import { newMsgid, FIXMEDINS } from './support.ts';

/** A C#-style answer check: infcode must deserialize into an int, numbers must not be null where a decimal is. */
function asCsharp(res: LightMyRequestResponse): { infcode: number; err_msg: string | null; output: Record<string, any> | null; gw_code?: string } { // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(res.statusCode, 'HIS HTTP libraries throw on anything but 200').toBe(200);
  const body = JSON.parse(res.body) as { infcode: unknown; err_msg: string | null; output: Record<string, any> | null; gw_code?: string }; // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(Number.isInteger(body.infcode), 'infcode is an int').toBe(true);
  return body as { infcode: number; err_msg: string | null; output: Record<string, any> | null; gw_code?: string }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The envelope HIS models serialize (all the spec's fields; dates as yyyy-MM-dd HH:mm:ss). */
function envelope(infno: string, input: unknown, signNo: string, opter = '999999'): Record<string, unknown> {
  return {
    infno, msgid: newMsgid(), mdtrtarea_admvs: '152201', insuplc_admdvs: '152201', recer_sys_code: 'MBS_LOCAL', dev_no: '', dev_safe_info: '', cainfo: '',
    signtype: 'SM2', infver: 'V1.0', opter_type: '1', opter, opter_name: '系统管理员', inf_time: '2026-12-03 10:00:00', fixmedins_code: FIXMEDINS,
    fixmedins_name: '兴安盟人民医院', sign_no: signNo, input,
  };
}

describe('Hunan: CSB signature headers, the infno appended to the app path', () => {
  const ACCESS_KEY = 'hn-access-7f3a';
  const SECRET = 'hn-secret-0c9d41';
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway({ fsiProfile: 'hunan', fsiAuthId: ACCESS_KEY, fsiAuthSecret: SECRET });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** As the Hunan SDK signs: HMAC-SHA1 over its four _api_ parameters in name order, Base64. */
  function csbHeaders(apiName: string, timestamp = String(Date.now()), secret = SECRET): Record<string, string> {
    const text = `_api_access_key=${ACCESS_KEY}&_api_name=${apiName}&_api_timestamp=${timestamp}&_api_version=1.0.0`;
    const signature = createHmac('sha1', secret).update(text, 'utf8').digest('base64');
    return { _api_name: apiName, _api_version: '1.0.0', _api_timestamp: timestamp, _api_access_key: ACCESS_KEY, _api_signature: signature, 'content-type': 'application/json' };
  }
  const post = (infno: string, body: unknown, headers: Record<string, string>) => t.gw.app.inject({ method: 'POST', url: `/isp-api/powercsb/${infno}`, headers, payload: JSON.stringify(body) });

  it('signs in, identifies, pre-settles and settles a pharmacy sale with druginfo / drugdetail, and cancels it once approved at the gateway', async () => {
    // 9001 as the SDK sends it: a placeholder sign_no, then the answer's sign_no on every message.
    const signIn = asCsharp(await post('9001', envelope('9001', { signIn: { opter_no: '999999', mac: '00-16-3E-00-00-01', ip: '10.1.2.3' } }, '12345678'), csbHeaders('9001')));
    expect(signIn.infcode, String(signIn.err_msg)).toBe(0);
    const sign = signIn.output!.signinoutb.sign_no as string;
    expect(sign.length).toBeLessThanOrEqual(30);

    const who = asCsharp(await post('1101', envelope('1101', { data: { mdtrt_cert_type: '02', psn_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, certno: ZHANG_SAN, psn_name: '张三', begntime: '2026-12-03 10:00:00' } }, sign), csbHeaders('1101')));
    expect(who.infcode, String(who.err_msg)).toBe(0);
    const psnNo = who.output!.baseinfo.psn_no as string;

    const druginfo = { psn_no: psnNo, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, med_type: '41', medfee_sumamt: 51.0, acct_used_flag: '0', insutype: '390', psn_setlway: '01' };
    const drugdetail = [
      { feedetl_sn: '1', rxno: 'RX9', rx_circ_flag: '0', fee_ocur_time: '2026-12-03 10:00:00', med_list_codg: 'DRG-A-0001', medins_list_codg: 'H-1', det_item_fee_sumamt: 16.0, cnt: 20, pric: 0.8, hosp_appr_flag: '0' },
      { feedetl_sn: '2', rxno: 'RX9', rx_circ_flag: '0', fee_ocur_time: '2026-12-03 10:00:00', med_list_codg: 'DRG-C-0001', medins_list_codg: 'H-2', det_item_fee_sumamt: 35.0, cnt: 1, pric: 35.0, hosp_appr_flag: '0' },
    ];
    const trial = asCsharp(await post('2101', envelope('2101', { druginfo, drugdetail }, sign), csbHeaders('2101')));
    expect(trial.infcode, String(trial.err_msg)).toBe(0);
    const sale = asCsharp(await post('2102', envelope('2102', { druginfo, drugdetail }, sign), csbHeaders('2102')));
    expect(sale.infcode, String(sale.err_msg)).toBe(0);
    const setlinfo = sale.output!.setlinfo;
    expect(setlinfo.psn_cash_pay).toBe(trial.output!.setlinfo.psn_cash_pay);
    // What clients store from setlinfo, typed as their models are.
    expect(setlinfo).toMatchObject({ gend: '1', brdy: '1980-01-01', psn_type: '1501', cvlserv_flag: '0', clr_way: '01', clr_type: '41', clr_optins: '152201' });
    expect(typeof setlinfo.age).toBe('number');
    for (const key of ['medfee_sumamt', 'fund_pay_sumamt', 'psn_cash_pay', 'acct_pay', 'acct_mulaid_pay', 'balc']) expect(typeof setlinfo[key], key).toBe('number');
    for (const line of sale.output!.detlcutinfo as Array<Record<string, unknown>>) expect(typeof line.pric_uplmt_amt, 'a decimal, never null').toBe('number');
    // The catalogue's marks: amoxicillin is an essential medicine (基本药物); the vitamins are not.
    expect((sale.output!.detlcutinfo as Array<Record<string, unknown>>).map((l) => [l.med_list_codg, l.bas_medn_flag, l.hi_nego_drug_flag, l.chld_medc_flag, l.drt_reim_flag, l.list_sp_item_flag]))
      .toEqual([['DRG-A-0001', '1', '0', '0', '0', '0'], ['DRG-C-0001', '0', '0', '0', '0', '0']]);

    // The HIS's own approval workflow sends a plain 2103; the reviewer approved at the gateway first.
    const plain = asCsharp(await post('2103', envelope('2103', { data: { setl_id: setlinfo.setl_id, psn_no: psnNo } }, sign), csbHeaders('2103')));
    expect(plain).toMatchObject({ infcode: -1, gw_code: 'GW_APPROVAL_REQUIRED' });
    expect(plain.err_msg).not.toMatch(/X-Session-Id|Idempotency-Key|\/v1\//);
    expect((await t.approve(setlinfo.setl_id as string, 'fh-01', 'cashier')).statusCode).toBe(200);
    const cancelled = asCsharp(await post('2103', envelope('2103', { data: { setl_id: setlinfo.setl_id, psn_no: psnNo } }, sign), csbHeaders('2103')));
    expect(cancelled.infcode, String(cancelled.err_msg)).toBe(0);
    expect(cancelled.output!.setlinfo).toMatchObject({ psn_no: psnNo, gend: '1', insutype: '390', med_type: '41', medfee_sumamt: -51 });
    expect(cancelled.output!.setldetail).toEqual(expect.any(Array));
  });

  it('a 2102 whose answer was lost: the resend with the same msgid gets the same answer, then a 2601 reverses it', async () => {
    const signIn = asCsharp(await post('9001', envelope('9001', { signIn: { opter_no: '999999', mac: '00-16-3E-00-00-01', ip: '10.1.2.3' } }, ''), csbHeaders('9001')));
    const sign = signIn.output!.signinoutb.sign_no as string;
    const psnNo = asCsharp(await post('1101', envelope('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, sign), csbHeaders('1101'))).output!.baseinfo.psn_no as string;
    const sale = envelope('2102', { druginfo: { psn_no: psnNo, med_type: '41', medfee_sumamt: 16.0, acct_used_flag: '0', insutype: '390' }, drugdetail: [{ feedetl_sn: '1', med_list_codg: 'DRG-A-0001', det_item_fee_sumamt: 16.0, cnt: 20, pric: 0.8 }] }, sign);
    const lost = await post('2102', sale, csbHeaders('2102')); // the HIS times out before reading this
    const resent = await post('2102', sale, csbHeaders('2102')); // new signature, same msgid
    expect(resent.body).toBe(lost.body);
    const reversal = asCsharp(await post('2601', envelope('2601', { data: { psn_no: psnNo, omsgid: sale.msgid, oinfno: '2102' } }, sign), csbHeaders('2601')));
    expect(reversal.infcode, String(reversal.err_msg)).toBe(0);
    expect(reversal.output!.data).toMatchObject({ omsgid: sale.msgid, oinfno: '2102', gw_outcome: 'reversed' });
    expect(reversal.output!.setlinfo).toMatchObject({ medfee_sumamt: -16, gw_reversal_flag: '1' });
  });

  it('refuses a wrong secret, a missing signature, a stale timestamp and a replayed signature — in the national shape', async () => {
    const body = () => envelope('9001', { signIn: { opter_no: '999999', mac: '00-16-3E-00-00-01', ip: '10.1.2.3' } }, '');
    const wrong = asCsharp(await post('9001', body(), csbHeaders('9001', String(Date.now()), 'not-the-secret')));
    expect(wrong).toMatchObject({ infcode: -1, output: null, gw_code: 'GW_UNAUTHORIZED' });
    expect(wrong.err_msg).toMatch(/^接口鉴权失败/);
    const { _api_signature: _dropped, ...unsigned } = csbHeaders('9001');
    expect(asCsharp(await post('9001', body(), unsigned))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
    expect(asCsharp(await post('9001', body(), csbHeaders('9001', String(Date.now() - 10 * 60_000))))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
    const once = csbHeaders('9001');
    expect(asCsharp(await post('9001', body(), once)).infcode).toBe(0);
    expect(asCsharp(await post('9001', body(), once))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
  });

  it('the infno in the URL must be the message\'s; a message without infno takes the URL\'s', async () => {
    const mismatch = asCsharp(await post('1101', envelope('9001', { signIn: { opter_no: '999999' } }, ''), csbHeaders('1101')));
    expect(mismatch).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_ENVELOPE' });
    const { infno: _infno, ...withoutInfno } = envelope('9001', { signIn: { opter_no: '999999', mac: '00-16-3E-00-00-01', ip: '10.1.2.3' } }, '');
    expect(asCsharp(await post('9001', withoutInfno, csbHeaders('9001'))).infcode).toBe(0);
  });
});

describe('Guangdong: TIF gateway signature headers', () => {
  const PAAS_ID = 'gd-hosp-0042';
  const PAAS_TOKEN = 'L9tif-token-5c2e';
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway({ fsiProfile: 'guangdong', fsiAuthId: PAAS_ID, fsiAuthSecret: PAAS_TOKEN });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** As Guangdong clients sign: seconds, a hex-time nonce, SHA-256 of timestamp + token + nonce + timestamp. */
  function tifHeaders(timestamp = String(Math.floor(Date.now() / 1000)), nonce = `${Date.now().toString(16)}-${randomBytes(3).toString('hex')}`, token = PAAS_TOKEN): Record<string, string> {
    const signature = createHash('sha256').update(`${timestamp}${token}${nonce}${timestamp}`, 'utf8').digest('hex');
    return { 'x-tif-paasid': PAAS_ID, 'x-tif-timestamp': timestamp, 'x-tif-nonce': nonce, 'x-tif-signature': signature, 'content-type': 'application/json;charset=utf-8' };
  }
  const post = (url: string, body: unknown, headers = tifHeaders()) => t.gw.app.inject({ method: 'POST', url, headers, payload: JSON.stringify(body) });

  it('an outpatient visit through the platform\'s path with the infno as a query, and 3201 answering stmtinfo', async () => {
    const base = '/fsi/api/rsfComIfsService/callService';
    const signIn = asCsharp(await post(`${base}?i=9001`, envelope('9001', { signIn: { opter_no: 'gd-01', mac: '00-16-3E-00-00-02', ip: '10.9.8.7' } }, '', 'gd-01')));
    expect(signIn.infcode, String(signIn.err_msg)).toBe(0);
    const sign = signIn.output!.signinoutb.sign_no as string;
    const send = async (infno: string, input: unknown) => {
      const answer = asCsharp(await post(`${base}?i=${infno}`, envelope(infno, input, sign, 'gd-01')));
      expect(answer.infcode, `${infno}: ${answer.err_msg}`).toBe(0);
      return answer.output!;
    };
    const psnNo = (await send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, psn_cert_type: '01', certno: ZHANG_SAN } })).baseinfo.psn_no as string;
    const mdtrtId = (await send('2201', { data: { psn_no: psnNo, insutype: '390', begntime: '2026-12-03 09:00:00', mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, ipt_otp_no: `GD-${Date.now()}`, atddr_no: 'D1', dr_name: '陈医生', dept_code: 'A03', dept_name: '内科', caty: 'A03' } })).data.mdtrt_id as string;
    expect(await send('2203', { mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '11', begntime: '2026-12-03 09:00:00', main_cond_dscr: '咳嗽', dise_codg: 'J18.900', dise_name: '肺炎' }, diseinfo: [{ diag_type: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎', diag_dept: '内科', dise_dor_no: 'D1', dise_dor_name: '陈医生', diag_time: '2026-12-03 09:05:00', vali_flag: '1' }] })).toEqual({});
    const lines = await send('2204', { feedetail: [{ feedetl_sn: '1', mdtrt_id: mdtrtId, psn_no: psnNo, chrg_bchno: 'B1', med_list_codg: 'DRG-C-0001', medins_list_codg: 'H-2', det_item_fee_sumamt: 35.0, cnt: 1, pric: 35.0, fee_ocur_time: '2026-12-03 09:10:00', hosp_appr_flag: '0' }] });
    expect(lines.result[0].pric_uplmt_amt).toBe(999999); // no ceiling: the platform's number, not null
    await send('2206', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, med_type: '11', medfee_sumamt: 35.0, psn_setlway: '01', acct_used_flag: '0', insutype: '390' } });
    const settled = await send('2207', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, med_type: '11', medfee_sumamt: 35.0, psn_setlway: '01', acct_used_flag: '0', insutype: '390' } });
    const query = await send('5203', { data: { setl_id: settled.setlinfo.setl_id, psn_no: psnNo } });
    expect(query.setlinfo).toEqual(settled.setlinfo);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const stmt = await send('3201', { data: { insutype: '390', clr_type: '11', setl_optins: '152201', stmt_begndate: today, stmt_enddate: today, medfee_sumamt: 35.0, fund_pay_sumamt: Number(settled.setlinfo.fund_pay_sumamt), acct_pay: 0, fixmedins_setl_cnt: 1 } });
    expect(stmt.stmtinfo).toMatchObject({ stmt_rslt: '0', setl_optins: '152201' });
  });

  it('an inpatient stay: 2401, 120 lines in batches with refunds (2301), 2402, 2303 / 2304, and a 2305 approved at the gateway', async () => {
    const url = (infno: string) => `/fsi/api/tx/${infno}`;
    const signIn = asCsharp(await post(url('9001'), envelope('9001', { signIn: { opter_no: 'gd-03', mac: '00-16-3E-00-00-03', ip: '10.9.8.6' } }, '', 'gd-03')));
    const sign = signIn.output!.signinoutb.sign_no as string;
    const send = async (infno: string, input: unknown) => {
      const answer = asCsharp(await post(url(infno), envelope(infno, input, sign, 'gd-03')));
      expect(answer.infcode, `${infno}: ${answer.err_msg}`).toBe(0);
      return answer.output!;
    };
    const psnNo = (await send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } })).baseinfo.psn_no as string;
    const admitted = await send('2401', {
      mdtrtinfo: { psn_no: psnNo, insutype: '390', begntime: '2026-11-20 09:00:00', mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, med_type: '21', ipt_no: `ZY-GD-${Date.now()}`, atddr_no: 'D2', chfpdr_name: '李医生', adm_diag_dscr: '肺炎', adm_dept_codg: 'A03', adm_dept_name: '内科', adm_bed: '7', dise_codg: 'J18.900', dise_name: '肺炎' },
      diseinfo: [{ psn_no: psnNo, diag_type: '1', maindiag_flag: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎', diag_dept: '内科', dise_dor_no: 'D2', dise_dor_name: '李医生', diag_time: '2026-11-20 09:10:00' }],
    });
    const mdtrtId = admitted.result.mdtrt_id as string;
    // 120 lines of 10.00 as HIS sends a stay: in batches of 40, then 5 of them refunded in half.
    const line = (sn: number, extra: Record<string, unknown> = {}) => ({ feedetl_sn: `L${sn}`, mdtrt_id: mdtrtId, psn_no: psnNo, med_list_codg: 'SRV-A-0001', medins_list_codg: 'H-BED', cnt: 1, pric: 10.0, det_item_fee_sumamt: 10.0, fee_ocur_time: '2026-11-21 08:00:00', bilg_dept_codg: 'A03', bilg_dr_codg: 'D2', hosp_appr_flag: '0', ...extra });
    for (let batch = 0; batch < 3; batch++) {
      const out = await send('2301', { feedetail: Array.from({ length: 40 }, (_, i) => line(batch * 40 + i + 1)) });
      expect(out.result).toHaveLength(40);
      for (const r of out.result as Array<Record<string, unknown>>) expect(typeof r.pric_uplmt_amt).toBe('number');
    }
    await send('2301', { feedetail: Array.from({ length: 5 }, (_, i) => line(200 + i, { init_feedetl_sn: `L${i + 1}`, cnt: -0.5, det_item_fee_sumamt: -5.0, pric: 10.0 })) });
    await send('2402', { dscginfo: { mdtrt_id: mdtrtId, psn_no: psnNo, insutype: '390', endtime: '2026-11-25 10:00:00', dise_codg: 'J18.900', dise_name: '肺炎', dscg_way: '1', dscg_dept_codg: 'A03', dscg_dept_name: '内科' }, diseinfo: [] });
    const data = { psn_no: psnNo, mdtrt_id: mdtrtId, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, medfee_sumamt: 1175.0, insutype: '390', acct_used_flag: '0', mid_setl_flag: '0' };
    const pre = await send('2303', { data });
    const settled = await send('2304', { data });
    expect(settled.setlinfo.medfee_sumamt).toBe(1175);
    expect(settled.setlinfo.psn_cash_pay).toBe(pre.setlinfo.psn_cash_pay);
    expect(settled.setlinfo.fund_pay_sumamt + settled.setlinfo.psn_part_amt).toBeCloseTo(1175, 2);
    // The HIS's own approval workflow, then its plain 2305; the reviewer approved at the gateway.
    await t.approve(settled.setlinfo.setl_id as string, 'gd-fh', 'cashier');
    const cancelled = await send('2305', { data: { setl_id: settled.setlinfo.setl_id, mdtrt_id: mdtrtId, psn_no: psnNo } });
    expect(cancelled.setlinfo).toMatchObject({ medfee_sumamt: -1175, med_type: '21', insutype: '390', clr_type: '21', psn_no: psnNo });
    expect((cancelled.setldetail as Array<{ fund_payamt: number }>).every((d) => d.fund_payamt <= 0)).toBe(true);
  });

  it('refuses a wrong token, another paasid, an old timestamp and a replayed nonce', async () => {
    const body = () => envelope('9001', { signIn: { opter_no: 'gd-02' } }, '', 'gd-02');
    const url = '/fsi/api/tx/9001';
    expect(asCsharp(await post(url, body(), tifHeaders(undefined, undefined, 'guessed-token')))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
    expect(asCsharp(await post(url, body(), { ...tifHeaders(), 'x-tif-paasid': 'someone-else' }))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
    expect(asCsharp(await post(url, body(), tifHeaders(String(Math.floor(Date.now() / 1000) - 3600))))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
    expect(asCsharp(await post(url, body(), { 'content-type': 'application/json' }))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
    const headers = tifHeaders();
    expect(asCsharp(await post(url, body(), headers)).infcode).toBe(0);
    expect(asCsharp(await post(url, body(), headers))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED', err_msg: expect.stringContaining('replay') });
    // A gateway API key still works beside the region's scheme.
    expect(asCsharp(await post(url, body(), { authorization: `Bearer ${t.key}`, 'content-type': 'application/json' })).infcode).toBe(0);
  });
});

describe('a plain apikey header, and a private network without a credential', () => {
  it('apikey: the site\'s key accepted, another refused', async () => {
    const t = await startTestGateway({ fsiProfile: 'apikey', fsiAuthSecret: 'ak-3e7b91' });
    try {
      const send = (headers: Record<string, string>) => t.gw.app.inject({ method: 'POST', url: '/fsi/api/tx', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(envelope('9001', { signIn: { opter_no: 'k-01' } }, '', 'k-01')) });
      expect(asCsharp(await send({ apikey: 'ak-3e7b91' })).infcode).toBe(0);
      expect(asCsharp(await send({ apikey: 'ak-000000' }))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
      expect(asCsharp(await send({}))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
    } finally {
      await t.close();
    }
  });

  it('none: only the allow-listed HIS machines; the profile refuses to start without a list', async () => {
    await expect(startTestGateway({ fsiProfile: 'private-network' })).rejects.toMatchObject({ code: 'GW_CONFIG', details: { option: 'fsiAllowFrom' } });
    const t = await startTestGateway({ fsiProfile: 'private-network', fsiAllowFrom: '10.20.0.0/16, 192.168.7.15' });
    try {
      const from = (remoteAddress: string) => t.gw.app.inject({ method: 'POST', url: '/fsi/api/tx', remoteAddress, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(envelope('9001', { signIn: { opter_no: 'p-01' } }, '', 'p-01')) });
      expect(asCsharp(await from('10.20.3.4')).infcode).toBe(0);
      expect(asCsharp(await from('192.168.7.15')).infcode).toBe(0);
      expect(asCsharp(await from('192.168.7.16'))).toMatchObject({ infcode: -1, gw_code: 'GW_UNAUTHORIZED' });
    } finally {
      await t.close();
    }
  });
});
