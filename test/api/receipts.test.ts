/**
 * Receipts as the patient reads them, checked by reading the PDF back (poppler's pdftotext,
 * page by page) and the HTML as text: a 60-line sale on A5 runs over several pages, each
 * carrying the settlement number and "第 N/M 页", and no label is parted from its amount;
 * the institution's name, the operator's name and the account balance after the payment are
 * printed, and nothing in English.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LI_SI, startTestGateway, type TestGateway } from './support.ts';

let t: TestGateway;
let session: string;
let setlId: string;
let dir: string;

const LINES = Array.from({ length: 60 }, (_, i) => ({ feedetl_sn: `L${i + 1}`, med_list_codg: i % 3 === 0 ? 'DRG-C-0001' : 'DRG-A-0001', cnt: '2', pric: i % 3 === 0 ? '35.00' : '0.80', det_item_fee_sumamt: i % 3 === 0 ? '70.00' : '1.60' }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-receipt-'));
  t = await startTestGateway({ fixmedinsName: '兴安盟人民医院' });
  const res = await t.call('POST', '/v1/operators/sign-in', { payload: { opter: '0102', opter_name: '王芳', role: 'cashier' } });
  session = res.json().session_id as string;
  const psn = await t.identify(LI_SI, session);
  const sale = await t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': 'receipt-60' }, payload: { psn_no: psn, lines: LINES } });
  expect(sale.statusCode, sale.body).toBe(200);
  setlId = sale.json().setl_id as string;
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

function pagesOf(pdf: Buffer): string[] {
  const file = join(dir, 'r.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }));
}

describe('the A5 receipt of a 60-line sale', () => {
  let pages: string[];
  beforeAll(async () => {
    const res = await t.call('GET', `/v1/settlements/${setlId}/receipt?format=pdf&paper=a5`, { session });
    expect(res.statusCode).toBe(200);
    pages = pagesOf(res.rawPayload);
  });

  it('runs over several pages, each with the settlement number and page N/M', () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain(`结算号 ${setlId}`);
      expect(p, `page ${i + 1}`).toContain(`第 ${i + 1}/${pages.length} 页`);
    });
  });

  it('never parts a label from its amount', () => {
    const sale = t.gw.api.settlements.get(setlId).result.setlinfo;
    for (const [label, amount] of [['基金支付合计', sale.fund_pay_sumamt], ['现金支付（应收）', sale.psn_cash_pay], ['医疗费总额', sale.medfee_sumamt], ['个人账户支付', sale.acct_pay]] as const) {
      const page = pages.find((p) => p.includes(label));
      expect(page, label).toBeDefined();
      const line = page!.split('\n').find((l) => l.includes(label))!;
      expect(line, label).toMatch(new RegExp(`${label.replace(/[()（）]/g, '.')}\\s+${amount.replace('.', '\\.')}\\s*$`));
    }
    // Every line's name and its amount are on one page.
    for (const p of pages) {
      const rows = p.split('\n');
      const last = rows.map((r) => r.trim()).filter((r) => r.length > 0 && !r.startsWith('第 '));
      expect(last.at(-1), 'a page does not end on a line name without its amount').not.toMatch(/（甲类|乙类|丙类\/自费）$/);
    }
  });

  it('is for the patient: the institution\'s name, the operator\'s name, the balance after paying, no English', () => {
    const all = pages.join('\n');
    expect(all).toContain('兴安盟人民医院（H15220100001）');
    expect(all).toContain('操作员：王芳（0102）');
    const s = t.gw.api.settlements.get(setlId).result.setlinfo;
    expect(s.balc).toBeDefined();
    expect(Number(s.balc)).toBeCloseTo(1234.56 - Number(s.acct_pay), 2);
    expect(all).toMatch(new RegExp(`个人账户余额\\s+${s.balc!.replace('.', '\\.')}`));
    const withoutCodes = all.replace(/[A-Z]{1,4}-?[A-Z0-9-]*\d[A-Z0-9-]*/g, '').replace(/\d+/g, '');
    expect(withoutCodes).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('the HTML receipt says the same, with print rules that keep rows whole and number the pages', async () => {
    const res = await t.call('GET', `/v1/settlements/${setlId}/receipt?paper=a5`, { session });
    const html = res.body;
    expect(html).toContain('兴安盟人民医院（H15220100001）');
    expect(html).toContain('王芳（0102）');
    expect(html).toContain('个人账户余额');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('counter(page)');
    expect(html.replace(/<[^>]+>/g, '').replace(/<style>[\s\S]*<\/style>/, '')).not.toMatch(/Offline settlement|Interim settlement|Cancelled/);
  });
});
