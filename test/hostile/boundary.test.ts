/**
 * Hostile input at both HIS channels, REST and the national interface: text that cannot be
 * kept (unpaired surrogates, NUL, bidi overrides), duplicate keys, zero quantities, deep
 * nesting, bodies that are not objects, oversized headers and broken HTTP framing. Each gets
 * the gateway's error format with its stable code and the field named — and after each, the
 * store is exactly as before (no settlement, outbox record, session, visit, fee line or audit
 * entry half-written) and the audit chain verifies.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../gateway/store/audit.ts';
import { num, startFsiGateway, ZHANG_SAN, DRUG_LINES, type FsiTestGateway } from '../fsi/support.ts';
import { PHARMACY_LINES } from '../api/support.ts';

let t: FsiTestGateway;
let session: string;
let sign: string;
let psn: string;
let visit: string;

const TABLES = ['settlements', 'outbox', 'audit_log', 'operator_sessions', 'visits', 'fee_lines', 'persons', 'accumulator_deltas'] as const;

function counts(): Record<string, number> {
  return Object.fromEntries(TABLES.map((table) => [table, (t.gw.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
}

/** Runs a hostile call and checks nothing was written and the audit chain still verifies. */
async function refusedCleanly<T>(call: () => Promise<T>): Promise<T> {
  const before = counts();
  const out = await call();
  expect(counts()).toEqual(before);
  expect(new AuditLog(t.gw.db).verify()).toMatchObject({ ok: true });
  return out;
}

beforeAll(async () => {
  t = await startFsiGateway();
  session = await t.signIn('hostile-01');
  psn = await t.identify(ZHANG_SAN, session);
  sign = await t.his.signIn('hostile-02');
  const v = await t.call('POST', '/v1/visits/outpatient', { session, payload: { psn_no: psn, ipt_otp_no: 'HOSTILE-1', med_type: 'outpatient' } });
  visit = v.json().mdtrt_id as string;
});
afterAll(async () => {
  await t?.close();
});

const rawPost = (url: string, body: string, headers: Record<string, string> = {}) => t.gw.app.inject({
  method: 'POST', url, payload: body,
  headers: { authorization: `Bearer ${t.key}`, 'x-session-id': session, 'content-type': 'application/json', ...headers },
});

describe('REST: text the gateway cannot keep is refused at the door, naming the field', () => {
  const cases: Array<[string, string, string, string]> = [
    // [what, url, body, field]
    ['an unpaired surrogate in an operator id', '/v1/operators/sign-in', '{"opter":"x\\udc00","role":"cashier"}', 'body.opter'],
    ['a high surrogate at the end of an operator id', '/v1/operators/sign-in', '{"opter":"x\\ud800","role":"cashier"}', 'body.opter'],
    ['NUL in an operator id', '/v1/operators/sign-in', '{"opter":"cash\\u0000ier","role":"cashier"}', 'body.opter'],
    ['a right-to-left override in an operator id', '/v1/operators/sign-in', '{"opter":"cash\\u202eier","role":"cashier"}', 'body.opter'],
    ['ESC (a printer command) in a visit number', '/v1/visits/outpatient', '{"psn_no":"P","ipt_otp_no":"A\\u001b@","med_type":"outpatient"}', 'body.ipt_otp_no'],
    ['an unpaired surrogate in a key', '/v1/operators/sign-in', '{"opter":"x","role":"cashier","\\udc00":1}', 'body."\\udc00"'],
  ];
  for (const [what, url, body, field] of cases) {
    it(what, async () => {
      const res = await refusedCleanly(() => rawPost(url, body));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: field } });
      expect(res.json().message).toContain(field);
    });
  }

  it('an unpaired surrogate in a fee line serial: the sale is refused and nothing reaches the outbox', async () => {
    const body = JSON.stringify({ psn_no: psn, lines: [{ ...PHARMACY_LINES[0], feedetl_sn: 'SN-\udc00' }] });
    const res = await refusedCleanly(() => rawPost('/v1/pharmacy/sales', body, { 'idempotency-key': 'hostile-sn' }));
    expect(res.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.lines[0].feedetl_sn' } });
  });

  it('text in a query string follows the same rules', async () => {
    const res = await refusedCleanly(() => t.call('GET', '/v1/totals/daily?date=2026-11-22%E2%80%AE', { session }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'querystring.date' } });
  });
});

describe('REST: JSON that could be read two ways is refused', () => {
  it('a key sent twice (the first amount would be shown, the last settled)', async () => {
    const body = `{"psn_no":"${psn}","lines":[{"feedetl_sn":"1","med_list_codg":"DRG-A-0001","cnt":"2","pric":"0.80","det_item_fee_sumamt":"999.00","det_item_fee_sumamt":"1.60"}]}`;
    const res = await refusedCleanly(() => rawPost('/v1/pharmacy/sales', body, { 'idempotency-key': 'hostile-dup' }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.lines[0].det_item_fee_sumamt' } });
    expect(res.json().message).toContain('appears twice');
  });

  it('the same key twice with the same value too', async () => {
    const res = await refusedCleanly(() => rawPost('/v1/operators/sign-in', '{"opter":"a","opter":"a","role":"cashier"}'));
    expect(res.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.opter' } });
  });

  it('a __proto__ key', async () => {
    const res = await refusedCleanly(() => rawPost('/v1/operators/sign-in', '{"opter":"a","role":"cashier","__proto__":{"admin":true}}'));
    expect(res.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.__proto__' } });
  });

  it('100,000 levels of nesting: refused by depth, not by a stack overflow', async () => {
    const res = await refusedCleanly(() => rawPost('/v1/operators/sign-in', `${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'GW_VALIDATION' });
    expect(res.json().message).toContain('nested deeper than');
    expect(res.body).not.toContain('call stack');
  });

  it('a syntax error names the position', async () => {
    const res = await refusedCleanly(() => rawPost('/v1/operators/sign-in', '{"opter":"a",'));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body' } });
  });

  it('a body over the size limit is GW_REQUEST_TOO_LARGE (413)', async () => {
    const res = await refusedCleanly(() => rawPost('/v1/operators/sign-in', `{"opter":"${'a'.repeat(9 * 1024 * 1024)}"}`));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'GW_REQUEST_TOO_LARGE' });
  });
});

describe('REST: quantities and dates', () => {
  for (const cnt of ['0', '0.0000', '-0', '00.0']) {
    it(`a fee line with cnt "${cnt}" is refused`, async () => {
      const body = JSON.stringify({ psn_no: psn, lines: [{ ...PHARMACY_LINES[0], cnt }] });
      const res = await refusedCleanly(() => rawPost('/v1/pharmacy/sales', body, { 'idempotency-key': `hostile-cnt-${cnt}` }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.lines.0.cnt' } });
    });
  }

  it('a zero count uploaded to a visit is refused', async () => {
    const res = await refusedCleanly(() => t.call('POST', `/v1/visits/${visit}/fee-lines`, { session, payload: { lines: [{ feedetl_sn: 'z1', med_list_codg: 'DRG-A-0003', cnt: '0', pric: '5.00', det_item_fee_sumamt: '0.00' }] } }));
    expect(res.json()).toMatchObject({ code: 'GW_VALIDATION' });
  });

  for (const date of ['2026-13-45', '2026-02-30', '2026-2-3', 'today']) {
    it(`reconciliation and daily totals refuse the date ${date}`, async () => {
      for (const url of [`/v1/reconciliation?date=${date}`, `/v1/totals/daily?date=${date}`]) {
        const res = await refusedCleanly(() => t.call('GET', url, { session }));
        expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
        expect(res.json(), url).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'querystring.date' } });
      }
    });
  }
});

describe('HTTP refusals before the framework sees a request use the gateway format', () => {
  const exchange = (request: string): Promise<string> => new Promise((resolve, reject) => {
    const socket = connect(t.gw.app.server.address() as { port: number } & object);
    let text = '';
    socket.on('data', (d) => { text += d.toString('utf8'); });
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
    socket.write(request, 'latin1');
  });

  beforeAll(async () => {
    await t.gw.app.listen({ host: '127.0.0.1', port: 0 });
  });

  const body = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;

  it('oversized headers: 431 GW_HEADERS_TOO_LARGE', async () => {
    const text = await exchange(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(body(text)).toMatchObject({ code: 'GW_HEADERS_TOO_LARGE', message_zh: expect.stringContaining('请求头过大') });
  });

  it('broken framing: 400 GW_MALFORMED_REQUEST', async () => {
    for (const request of ['NOT HTTP AT ALL\r\n\r\n', 'POST /v1/operators/sign-in HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n']) {
      const text = await exchange(request);
      expect(text).toMatch(/^HTTP\/1\.1 400 /);
      expect(body(text)).toMatchObject({ code: 'GW_MALFORMED_REQUEST' });
    }
  });
});

describe('national interface: the same rules, in the national answer', () => {
  const data = () => ({ psn_no: psn, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, med_type: '41', medfee_sumamt: num('51.00'), psn_setlway: '01', insutype: '390', acct_used_flag: '0' });

  it('9001 with an unpaired surrogate in the operator id', async () => {
    const { answer } = await refusedCleanly(() => t.his.send('9001', { signIn: { opter_no: 'x\udc00', mac: '', ip: '' } }, { opter: 'x\udc00' }));
    expect(answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: 'opter' }, output: null });
    expect(answer.err_msg).toContain('请求数据有误，请检查标出的字段');
  });

  it('2102 with NUL in a fee line serial and a bidi override in a drug code', async () => {
    for (const [field, value] of [['feedetl_sn', '1\u0000'], ['med_list_codg', 'DRG-A-\u202e0001']] as const) {
      const lines = [{ ...DRUG_LINES[0], [field]: value }, DRUG_LINES[1]];
      const { answer } = await refusedCleanly(() => t.his.send('2102', { data: data(), drugdetail: lines }, { signNo: sign, opter: 'hostile-02' }));
      expect(answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: `input.drugdetail[0].${field}` } });
    }
  });

  it('2102 with a zero count', async () => {
    const lines = [{ ...DRUG_LINES[0], cnt: num('0'), det_item_fee_sumamt: num('0.00') }, DRUG_LINES[1]];
    const { answer } = await refusedCleanly(() => t.his.send('2102', { data: { ...data(), medfee_sumamt: num('35.00') }, drugdetail: lines }, { signNo: sign, opter: 'hostile-02' }));
    expect(answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION' });
    expect(answer.gw_message).toContain('must not be zero');
  });

  it('a key sent twice, a bare number, deep nesting: envelope errors', async () => {
    const bodies: Array<[string, string]> = [
      ['{"infno":"1101","infno":"2102","msgid":"x"}', 'appears twice'],
      ['42', 'must be a JSON object'],
      ['"text"', 'must be a JSON object'],
      [`{"infno":"1101","input":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'nested deeper than'],
    ];
    for (const [raw, says] of bodies) {
      const { answer } = await refusedCleanly(() => t.his.raw(raw));
      expect(answer, raw.slice(0, 40)).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_ENVELOPE', output: null });
      expect(answer.gw_message).toContain(says);
      expect(answer.gw_message).not.toContain('call stack');
    }
  });

  it('a double-encoded input string is held to the same rules, as text and once decoded', async () => {
    const plain = JSON.stringify({ data: { mdtrt_cert_type: '02', mdtrt_cert_no: 'A\u202e' } });
    const asText = await refusedCleanly(() => t.his.send('1101', plain, { signNo: sign, opter: 'hostile-02' }));
    expect(asText.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: 'input' } });
    const escaped = '{"data":{"mdtrt_cert_type":"02","mdtrt_cert_no":"A\\u202e"}}';
    const decoded = await refusedCleanly(() => t.his.send('1101', escaped, { signNo: sign, opter: 'hostile-02' }));
    expect(decoded.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION', gw_details: { path: 'input.data.mdtrt_cert_no' } });
  });
});
