/**
 * 3202 line-by-line reconciliation with its file exchange, as HIS clients do it: the detail
 * file written as they write it (UTF-8 TXT, TAB-separated, `null` for empty, a cancellation
 * as a negative line) and zipped by another implementation (Python's zipfile), uploaded with
 * 9101 (base64 `in`, or a JSON array of bytes), named in 3202 with the period's totals, and
 * the result downloaded with 9102 and unzipped by Python again.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FSI_PATHS } from '../../gateway/api/routes/fsi.ts';
import { startFsiGateway, DRUG_LINES, ZHANG_SAN, num, type FsiTestGateway } from './support.ts';

let t: FsiTestGateway;
let sign: string;
let psnNo: string;
const settled: Array<Record<string, string>> = [];
let cancellation: Record<string, string>;
const chinaToday = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** A one-file ZIP made by Python's zipfile (deflated), from text. */
function pythonZip(name: string, text: string): Buffer {
  const script = 'import io,sys,zipfile\nb=io.BytesIO()\nwith zipfile.ZipFile(b,"w",zipfile.ZIP_DEFLATED) as z: z.writestr(sys.argv[1], sys.stdin.buffer.read())\nsys.stdout.buffer.write(b.getvalue())';
  return execFileSync('python3', ['-c', script, name], { input: Buffer.from(text, 'utf8') });
}

/** The files in a ZIP as Python's zipfile reads them (and tests its CRC). */
function pythonUnzip(zip: Buffer): Record<string, string> {
  const script = 'import io,sys,zipfile,json\nz=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: zip }).toString('utf8')) as Record<string, string>;
}

const row = (cells: ReadonlyArray<string | null>): string => cells.map((c) => c ?? 'null').join('\t');

async function upload(zip: Buffer, asBytes = false): Promise<string> {
  const { answer } = await t.his.send('9101', { fsUploadIn: { in: asBytes ? [...zip] : zip.toString('base64'), filename: 'detail.zip', fixmedins_code: 'H15220100001' } }, { signNo: sign });
  expect(answer.infcode, answer.err_msg ?? '').toBe(0);
  expect(answer.output).toMatchObject({ file_qury_no: expect.stringMatching(/^gw\//), filename: 'detail.zip', dld_endtime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/) });
  return answer.output!.file_qury_no as string;
}

async function download(fileQuryNo: string): Promise<{ status: number; type: string; body: Buffer }> {
  const envelope = { infno: '9102', msgid: t.his.newMsgid(), opter: 'cashier-01', opter_name: '收款员', opter_type: '1', fixmedins_code: 'H15220100001', infver: 'V1.0', mdtrtarea_admvs: '152201', insuplc_admdvs: '152201', recer_sys_code: 'YBJK', sign_no: sign, inf_time: '2026-11-22 21:03:37', input: { fsDownloadIn: { file_qury_no: fileQuryNo, filename: 'result.zip', fixmedins_code: 'H15220100001' } } };
  const res = await t.gw.app.inject({ method: 'POST', url: FSI_PATHS[0], headers: { authorization: `Bearer ${t.key}`, 'content-type': 'application/json' }, payload: JSON.stringify(envelope) });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: res.rawPayload };
}

beforeAll(async () => {
  t = await startFsiGateway();
  sign = await t.his.signIn('cashier-01');
  psnNo = (await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { signNo: sign })).answer.output!.baseinfo.psn_no;
  const data = { psn_no: psnNo, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, med_type: '41', medfee_sumamt: num('51.00'), insutype: '390', acct_used_flag: '0' };
  for (let i = 0; i < 3; i++) settled.push((await t.his.send('2102', { data, drugdetail: DRUG_LINES }, { signNo: sign })).answer.output!.setlinfo);
  await t.approve(settled[2]!.setl_id!, 'cashier-02', 'cashier');
  cancellation = (await t.his.send('2103', { data: { setl_id: settled[2]!.setl_id, psn_no: psnNo, gw_reason: '顾客退药' } }, { signNo: sign })).answer.output!.setlinfo;
});
afterAll(async () => {
  await t?.close();
});

/**
 * The HIS's own lines for the day: three sales and the cancellation of the third — under the
 * original's setl_id with a 3-digit row flag (as one public Java client writes refunds), or
 * under the cancellation's own setl_id with a 1-digit flag.
 */
function hisLines(style: 'original-id' | 'cancellation-id' = 'original-id'): string[] {
  const [normal, refund] = style === 'original-id' ? ['000', '001'] : ['0', '1'];
  const cancelledId = style === 'original-id' ? settled[2]!.setl_id! : cancellation.setl_id!;
  return [
    ...settled.map((s) => row([s.setl_id!, s.mdtrt_id!, psnNo, s.medfee_sumamt!, s.fund_pay_sumamt!, s.acct_pay!, normal, null])),
    row([cancelledId, settled[2]!.mdtrt_id!, psnNo, cancellation.medfee_sumamt!, cancellation.fund_pay_sumamt!, cancellation.acct_pay!, refund, null]),
  ];
}

const statedTotals = (lines: readonly string[]) => {
  const cells = lines.map((l) => l.split('\t'));
  const sum = (k: number): number => cells.reduce((n, c) => n + Math.round(Number(c[k]) * 100), 0);
  return { medfee_sumamt: num((sum(3) / 100).toFixed(2)), fund_pay_sumamt: num((sum(4) / 100).toFixed(2)), cash_payamt: num('0.00'), fixmedins_setl_cnt: cells.reduce((n, c) => n + (Number(c[3]) < 0 ? -1 : 1), 0) };
};

async function reconcile(lines: readonly string[], options: { asBytes?: boolean } = {}) {
  const fileQuryNo = await upload(pythonZip('detail.txt', `${lines.join('\n')}\n`), options.asBytes);
  const day = chinaToday();
  return t.his.send('3202', { data: { setl_optins: '152201', file_qury_no: fileQuryNo, stmt_begndate: day, stmt_enddate: day, clr_type: '41', ...statedTotals(lines) } }, { signNo: sign });
}

describe('3202 with 9101 / 9102', () => {
  it('agrees line by line, whichever setl_id the HIS files a cancellation under', async () => {
    const other = await reconcile(hisLines('cancellation-id'));
    expect(other.answer.output).toMatchObject({ gw_diff_cnt: '0' });
    const { answer } = await reconcile(hisLines());
    expect(answer.infcode, answer.err_msg ?? '').toBe(0);
    expect(answer.output).toMatchObject({ fileinfo: { file_qury_no: expect.stringMatching(/^gw\//), filename: expect.stringMatching(/^3202_result_\d{14}\.zip$/) }, gw_diff_cnt: '0' });
    const file = await download(answer.output!.fileinfo.file_qury_no as string);
    expect([file.status, file.type]).toEqual([200, 'application/octet-stream']);
    const files = pythonUnzip(file.body);
    expect(Object.values(files)).toEqual(['']);
  });

  it('lists each difference: a line only the HIS has, one only the gateway has, and one whose amounts differ', async () => {
    const lines = hisLines();
    lines.splice(1, 1); // the HIS lost the second sale
    lines[0] = lines[0]!.replace(/\t51\.00\t/, '\t50.00\t'); // and recorded the first with another amount
    lines.push(row(['S-NOT-AT-GATEWAY', 'M-NOT-AT-GATEWAY', psnNo, '12.00', '0.00', '0.00', '0', null]));
    const { answer } = await reconcile(lines, { asBytes: true });
    expect(answer.infcode, answer.err_msg ?? '').toBe(0);
    expect(answer.output!.gw_diff_cnt).toBe('3');
    expect(answer.warn_msg).toMatch(/明细对账不平：3 条差异/);
    const file = await download(answer.output!.fileinfo.file_qury_no as string);
    const [text] = Object.values(pythonUnzip(file.body));
    const rows = text!.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.every((r) => r.length === 11)).toBe(true);
    // psn_no, mdtrt_id, setl_id, msgid, stmt_rslt, refd_setl_flag, memo, medfee_sumamt, fund_pay_sumamt, acct_pay, exp_content
    const bySetl = Object.fromEntries(rows.map((r) => [r[2], r]));
    expect(bySetl[settled[0]!.setl_id!]).toEqual([psnNo, settled[0]!.mdtrt_id, settled[0]!.setl_id, settled[0]!.medins_setl_id, '3', '000', expect.stringContaining('医疗费总额 HIS 50.00'), '51.00', settled[0]!.fund_pay_sumamt, '0.00', 'null']);
    expect(bySetl[settled[1]!.setl_id!]).toMatchObject({ 4: '2', 6: 'HIS无此结算', 7: '51.00' });
    expect(bySetl['S-NOT-AT-GATEWAY']).toMatchObject({ 4: '1', 6: '网关无此结算', 7: '12.00' });
  });

  it('refuses a file whose totals are not the message\'s, an unknown file, another client\'s file, and a file that is not a ZIP', async () => {
    const lines = hisLines();
    const fileQuryNo = await upload(pythonZip('detail.txt', lines.join('\n')));
    const day = chinaToday();
    const wrong = await t.his.send('3202', { data: { setl_optins: '152201', file_qury_no: fileQuryNo, stmt_begndate: day, stmt_enddate: day, ...statedTotals(lines), medfee_sumamt: num('1.00') } }, { signNo: sign });
    expect(wrong.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_FILE_TOTALS' });
    expect(wrong.answer.err_msg).toMatch(/^明细文件的合计与报文中的总额或笔数不符/);
    const unknown = await t.his.send('3202', { data: { setl_optins: '152201', file_qury_no: 'gw/nothing', stmt_begndate: day, stmt_enddate: day, ...statedTotals(lines) } }, { signNo: sign });
    expect(unknown.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_FILE_UNKNOWN', gw_details: { path: 'input.data.file_qury_no' } });
    // another HIS client (another API key) cannot read this one's file
    const otherKey = t.gw.api.keys.create('another HIS', 'test').key;
    const envelope = { infno: '9102', msgid: t.his.newMsgid(), opter: 'cashier-01', fixmedins_code: 'H15220100001', infver: 'V1.0', sign_no: sign, input: { fsDownloadIn: { file_qury_no: fileQuryNo, filename: 'x', fixmedins_code: 'H15220100001' } } };
    const other = await t.gw.app.inject({ method: 'POST', url: FSI_PATHS[0], headers: { authorization: `Bearer ${otherKey}`, 'content-type': 'application/json' }, payload: JSON.stringify(envelope) });
    expect(other.json()).toMatchObject({ infcode: -1 });
    const notZip = await upload(Buffer.from('setl_id\tmdtrt_id\n'));
    const broken = await t.his.send('3202', { data: { setl_optins: '152201', file_qury_no: notZip, stmt_begndate: day, stmt_enddate: day, ...statedTotals(lines) } }, { signNo: sign });
    expect(broken.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION' });
    expect(broken.answer.err_msg).toMatch(/ZIP/);
    const badIn = await t.his.send('9101', { fsUploadIn: { in: [1, 2, 999], filename: 'x.zip' } }, { signNo: sign });
    expect(badIn.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: 'input.fsUploadIn.in' } });
  });
});
