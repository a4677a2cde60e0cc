/**
 * The envelope as HIS software really sends it: malformed bodies, unknown and unsupported
 * codes, another institution's code, the tolerated variants (numbers as strings, input as a
 * JSON string, an echoed infcode, GBK bodies, the national platform's own path), msgid
 * idempotency, and regional variants as configuration (A codes, string numbers, implicit
 * sessions). Every refusal is `infcode -1` with a Chinese err_msg and the gw_code.
 */
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FSI_PATHS } from '../../gateway/api/routes/fsi.ts';
import { loadFsiProfile } from '../../gateway/fsi/index.ts';
import { stringifyFsiJson } from '../../gateway/fsi/wire.ts';
import { TRANSACTIONS } from '../../gateway/fsi/transactions.ts';
import { startFsiGateway, DRUG_LINES, FIXMEDINS, ZHANG_SAN, readAnswer, type FsiTestGateway } from './support.ts';

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

const envelope = (infno: string, input: unknown, extra: Record<string, unknown> = {}) => ({
  infno, msgid: t.his.newMsgid(), mdtrtarea_admvs: '152201', insuplc_admdvs: '152201', opter: 'cashier-01', opter_type: '1',
  inf_time: '2026-11-22 21:03:37', fixmedins_code: FIXMEDINS, sign_no: sign, input, ...extra,
});

describe('refusals are answers', () => {
  it('a body that is not JSON, or not an object, is infcode -1 with GW_FSI_ENVELOPE (HTTP 200)', async () => {
    for (const body of ['{"infno":"1101",', '[1,2]', '']) {
      const { answer } = await t.his.raw(body);
      expect(answer).toMatchObject({ infcode: -1, output: null, gw_code: 'GW_FSI_ENVELOPE' });
      expect(answer.err_msg).toMatch(/^报文格式有误/);
      expect(answer.inf_refmsgid).toHaveLength(30);
    }
  });

  it('missing or malformed envelope fields are named', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ infno: undefined }, 'infno'],
      [{ msgid: undefined }, 'msgid'],
      [{ msgid: 'H152201000012026' }, 'msgid'],
      [{ opter: '' }, 'opter'],
      [{ inf_time: '2026-13-01 00:00:00' }, 'inf_time'],
      [{ opter_type: '9' }, 'opter_type'],
    ];
    for (const [change, path] of cases) {
      const { answer } = await t.his.raw(JSON.stringify(envelope('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, change)));
      expect(answer, path).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path } });
    }
  });

  it('an unknown code, every listed code handled, and another institution\'s message', async () => {
    const unknown = await t.his.send('9999', {}, { signNo: sign });
    expect(unknown.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_UNKNOWN_INFNO', err_msg: '网关不认识该交易编号，请核对接口规范中的交易编号：9999' });
    // every transaction the gateway lists has its handler (GW_FSI_NOT_SUPPORTED is for a listed code without one)
    expect(Object.entries(TRANSACTIONS).filter(([, spec]) => !spec.run).map(([code]) => code)).toEqual([]);
    expect(Object.keys(TRANSACTIONS)).toEqual(expect.arrayContaining(['3201', '3202', '9101', '9102']));
    const foreign = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { signNo: sign, fixmedinsCode: 'H15220100099' });
    expect(foreign.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_WRONG_INSTITUTION', gw_details: { path: 'fixmedins_code', expected: FIXMEDINS } });
  });

  it('an auditor\'s sign_no may read but not settle', async () => {
    const auditor = await t.his.signIn('auditor-01', 'auditor');
    const read = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { opter: 'auditor-01', signNo: auditor });
    expect(read.answer.infcode).toBe(0);
    const write = await t.his.send('2102', { data: { psn_no: psnNo }, drugdetail: DRUG_LINES }, { opter: 'auditor-01', signNo: auditor });
    expect(write.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FORBIDDEN' });
  });
});

describe('what HIS software sends is tolerated', () => {
  it('numbers as strings, input as a JSON string, an echoed infcode: the same settlement as the plain message', async () => {
    const lines = DRUG_LINES.map((l) => ({ ...l, cnt: l.cnt.value, pric: l.pric.value, det_item_fee_sumamt: l.det_item_fee_sumamt.value }));
    const body = envelope('2101', JSON.stringify({ data: { psn_no: psnNo, medfee_sumamt: '51.00', acct_used_flag: '0' }, drugdetail: lines }), { infcode: '0' });
    const { answer } = await t.his.raw(JSON.stringify(body), 'text/plain');
    expect(answer.infcode).toBe(0);
    const plain = await t.his.send('2101', { data: { psn_no: psnNo, acct_used_flag: '0' }, drugdetail: DRUG_LINES }, { signNo: sign });
    const strip = (s: Record<string, unknown>) => ({ ...s, setl_time: null });
    expect(strip(answer.output!.setlinfo)).toEqual(strip(plain.answer.output!.setlinfo));
  });

  it('a GBK body is read as GBK and answered in GBK; the national platform\'s own path answers too', async () => {
    const body = iconv.encode(JSON.stringify(envelope('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, psn_name: '张三' } }, { opter_name: '收款员' })), 'gbk');
    const res = await t.gw.app.inject({ method: 'POST', url: FSI_PATHS[1], headers: { authorization: `Bearer ${t.key}`, 'content-type': 'application/json; charset=GBK' }, payload: body });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=gbk');
    const answer = readAnswer(iconv.decode(res.rawPayload, 'gbk'));
    expect(answer.output!.baseinfo.psn_name).toBe('张三');
  });

  it('the OpenAPI document lists the endpoint once, under its own tag', async () => {
    const doc = (await t.gw.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, { post?: { tags?: string[] } }> };
    expect(doc.paths['/fsi/api/tx']?.post?.tags).toEqual(['national interface']);
    expect(doc.paths['/fsi/api/rsfComIfsService/callService']).toBeUndefined();
  });

  it('without a credential the message is refused as the platform refuses it: HTTP 200, infcode −1, err_msg', async () => {
    for (const headers of [{}, { authorization: 'Bearer yk_not-a-key' }]) {
      const res = await t.gw.app.inject({ method: 'POST', url: FSI_PATHS[0], payload: JSON.stringify(envelope('1101', {})), headers: { 'content-type': 'application/json', ...headers } });
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ infcode: -1, output: null, gw_code: 'GW_UNAUTHORIZED', err_msg: expect.stringMatching(/^接口鉴权失败/) });
      expect(res.body).not.toMatch(/Bearer|X-Api-Key|X-Session-Id/);
    }
  });
});

describe('msgid is the idempotency key', () => {
  it('a repeated msgid answers the stored answer; the same msgid with another input is refused', async () => {
    const msgid = t.his.newMsgid();
    const input = { data: { psn_no: psnNo, acct_used_flag: '0' }, drugdetail: DRUG_LINES };
    const first = await t.his.send('2102', input, { signNo: sign, msgid });
    const again = await t.his.send('2102', input, { signNo: sign, msgid });
    expect(again.text).toBe(first.text);
    expect(t.gw.api.settlements.forVisit(first.answer.output!.setlinfo.mdtrt_id)).toHaveLength(1);
    const other = await t.his.send('2102', { ...input, drugdetail: DRUG_LINES.slice(0, 1) }, { signNo: sign, msgid });
    expect(other.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_MSGID_REUSED' });
    // A msgid belongs to its operator: another one resending it does not get the stored answer.
    const colleague = await t.his.signIn('cashier-03');
    const stranger = await t.his.send('2102', input, { signNo: colleague, opter: 'cashier-03', msgid });
    expect(stranger.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_MSGID_REUSED', output: null });
  });

  it('two copies of one message racing settle once and answer alike', async () => {
    const msgid = t.his.newMsgid();
    const input = { data: { psn_no: psnNo, acct_used_flag: '0' }, drugdetail: DRUG_LINES };
    const [a, b] = await Promise.all([t.his.send('2102', input, { signNo: sign, msgid }), t.his.send('2102', input, { signNo: sign, msgid })]);
    expect(a.answer.infcode).toBe(0);
    expect(b.text).toBe(a.text);
  });
});

describe('regional variants are configuration', () => {
  it('an "A" code, amounts and infcode as strings, and sessions opened per operator without 9001', async () => {
    const profile = loadFsiProfile('example-a-variants');
    const endpoint = t.endpointWith(profile);
    const who = await endpoint.handle(JSON.stringify(envelope('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { sign_no: '', opter: 'cashier-07' })));
    expect(who.text).toMatch(/^\{"infcode":"0",/);
    expect(who.text).toContain('"balc":"0.00"');
    const reg = await endpoint.handle(JSON.stringify(envelope('2201', { data: { psn_no: psnNo, ipt_otp_no: 'MZ-A-1', med_type: '11' } }, { sign_no: '', opter: 'cashier-07' })));
    const mdtrtId = readAnswer(reg.text).output!.data.mdtrt_id as string;
    const info = await endpoint.handle(JSON.stringify(envelope('2203A', { mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '11' }, diseinfo: [{ diag_code: 'J18.900', diag_name: '肺炎' }] }, { sign_no: '', opter: 'cashier-07' })));
    expect(readAnswer(info.text)).toMatchObject({ infcode: '0', err_msg: null, output: {} });
    expect(info.infno).toBe('2203');
    const lines = await endpoint.handle(JSON.stringify(envelope('2204', { feedetail: [{ feedetl_sn: '1', mdtrt_id: mdtrtId, med_list_codg: 'SRV-A-0007', cnt: 1, pric: 10, det_item_fee_sumamt: 10 }] }, { sign_no: '', opter: 'cashier-07' })));
    expect(lines.text).toContain('"det_item_fee_sumamt":"10.00"');
    // Both messages ran under one session the gateway opened for cashier-07.
    const audit = t.gw.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'sign-in' AND actor = 'cashier-07'").get() as { n: number };
    expect(audit.n).toBe(1);
    const refused = await endpoint.handle('nonsense');
    expect(refused.text).toMatch(/^\{"infcode":"-1",/);
  });
});

describe('fuzzing the endpoint', () => {
  it('random bodies and random inputs to every transaction: always one JSON answer, never an internal error', async () => {
    const endpoint = t.endpointWith(loadFsiProfile());
    // Its own operator: a random 9002 must not sign the other tests' cashier out.
    const fuzzSign = await t.his.signIn('fuzz-01');
    const json = fc.jsonValue({ maxDepth: 3 });
    const message = fc.record({
      infno: fc.constantFrom(...Object.keys(TRANSACTIONS), '2203A', 'x'),
      input: fc.oneof(json, fc.record({ data: json, feedetail: fc.array(json, { maxLength: 3 }), drugdetail: fc.array(json, { maxLength: 3 }), mdtrtinfo: json, dscginfo: json })),
    });
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), json.map((v) => JSON.stringify(v)), message.map((m) => JSON.stringify(envelope(m.infno, m.input, { opter: 'fuzz-01', sign_no: fuzzSign })))), async (body) => {
      const result = await endpoint.handle(body);
      const answer = readAnswer(result.text);
      expect([0, -1]).toContain(answer.infcode);
      expect(answer.gw_code).not.toBe('GW_INTERNAL');
      if (answer.infcode === -1) expect(answer.err_msg).toBeTruthy();
    }), { numRuns: 300 });
  });

  it('valid messages with one field replaced by anything: still one answer, never an internal error', async () => {
    const endpoint = t.endpointWith(loadFsiProfile());
    const fuzzSign = await t.his.signIn('fuzz-02');
    const drug = DRUG_LINES.map((l) => ({ ...l }));
    const templates: Array<[string, Record<string, unknown>]> = [
      ['1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, card_sn: '' } }],
      ['2101', { data: { psn_no: psnNo, medfee_sumamt: '51.00', acct_used_flag: '0' }, drugdetail: drug }],
      ['2201', { data: { psn_no: psnNo, ipt_otp_no: 'MZ-FUZZ', med_type: '11', begntime: '2026-11-22 08:00:00' } }],
      ['2401', { mdtrtinfo: { psn_no: psnNo, ipt_no: 'ZY-FUZZ', med_type: '21', begntime: '2026-11-01 08:00:00' }, diseinfo: [{ diag_code: 'J18.900', diag_name: '肺炎', diag_srt_no: 1 }] }],
      ['3201', { data: { stmt_begndate: '2026-11-22', stmt_enddate: '2026-11-22', medfee_sumamt: 0, fund_pay_sumamt: 0, acct_pay: 0, fixmedins_setl_cnt: 0 } }],
      ['2601', { data: { omsgid: 'H15220100001202611220000000000', oinfno: '2304', psn_no: psnNo } }],
    ];
    /** Every path to a leaf of a template. */
    const leaves = (v: unknown, at: Array<string | number> = []): Array<Array<string | number>> =>
      v && typeof v === 'object' && !('isLosslessNumber' in v)
        ? Object.entries(v).flatMap(([k, x]) => leaves(x, [...at, Array.isArray(v) ? Number(k) : k]))
        : [at];
    const setAt = (v: unknown, path: Array<string | number>, value: unknown): unknown => {
      if (path.length === 0) return value;
      const [head, ...rest] = path;
      const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
      copy[head!] = setAt(copy[head!], rest, value);
      return copy;
    };
    const mutated = fc.constantFrom(...templates).chain(([infno, input]) =>
      fc.tuple(fc.constant(infno), fc.constantFrom(...leaves(input)), fc.jsonValue({ maxDepth: 2 })).map(([code, path, value]) => [code, setAt(input, path, value)] as const));
    await fc.assert(fc.asyncProperty(mutated, async ([infno, input]) => {
      const result = await endpoint.handle(stringifyFsiJson(envelope(infno, input, { opter: 'fuzz-02', sign_no: fuzzSign }), 'number'));
      const answer = readAnswer(result.text);
      expect([0, -1]).toContain(answer.infcode);
      expect(answer.gw_code, answer.gw_message).not.toBe('GW_INTERNAL');
    }), { numRuns: 300 });
  });
});
