/**
 * National interface, person and pharmacy transactions as a HIS sends them: 9001, 9002, 1101,
 * 2101, 2102, 5203, 2103 — each answer checked field by field against the national names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOn } from '../../gateway/persons/person-types.ts';
import { startFsiGateway, DRUG_LINES, LI_SI, ZHANG_SAN, num, type FsiTestGateway } from './support.ts';

let t: FsiTestGateway;
let sign: string;
let psnNo: string;

beforeAll(async () => {
  t = await startFsiGateway();
  sign = await t.his.signIn('cashier-01');
});
afterAll(async () => {
  await t?.close();
});

const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('9001 / 9002 sign-in and sign-out', () => {
  it('9001 answers a sign_no and the sign time in the interface format; the envelope carries the answer ids', async () => {
    const { answer, msgid, text } = await t.his.send('9001', { signIn: { opter_no: 'cashier-09', mac: '00-16-3E-00-00-09', ip: '10.1.2.9' } }, { opter: 'cashier-09' });
    expect(answer.infcode).toBe(0);
    expect(text).toMatch(/^\{"infcode":0,/);
    expect(answer.err_msg).toBeNull();
    expect(answer.inf_refmsgid).toMatch(/^152201\d{17}\d{7}$/);
    expect(answer.refmsg_time).toMatch(/^\d{17}$/);
    expect(answer.respond_time).toMatch(/^\d{17}$/);
    expect(answer.respond_time >= answer.refmsg_time).toBe(true);
    // 30 characters: it fits the sign_no columns HIS software stores it in.
    expect(answer.output!.signinoutb.sign_no).toMatch(/^[0-9a-f]{30}$/);
    expect(answer.output!.signinoutb.sign_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(msgid).toHaveLength(30);
  });

  it('9002 closes the session; a later message with that sign_no is refused with the session message', async () => {
    const mine = await t.his.signIn('cashier-08');
    const out = await t.his.send('9002', { signOut: { sign_no: mine, opter_no: 'cashier-08' } }, { opter: 'cashier-08', signNo: mine });
    expect(out.answer.infcode).toBe(0);
    expect(out.answer.output!.signoutoutb.sign_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const after = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { opter: 'cashier-08', signNo: mine });
    expect(after.answer).toMatchObject({ infcode: -1, gw_code: 'GW_SESSION_CLOSED', output: null });
    expect(after.answer.err_msg).toBe('操作员已签退，请重新签到（9001）并使用新的 sign_no');
  });

  it('a message without sign_no is refused under the national profile; another operator\'s sign_no too', async () => {
    const none = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } });
    expect(none.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_SIGN_IN_REQUIRED', err_msg: '请先签到（9001），并在报文的 sign_no 中填写签到编号' });
    const other = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { opter: 'cashier-02', signNo: sign });
    expect(other.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_OPERATOR_MISMATCH' });
  });
});

describe('1101 person information', () => {
  it('by ID number: baseinfo and insuinfo with the national codes', async () => {
    const { answer } = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, card_sn: '', begntime: '', psn_cert_type: '01', certno: ZHANG_SAN, psn_name: '张三' } }, { signNo: sign });
    expect(answer.infcode).toBe(0);
    const out = answer.output!;
    psnNo = out.baseinfo.psn_no;
    expect(out.baseinfo).toEqual({
      psn_no: '15220100000000000001', psn_cert_type: '01', certno: ZHANG_SAN, psn_name: '张三', gend: '1', naty: null,
      brdy: '1980-01-01', age: String(ageOn('1980-01-01', chinaToday())),
    });
    expect(out.insuinfo).toEqual([{
      balc: '0.00', insutype: '390', psn_type: '1501', psn_insu_stas: '1', psn_insu_date: null, paus_insu_date: null,
      cvlserv_flag: '0', insuplc_admdvs: '152201', emp_name: null,
    }]);
    expect(out.idetinfo).toEqual([]);
    expect(out.gw_offline_flag).toBe('0');
  });

  it('by social security card (03, card number and card_sn): the same person', async () => {
    const { answer } = await t.his.send('1101', { data: { mdtrt_cert_type: '03', mdtrt_cert_no: 'A00000001', card_sn: '0123456789ABCDEF' } }, { signNo: sign });
    expect(answer.infcode).toBe(0);
    expect(answer.output!.baseinfo).toMatchObject({ psn_no: '15220100000000000001', psn_name: '张三', certno: ZHANG_SAN });
    const bad = await t.his.send('1101', { data: { mdtrt_cert_type: '04', mdtrt_cert_no: 'A00000001' } }, { signNo: sign });
    expect(bad.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: 'input.data.mdtrt_cert_type' } });
  });

  it('an employee\'s account balance comes as a number with two places', async () => {
    const { answer, text } = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: LI_SI } }, { signNo: sign });
    expect(answer.output!.insuinfo[0]).toMatchObject({ balc: '1234.56', insutype: '310', psn_type: '1101' });
    expect(answer.output!.baseinfo).toMatchObject({ psn_name: '李四', gend: '2', brdy: '1990-02-02' });
    expect(text).toContain('"balc":1234.56');
  });

  it('an ID number given only as certno is used; a suspended person is refused with the cashier\'s message', async () => {
    const byCertno = await t.his.send('1101', { data: { mdtrt_cert_type: '02', psn_cert_type: '01', certno: ZHANG_SAN } }, { signNo: sign });
    expect(byCertno.answer.output!.baseinfo.psn_no).toBe('15220100000000000001');
    const suspended = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: '152201196004044567' } }, { signNo: sign });
    expect(suspended.answer).toMatchObject({ infcode: -1, gw_code: 'GW_PERSON_INELIGIBLE', output: null });
    expect(suspended.answer.err_msg).toMatch(/^参保人当前不能享受待遇/);
    const missing = await t.his.send('1101', { data: { mdtrt_cert_type: '02' } }, { signNo: sign });
    expect(missing.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: 'input.data.mdtrt_cert_no' } });
  });
});

describe('2101 / 2102 / 5203 / 2103 pharmacy', () => {
  const data = () => ({ psn_no: psnNo, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, med_type: '41', medfee_sumamt: num('51.00'), psn_setlway: '01', insutype: '390', acct_used_flag: '0' });
  let settled: Record<string, string | null>;

  it('2101 pre-settles without a setl_id, and 2102 settles exactly that', async () => {
    const pre = await t.his.send('2101', { data: data(), drugdetail: DRUG_LINES }, { signNo: sign });
    expect(pre.answer.infcode).toBe(0);
    const { answer, msgid, text } = await t.his.send('2102', { data: data(), drugdetail: DRUG_LINES }, { signNo: sign });
    expect(answer.infcode).toBe(0);
    settled = answer.output!.setlinfo;
    expect(settled).toMatchObject({
      mdtrt_id: expect.stringMatching(/^M/), setl_id: expect.stringMatching(/^S/), psn_no: psnNo, psn_name: '张三', psn_cert_type: '01',
      certno: ZHANG_SAN, insutype: '390', med_type: '41', setl_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      medfee_sumamt: '51.00', fulamt_ownpay_amt: '35.00', overlmt_selfpay: '0.00', preselfpay_amt: '0.00', inscp_scp_amt: '16.00',
      cvlserv_pay: '0.00', hifes_pay: '0.00', hifob_pay: '0.00', oth_pay: '0.00', hosp_part_amt: '0.00', acct_pay: '0.00',
      balc: '0.00', medins_setl_id: msgid, clr_optins: '152201', gw_offline_flag: '0', gw_cancelled_by: null,
      // the credential the HIS settled with, as its message said
      mdtrt_cert_type: '02',
    });
    const n = (k: string) => Math.round(Number(settled[k]) * 100);
    expect(n('fund_pay_sumamt') + n('psn_part_amt')).toBe(5100);
    expect(n('acct_pay') + n('psn_cash_pay')).toBe(n('psn_part_amt'));
    expect(n('hifp_pay') + n('hifmi_pay') + n('maf_pay')).toBe(n('fund_pay_sumamt'));
    expect(text).toContain('"medfee_sumamt":51.00');
    // The pre-settlement said the same, without ids.
    const { setl_id: _s, mdtrt_id: _m, setl_time: _t, medins_setl_id: _i, ...amounts } = settled;
    const { setl_id: preSetl, mdtrt_id: preMdtrt, setl_time: _pt, medins_setl_id: preMsg, ...preAmounts } = pre.answer.output!.setlinfo;
    expect([preSetl, preMdtrt, preMsg]).toEqual([null, null, null]);
    expect(preAmounts).toEqual(amounts);
    expect(answer.output!.detlcutinfo.map((l: Record<string, string>) => [l.feedetl_sn, l.chrgitm_lv, l.det_item_fee_sumamt, l.fulamt_ownpay_amt, l.inscp_scp_amt]))
      .toEqual([['1', '01', '16.00', '0.00', '16.00'], ['2', '03', '35.00', '35.00', '0.00']]);
    // Xing'an residents have no pharmacy benefit: no fund paid, so no fund lines, and the
    // engine's warning reaches the cashier in warn_msg.
    expect(answer.output!.setldetail).toEqual([]);
    expect(answer.warn_msg).toMatch(/^本政策基金不支付此类就诊/);
    expect(settled).toMatchObject({ hifp_pay: '0.00', fund_pay_sumamt: '0.00', psn_cash_pay: '51.00', pool_prop_selfpay: '0.0000', gw_policy: 'cn-xingan-resident-2008' });
  });

  it('2102 for an employee pays from the personal account and answers the balance after', async () => {
    const who = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: LI_SI } }, { signNo: sign });
    const employee = who.answer.output!.baseinfo.psn_no as string;
    const { answer } = await t.his.send('2102', { data: { psn_no: employee, med_type: '41', medfee_sumamt: num('51.00'), acct_used_flag: '1', insutype: '310' }, drugdetail: DRUG_LINES }, { signNo: sign });
    expect(answer.infcode).toBe(0);
    const s = answer.output!.setlinfo;
    expect(s).toMatchObject({ insutype: '310', medfee_sumamt: '51.00', psn_name: '李四' });
    expect(Number(s.acct_pay)).toBeGreaterThan(0);
    expect(Math.round((1234.56 - Number(s.acct_pay)) * 100)).toBe(Math.round(Number(s.balc) * 100));
    const n = (k: string) => Math.round(Number(s[k]) * 100);
    expect(n('acct_pay') + n('psn_cash_pay')).toBe(n('psn_part_amt'));
    expect(n('fund_pay_sumamt') + n('psn_part_amt')).toBe(5100);
  });

  it('5203 answers the stored settlement; another person\'s psn_no does not find it', async () => {
    const { answer } = await t.his.send('5203', { data: { psn_no: psnNo, setl_id: settled.setl_id, mdtrt_id: settled.mdtrt_id } }, { signNo: sign });
    expect(answer.infcode).toBe(0);
    expect(answer.output!.setlinfo).toEqual(settled);
    const wrong = await t.his.send('5203', { data: { psn_no: '15220100000000000002', setl_id: settled.setl_id } }, { signNo: sign });
    expect(wrong.answer).toMatchObject({ infcode: -1, gw_code: 'GW_SETTLEMENT_NOT_FOUND', err_msg: '找不到该结算记录' });
  });

  it('2102 refuses a stated total that is not the sum of the lines, naming the field', async () => {
    const { answer } = await t.his.send('2102', { data: { ...data(), medfee_sumamt: num('50.00') }, drugdetail: DRUG_LINES }, { signNo: sign });
    expect(answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_TOTAL_MISMATCH', gw_details: { path: 'input.data.medfee_sumamt', stated: '50.00', sum: '51.00' } });
    expect(answer.err_msg).toBe('医疗费总额与费用明细合计不符，请核对明细后重新提交：medfee_sumamt 50.00 ≠ 51.00');
  });

  it('2102 names the bad line in the message sent (input.drugdetail[1].cnt)', async () => {
    const lines = [DRUG_LINES[0], { ...DRUG_LINES[1], cnt: num('2') }];
    const { answer } = await t.his.send('2102', { data: { ...data(), medfee_sumamt: num('51.00') }, drugdetail: lines }, { signNo: sign });
    expect(answer).toMatchObject({ infcode: -1, gw_code: 'GW_LINE_AMOUNT_MISMATCH' });
    expect(String(answer.gw_details?.path)).toMatch(/^input\.drugdetail\[1\]/);
  });

  it('2103 needs the second person of the tiered approvals, then cancels with negated amounts; 5203 shows it', async () => {
    const alone = await t.his.send('2103', { data: { setl_id: settled.setl_id, psn_no: psnNo } }, { signNo: sign });
    expect(alone.answer).toMatchObject({ infcode: -1, gw_code: 'GW_APPROVAL_REQUIRED' });
    await t.approve(settled.setl_id as string, 'cashier-02', 'cashier');
    const { answer } = await t.his.send('2103', { data: { setl_id: settled.setl_id, psn_no: psnNo, gw_reason: '顾客退药' } }, { signNo: sign });
    expect(answer.infcode).toBe(0);
    expect(answer.output!.setlinfo).toMatchObject({
      setl_id: expect.stringMatching(/^C|^S/), gw_original_setl_id: settled.setl_id, mdtrt_id: settled.mdtrt_id, psn_no: psnNo,
      medfee_sumamt: '-51.00', fulamt_ownpay_amt: '-35.00', gw_reversal_flag: '0', gw_tier: '1',
    });
    const after = await t.his.send('5203', { data: { setl_id: settled.setl_id } }, { signNo: sign });
    expect(after.answer.output!.setlinfo.gw_cancelled_by).toBe(answer.output!.setlinfo.setl_id);
  });
});
