/**
 * The approval page (/approve) in a real browser (Debian chromium, headless, playwright-core):
 * a supervisor types their own secret where the HIS cannot read it; a wrong one is refused on
 * the page; once the people the tier needs have approved, the HIS's unchanged national 2208
 * cancels the settlement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startFsiGateway, type FsiTestGateway } from '../fsi/support.ts';
import { ZHANG_SAN } from './support.ts';
import { num } from '../../gateway/fsi/wire.ts';

let t: FsiTestGateway;
let browser: Browser;
let url: string;

beforeAll(async () => {
  t = await startFsiGateway();
  url = await t.gw.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
  await t.gw.api.operators.add({ operator_id: 'zhang-zr', name: '张主任', role: 'supervisor', secret: 'zr-secret-9' }, 'test:it');
  await t.gw.api.operators.add({ operator_id: 'li-fh', name: '李复核', role: 'cashier', secret: 'fh-secret-7' }, 'test:it');
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function outpatientSettlement(): Promise<{ setlId: string; mdtrtId: string; psnNo: string; sign: string }> {
  const sign = await t.his.signIn('cashier-01');
  const ok = async (infno: string, input: unknown) => {
    const { answer } = await t.his.send(infno, input, { signNo: sign });
    expect(answer.infcode, `${infno}: ${answer.err_msg}`).toBe(0);
    return answer.output!;
  };
  const person = await ok('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } });
  const psnNo = person.baseinfo.psn_no as string;
  const reg = await ok('2201', { data: { psn_no: psnNo, insutype: '390', begntime: '2026-11-22 09:00:00', mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, ipt_otp_no: `OP-${Date.now()}`, atddr_no: 'D01', dr_name: '王医生', dept_code: 'K01', dept_name: '内科', caty: 'A03', med_type: '14', gw_special_disease: 'cancer_chemo_radio' } });
  const mdtrtId = reg.data.mdtrt_id as string;
  await ok('2204', { feedetail: [{ feedetl_sn: '1', mdtrt_id: mdtrtId, psn_no: psnNo, med_list_codg: 'SRV-A-0002', medins_list_codg: 'H-1', cnt: num('1'), pric: num('5000.00'), det_item_fee_sumamt: num('5000.00'), fee_ocur_time: '2026-11-22 09:10:00' }] });
  const setl = await ok('2207', { data: { psn_no: psnNo, mdtrt_id: mdtrtId, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, medfee_sumamt: num('5000.00'), insutype: '390', med_type: '14' } });
  return { setlId: setl.setlinfo.setl_id as string, mdtrtId, psnNo, sign };
}

describe('/approve in chromium', () => {
  it('refuses a wrong secret on the page, approves with the right ones, and the HIS\'s 2208 then goes through', async () => {
    const { setlId, mdtrtId, psnNo, sign } = await outpatientSettlement();
    const before = await t.his.send('2208', { data: { setl_id: setlId, mdtrt_id: mdtrtId, psn_no: psnNo } }, { signNo: sign });
    expect(before.answer).toMatchObject({ infcode: -1, gw_code: 'GW_APPROVAL_REQUIRED' });

    const page = await browser.newPage();
    const approve = async (opter: string, secret: string): Promise<string> => {
      await page.goto(`${url}/approve?setl_id=${encodeURIComponent(setlId)}`);
      expect(await page.inputValue('#setl_id')).toBe(setlId);
      await page.fill('#opter', opter);
      await page.fill('#secret', secret);
      await page.click('button[type=submit]');
      await page.locator('#result.ok, #result.error').waitFor({ timeout: 10_000 });
      expect(await page.inputValue('#secret')).toBe(''); // the secret does not stay on the page
      return page.innerText('#result');
    };
    expect(await approve('zhang-zr', 'not-the-secret')).toMatch(/^未审批：操作员编号或密码错误.*GW_OPERATOR_SECRET_WRONG/s);
    expect(await approve('li-fh', 'fh-secret-7')).toContain('已审批');
    const done = await approve('zhang-zr', 'zr-secret-9');
    expect(done).toMatch(/第 2 级/);
    expect(done).toContain('张主任（负责人）');
    const headers = (await page.goto(`${url}/approve`))!.headers();
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['cache-control']).toBe('no-store');
    await page.close();

    // The national client's message, unchanged: no field of the gateway's own.
    const after = await t.his.send('2208', { data: { setl_id: setlId, mdtrt_id: mdtrtId, psn_no: psnNo } }, { signNo: sign });
    expect(after.answer.infcode, String(after.answer.err_msg)).toBe(0);
    expect(after.answer.output!.setlinfo).toMatchObject({ gw_original_setl_id: setlId, gw_tier: '2' });
    const approvals = t.gw.db.prepare("SELECT operator_id, via, used_by FROM approvals WHERE setl_id = ? ORDER BY operator_id").all(setlId);
    expect(approvals).toEqual([
      { operator_id: 'li-fh', via: 'page', used_by: after.answer.output!.setlinfo.setl_id },
      { operator_id: 'zhang-zr', via: 'page', used_by: after.answer.output!.setlinfo.setl_id },
    ]);
  });
});
