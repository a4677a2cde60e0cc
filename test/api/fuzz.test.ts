/**
 * Fuzzing the JSON API: random JSON values, mutated valid bodies, malformed bytes, wrong
 * content types and odd headers at every write route. The gateway must answer each with a
 * registry error (never a 5xx, never a crash), and its store must stay consistent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestGateway, ZHANG_SAN, PHARMACY_LINES, type TestGateway } from './support.ts';
import { ERROR_CODES } from '../../gateway/errors/registry.ts';
import { AuditLog } from '../../gateway/store/audit.ts';

let t: TestGateway;
let session: string;
let psn: string;
let visit: string;
let setlId: string;

beforeAll(async () => {
  t = await startTestGateway();
  session = await t.signIn('fuzz-01');
  psn = await t.identify(ZHANG_SAN, session);
  const v = await t.call('POST', '/v1/visits/outpatient', { session, payload: { psn_no: psn, ipt_otp_no: 'FUZZ-1', med_type: 'outpatient' } });
  visit = v.json().mdtrt_id;
  const s = await t.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': 'fuzz-base' }, payload: { psn_no: psn, lines: PHARMACY_LINES } });
  setlId = s.json().setl_id;
});

afterAll(async () => {
  await t?.close();
});

const routes = (): Array<{ method: 'POST' | 'PUT'; url: string; valid: Record<string, unknown> }> => [
  { method: 'POST', url: '/v1/pharmacy/sales', valid: { psn_no: psn, lines: PHARMACY_LINES } },
  { method: 'POST', url: '/v1/visits/outpatient', valid: { psn_no: psn, ipt_otp_no: 'FZ', med_type: 'outpatient' } },
  { method: 'POST', url: '/v1/visits/inpatient', valid: { psn_no: psn, ipt_otp_no: 'FZI', med_type: 'inpatient' } },
  { method: 'POST', url: `/v1/visits/${visit}/fee-lines`, valid: { lines: [{ feedetl_sn: 'f1', med_list_codg: 'DRG-A-0003', cnt: '1', pric: '5.00', det_item_fee_sumamt: '5.00' }] } },
  { method: 'POST', url: `/v1/visits/${visit}/trial`, valid: {} },
  { method: 'POST', url: `/v1/visits/${visit}/settle`, valid: {} },
  { method: 'PUT', url: `/v1/visits/${visit}/diagnoses`, valid: { diagnoses: [{ diag_type: '1', diag_code: 'A00', diag_name: 'x' }] } },
  { method: 'POST', url: `/v1/settlements/${setlId}/cancel`, valid: { reason: 'x' } },
  { method: 'POST', url: '/v1/reversals', valid: { reason: 'x', idempotency_key: 'nothing-here' } },
  { method: 'POST', url: '/v1/operators/sign-in', valid: { opter: 'x', role: 'cashier' } },
  { method: 'POST', url: '/v1/persons/identify', valid: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } },
];

function expectRegistryError(status: number, body: string): void {
  expect(status, body).toBeLessThan(500);
  if (status >= 400) {
    const parsed = JSON.parse(body) as { code: string };
    expect(Object.keys(ERROR_CODES)).toContain(parsed.code);
  }
}

/** A valid body with one field replaced, removed or added, at any depth. */
const mutate = (valid: Record<string, unknown>) => fc.tuple(fc.jsonValue(), fc.nat(), fc.constantFrom('replace', 'delete', 'add')).map(([value, pick, how]) => {
  const body = structuredClone(valid) as Record<string, unknown>;
  const paths: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach((v, i) => { paths.push([node, i]); walk(v); });
    else if (node && typeof node === 'object') for (const k of Object.keys(node)) { paths.push([node as Record<string, unknown>, k]); walk((node as Record<string, unknown>)[k]); }
  };
  walk(body);
  const target = paths[pick % Math.max(1, paths.length)];
  if (!target) return { extra: value };
  const [parent, key] = target;
  if (how === 'delete') { if (Array.isArray(parent)) parent.splice(key as number, 1); else delete parent[key as string]; }
  else if (how === 'replace') (parent as Record<string | number, unknown>)[key] = value;
  else body[`x${pick}`] = value;
  return body;
});

describe('fuzzing the JSON API', () => {
  it('random JSON bodies and mutated valid bodies never give a 5xx', async () => {
    let i = 0;
    await fc.assert(fc.asyncProperty(fc.nat(routes().length - 1), fc.oneof(fc.jsonValue(), fc.constant(null)), async (r, body) => {
      const route = routes()[r]!;
      const res = await t.call(route.method, route.url, { session, headers: { 'idempotency-key': `fz-${i++}` }, payload: JSON.stringify(body), ...{} });
      expectRegistryError(res.statusCode, res.body);
    }), { numRuns: 80 });
    for (const route of routes()) {
      await fc.assert(fc.asyncProperty(mutate(route.valid), async (body) => {
        const res = await t.call(route.method, route.url, { session, headers: { 'idempotency-key': `fz-${i++}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
        expectRegistryError(res.statusCode, res.body);
      }), { numRuns: 25 });
    }
  });

  it('malformed bytes, wrong content types and odd headers never give a 5xx', async () => {
    let i = 0;
    const content = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', '');
    await fc.assert(fc.asyncProperty(fc.nat(routes().length - 1), fc.oneof(fc.string(), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')), fc.constantFrom('{', '{"a":', '[]', '""', '{"lines":[{"cnt":1e400}]}', '\u0000', '{"psn_no":"\ud800"}')), content, fc.string({ maxLength: 80 }), async (r, raw, type, key) => {
      const route = routes()[r]!;
      const headers: Record<string, string> = { 'idempotency-key': key.replace(/[^\x20-\x7e]/g, '') || `m-${i++}` };
      if (type) headers['content-type'] = type;
      const res = await t.gw.app.inject({ method: route.method, url: route.url, headers: { authorization: `Bearer ${t.key}`, 'x-session-id': session, ...headers }, payload: raw });
      expectRegistryError(res.statusCode, res.body);
    }), { numRuns: 120 });
  });

  it('random URLs and query strings under /v1 never give a 5xx', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('GET', 'POST', 'DELETE', 'PUT'), fc.webPath(), fc.webQueryParameters(), async (method, path, query) => {
      const res = await t.call(method as 'GET', `/v1${path}?${query}`, { session });
      expectRegistryError(res.statusCode, res.body);
    }), { numRuns: 80 });
  });

  it('leaves the store consistent: every settlement whole, audit chain intact', () => {
    const broken = t.gw.db.prepare(`SELECT s.setl_id FROM settlements s WHERE s.kind = 'settlement' AND (
      json_array_length(s.lines) = 0 OR
      (SELECT count(*) FROM outbox o WHERE o.id = s.record_id) <> 1)`).all();
    expect(broken).toEqual([]);
    expect(new AuditLog(t.gw.db).verify().ok).toBe(true);
  });
});
