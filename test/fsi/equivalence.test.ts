/**
 * The national-interface endpoint is the REST API's services under other names, so
 * the same patient, stay and lines give exactly the same settlement either way. Two gateways
 * (each with its own database and centre simulator, so neither sees the other's
 * accumulators): one driven over REST, one over the national interface.
 *
 *   discharge: 2401 → 2301 ×3 → 2402 → 2303 → 2304  vs  visits/inpatient → fee-lines ×3 → discharge → trial → settle
 *   pharmacy:  1101 → 2101 → 2102                    vs  persons/identify → pharmacy/sales
 *   interim:   2401 → 2301 → 2304 mid_setl_flag 1 → 2301 → 2402 → 2304
 *              vs  visits/inpatient → fee-lines → settle {interim} → fee-lines → discharge → settle
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../api/support.ts';
import { startFsiGateway, DRUG_LINES, LI_SI, ZHANG_SAN, num, type FsiTestGateway } from './support.ts';

let rest: TestGateway;
let fsi: FsiTestGateway;

beforeAll(async () => {
  [rest, fsi] = await Promise.all([startTestGateway(), startFsiGateway()]);
});
afterAll(async () => {
  await Promise.all([rest?.close(), fsi?.close()]);
});

/** The stay's bill in three uploads, as REST lines (decimal strings). */
const BATCHES = [
  [
    { feedetl_sn: '1', med_list_codg: 'SRV-A-0001', cnt: '6', pric: '40.00', det_item_fee_sumamt: '240.00' },
    { feedetl_sn: '2', med_list_codg: 'DRG-B-0003', cnt: '12', pric: '20.00', det_item_fee_sumamt: '240.00' },
  ],
  [
    { feedetl_sn: '3', med_list_codg: 'SRV-B-0001', cnt: '1', pric: '300.00', det_item_fee_sumamt: '300.00' },
    { feedetl_sn: '4', med_list_codg: 'MAT-B-0001', cnt: '1', pric: '15000.00', det_item_fee_sumamt: '15000.00', hosp_appr_flag: '1' as const },
    { feedetl_sn: '5', med_list_codg: 'DRG-C-0001', cnt: '2', pric: '35.00', det_item_fee_sumamt: '70.00' },
  ],
  [
    { feedetl_sn: '6', med_list_codg: 'SRV-A-0003', cnt: '8', pric: '10.00', det_item_fee_sumamt: '80.00' },
    { feedetl_sn: '7', med_list_codg: 'DRG-B-0003', cnt: '-2', pric: '20.00', det_item_fee_sumamt: '-40.00', init_feedetl_sn: '2' },
  ],
];
const DIAGNOSES = [{ diag_type: '1', diag_code: 'J18.900', diag_name: '肺炎', maindiag_flag: '1' as const }];

describe('the same settlement through the national interface and through REST', () => {
  it('a whole discharge: 2401 → 2301 ×3 → 2402 → 2303 → 2304', async () => {
    // REST
    const session = await rest.signIn('cashier-01');
    const psnRest = await rest.identify(ZHANG_SAN, session);
    const admitted = await rest.call('POST', '/v1/visits/inpatient', { session, payload: { psn_no: psnRest, ipt_otp_no: 'ZY-EQ-1', med_type: 'inpatient', begntime: '2026-11-01 09:00:00', diagnoses: DIAGNOSES } });
    expect(admitted.statusCode, admitted.body).toBe(200);
    const mdtrtRest = admitted.json().mdtrt_id as string;
    for (const lines of BATCHES) {
      const r = await rest.call('POST', `/v1/visits/${mdtrtRest}/fee-lines`, { session, payload: { lines } });
      expect(r.statusCode, r.body).toBe(200);
    }
    expect((await rest.call('POST', `/v1/visits/${mdtrtRest}/discharge`, { session, payload: { endtime: '2026-11-07 10:00:00', diagnoses: DIAGNOSES } })).statusCode).toBe(200);
    const restTrial = await rest.call('POST', `/v1/visits/${mdtrtRest}/trial`, { session, payload: {} });
    expect(restTrial.statusCode, restTrial.body).toBe(200);
    const restSettle = await rest.call('POST', `/v1/visits/${mdtrtRest}/settle`, { session, payload: {}, headers: { 'idempotency-key': 'eq-discharge-1' } });
    expect(restSettle.statusCode, restSettle.body).toBe(200);
    const restView = restSettle.json();

    // National interface
    const sign = await fsi.his.signIn('cashier-01');
    const send = async (infno: string, input: unknown) => {
      const r = await fsi.his.send(infno, input, { signNo: sign });
      expect(r.answer.err_msg, `${infno}: ${r.answer.gw_code}`).toBeNull();
      return r;
    };
    const psn = (await send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } })).answer.output!.baseinfo.psn_no as string;
    expect(psn).toBe(psnRest);
    const diseinfo = [{ diag_type: '1', maindiag_flag: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎' }];
    const mdtrtId = (await send('2401', { mdtrtinfo: { psn_no: psn, insutype: '390', med_type: '21', ipt_no: 'ZY-EQ-1', begntime: '2026-11-01 09:00:00', adm_dept_codg: 'A03', atddr_no: 'D001' }, diseinfo })).answer.output!.result.mdtrt_id as string;
    for (const lines of BATCHES) {
      await send('2301', {
        feedetail: lines.map((l) => ({ ...l, mdtrt_id: mdtrtId, psn_no: psn, cnt: num(l.cnt), pric: num(l.pric), det_item_fee_sumamt: num(l.det_item_fee_sumamt), medins_list_codg: `H-${l.med_list_codg}`, fee_ocur_time: '2026-11-02 10:00:00' })),
      });
    }
    await send('2402', { dscginfo: { mdtrt_id: mdtrtId, psn_no: psn, insutype: '390', endtime: '2026-11-07 10:00:00', dscg_way: '1' }, diseinfo });
    const data = { psn_no: psn, mdtrt_id: mdtrtId, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, insutype: '390', medfee_sumamt: num(restView.result.setlinfo.medfee_sumamt), psn_setlway: '01', mid_setl_flag: '0' };
    const pre = await send('2303', { data });
    const settled = await send('2304', { data });
    const s = settled.answer.output!.setlinfo;

    // The engine's whole result — amounts, fund lines, per-line splits, trace, warnings and the
    // accumulator delta — is the same; so are the trial answers.
    const fsiView = fsi.gw.api.settlements.get(s.setl_id);
    expect(fsiView.result).toEqual(restView.result);
    expect(fsiView.result).toEqual(restTrial.json());
    expect(Number(restView.result.setlinfo.fund_pay_sumamt)).toBeGreaterThan(0);
    // And the national answer says exactly those amounts, field by field.
    for (const [k, v] of Object.entries(restView.result.setlinfo)) {
      expect(s[k], k).toBe(v);
      expect(pre.answer.output!.setlinfo[k], `2303 ${k}`).toBe(v);
    }
    expect(settled.answer.output!.setldetail.map((d: Record<string, string>) => [d.fund_pay_type, d.fund_payamt, d.crt_payb_lmt_amt]))
      .toEqual(restView.result.setldetail.map((d: Record<string, string>) => [d.fund_pay_type, d.fund_payamt, d.crt_payb_lmt_amt]));
    expect(settled.answer.output!.detlcutinfo.map((l: Record<string, string>) => [l.feedetl_sn, l.det_item_fee_sumamt, l.inscp_scp_amt, l.preselfpay_amt, l.fulamt_ownpay_amt, l.overlmt_amt]))
      .toEqual(restView.result.lines.map((l: Record<string, string>) => [l.feedetl_sn, l.det_item_fee_sumamt, l.inscp_scp_amt, l.preselfpay_amt, l.fulamt_ownpay_amt, l.overlmt_amt]));
  });

  it('a pharmacy sale: 1101 → 2101 → 2102, with the personal account', async () => {
    const session = await rest.signIn('cashier-01');
    const psnRest = await rest.identify(LI_SI, session);
    const restLines = DRUG_LINES.map((l) => ({ feedetl_sn: l.feedetl_sn, med_list_codg: l.med_list_codg, cnt: l.cnt.value, pric: l.pric.value, det_item_fee_sumamt: l.det_item_fee_sumamt.value }));
    const sale = await rest.call('POST', '/v1/pharmacy/sales', { session, payload: { psn_no: psnRest, lines: restLines }, headers: { 'idempotency-key': 'eq-sale-1' } });
    expect(sale.statusCode, sale.body).toBe(200);
    const restView = sale.json();

    const sign = await fsi.his.signIn('cashier-01');
    const who = await fsi.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: LI_SI } }, { signNo: sign });
    const psn = who.answer.output!.baseinfo.psn_no as string;
    const data = { psn_no: psn, mdtrt_cert_type: '02', mdtrt_cert_no: LI_SI, med_type: '41', medfee_sumamt: num('51.00'), insutype: '310', acct_used_flag: '1' };
    const pre = await fsi.his.send('2101', { data, drugdetail: DRUG_LINES }, { signNo: sign });
    const settled = await fsi.his.send('2102', { data, drugdetail: DRUG_LINES }, { signNo: sign });
    expect(settled.answer.infcode).toBe(0);
    const s = settled.answer.output!.setlinfo;
    expect(fsi.gw.api.settlements.get(s.setl_id).result).toEqual(restView.result);
    expect(Number(restView.result.setlinfo.acct_pay)).toBeGreaterThan(0);
    for (const [k, v] of Object.entries(restView.result.setlinfo)) {
      expect(s[k], k).toBe(v);
      expect(pre.answer.output!.setlinfo[k], `2101 ${k}`).toBe(v);
    }
    // Both gateways took the same amount off the same account.
    expect(fsi.gw.api.settlements.persons.get(psn)!.account_balance_fen).toBe(rest.gw.api.settlements.persons.get(psnRest)!.account_balance_fen);
  });

  it('an interim settlement and the final one of a stay: the same two settlements either way', async () => {
    // Both gateways have settled one stay of this patient above, so their accumulators agree.
    const session = await rest.signIn('cashier-01');
    const psnRest = await rest.identify(ZHANG_SAN, session);
    const admitted = await rest.call('POST', '/v1/visits/inpatient', { session, payload: { psn_no: psnRest, ipt_otp_no: 'ZY-EQ-2', med_type: 'inpatient', begntime: '2026-11-01 09:00:00', diagnoses: DIAGNOSES } });
    const mdtrtRest = admitted.json().mdtrt_id as string;
    const restCall = async (url: string, payload: unknown, headers: Record<string, string> = {}) => {
      const r = await rest.call('POST', url, { session, payload, headers });
      expect(r.statusCode, r.body).toBe(200);
      return r.json();
    };
    await restCall(`/v1/visits/${mdtrtRest}/fee-lines`, { lines: BATCHES[0] });
    const restInterim = await restCall(`/v1/visits/${mdtrtRest}/settle`, { interim: true }, { 'idempotency-key': 'eq-interim-1' });
    await restCall(`/v1/visits/${mdtrtRest}/fee-lines`, { lines: BATCHES[1] });
    await restCall(`/v1/visits/${mdtrtRest}/discharge`, { endtime: '2026-11-07 10:00:00' });
    const restFinal = await restCall(`/v1/visits/${mdtrtRest}/settle`, {}, { 'idempotency-key': 'eq-final-1' });
    expect(restInterim.interim).toBe(true);
    expect(restFinal.interim).toBe(false);

    const sign = await fsi.his.signIn('cashier-01');
    const send = async (infno: string, input: unknown) => {
      const r = await fsi.his.send(infno, input, { signNo: sign });
      expect(r.answer.err_msg, `${infno}: ${r.answer.gw_code}`).toBeNull();
      return r.answer.output!;
    };
    const psn = (await send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } })).baseinfo.psn_no as string;
    const diseinfo = [{ diag_type: '1', maindiag_flag: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎' }];
    const mdtrtId = (await send('2401', { mdtrtinfo: { psn_no: psn, insutype: '390', med_type: '21', ipt_no: 'ZY-EQ-2', begntime: '2026-11-01 09:00:00' }, diseinfo })).result.mdtrt_id as string;
    const upload = (lines: typeof BATCHES[number]) => send('2301', {
      feedetail: lines.map((l) => ({ ...l, mdtrt_id: mdtrtId, psn_no: psn, cnt: num(l.cnt), pric: num(l.pric), det_item_fee_sumamt: num(l.det_item_fee_sumamt), fee_ocur_time: '2026-11-02 10:00:00' })),
    });
    const data = (flag: '0' | '1', total: string) => ({ data: { psn_no: psn, mdtrt_id: mdtrtId, insutype: '390', medfee_sumamt: num(total), mid_setl_flag: flag } });
    await upload(BATCHES[0]!);
    const interim = await send('2304', data('1', restInterim.result.setlinfo.medfee_sumamt));
    await upload(BATCHES[1]!);
    await send('2402', { dscginfo: { mdtrt_id: mdtrtId, psn_no: psn, insutype: '390', endtime: '2026-11-07 10:00:00' }, diseinfo });
    const final = await send('2304', data('0', restFinal.result.setlinfo.medfee_sumamt));

    for (const [answer, view, flag] of [[interim, restInterim, '1'], [final, restFinal, '0']] as const) {
      expect(fsi.gw.api.settlements.get(answer.setlinfo.setl_id).result).toEqual(view.result);
      for (const [k, v] of Object.entries(view.result.setlinfo as Record<string, string>)) expect(answer.setlinfo[k], `${flag} ${k}`).toBe(v);
      expect(answer.setlinfo.gw_mid_setl_flag).toBe(flag);
    }
    // The stay's deductible was taken once, by the interim settlement.
    expect(Number(restInterim.result.setlinfo.act_pay_dedc)).toBeGreaterThan(0);
    expect(restFinal.result.setlinfo.act_pay_dedc).toBe('0.00');
  });
});
