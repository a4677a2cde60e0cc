/**
 * The settlement half of the walking skeleton, in one process: identify a person at the
 * centre simulator, settle a pharmacy sale over the HTTP API, and watch the uploader deliver
 * the record, which the centre stores once and acknowledges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCenter, type CenterHandle } from '../../simulator/center/server.ts';
import { createGateway, type Gateway } from '../../gateway/app.ts';
import { loadConfig } from '../../gateway/config.ts';
import { createLogger } from '../../gateway/log.ts';
import { decodeRecord } from '../../protocol/center/index.ts';

const ZHANG_SAN = '152201198001011237'; // resident of Ulanhot in the centre simulator's seed

let center: CenterHandle;
let gateway: Gateway;
let dir: string;
let apiKey: string;
let sessionId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-e2e-'));
  center = await startCenter();
  const config = loadConfig({ env: {}, overrides: { dataDir: dir, port: 0, centerUrl: center.url, uploadIntervalMs: 50 } });
  gateway = await createGateway(config, { logger: createLogger({ level: 'silent' }) });
  apiKey = gateway.api.keys.create('e2e HIS', 'test').key;
  await gateway.start();
  const signIn = await gateway.app.inject({ method: 'POST', url: '/v1/operators/sign-in', headers: { authorization: `Bearer ${apiKey}` }, payload: { opter: 'cashier-01', opter_name: '收费员甲', role: 'cashier' } });
  expect(signIn.statusCode, signIn.body).toBe(200);
  sessionId = signIn.json().session_id as string;
});

afterAll(async () => {
  await gateway?.close();
  await center?.close();
  rmSync(dir, { recursive: true, force: true });
});

const auth = () => ({ authorization: `Bearer ${apiKey}`, 'x-session-id': sessionId });
const headers = (key: string) => ({ ...auth(), 'idempotency-key': key });
const lines = [
  { feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '20', pric: '0.80', det_item_fee_sumamt: '16.00' },
  { feedetl_sn: '2', med_list_codg: 'DRG-C-0001', cnt: '1', pric: '35.00', det_item_fee_sumamt: '35.00' },
];

describe('pharmacy sale → centre', () => {
  it('settles, answers a replay with the same settlement, and the centre holds it exactly once', async () => {
    const who = await gateway.app.inject({ method: 'POST', url: '/v1/persons/identify', headers: auth(), payload: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } });
    expect(who.statusCode, who.body).toBe(200);
    const psnNo = who.json().person.psn_no as string;

    const sale = await gateway.app.inject({ method: 'POST', url: '/v1/pharmacy/sales', headers: headers('sale-1'), payload: { psn_no: psnNo, lines } });
    expect(sale.statusCode, sale.body).toBe(200);
    const settled = sale.json();
    const info = settled.result.setlinfo;
    expect(info.medfee_sumamt).toBe('51.00');
    expect(info.fulamt_ownpay_amt).toBe('35.00');
    expect(Number(info.fund_pay_sumamt) + Number(info.psn_part_amt)).toBeCloseTo(51, 10);

    const replay = await gateway.app.inject({ method: 'POST', url: '/v1/pharmacy/sales', headers: headers('sale-1'), payload: { psn_no: psnNo, lines } });
    expect(replay.json().setl_id).toBe(settled.setl_id);
    const conflict = await gateway.app.inject({ method: 'POST', url: '/v1/pharmacy/sales', headers: headers('sale-1'), payload: { psn_no: psnNo, lines: lines.slice(0, 1) } });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().code).toBe('GW_IDEMPOTENCY_CONFLICT');

    const deadline = Date.now() + 10_000;
    while (gateway.outbox.backlog().count > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(gateway.outbox.backlog().count).toBe(0);

    const held = center.store.records().filter((r) => r.gatewayId === gateway.config.gatewayId);
    expect(held).toHaveLength(1);
    expect(held[0]!.receipts).toBe(1);
    const record = decodeRecord(held[0]!.body);
    expect(record.settlement?.setlId).toBe(settled.setl_id);
    expect(record.settlement?.amounts?.fundPaySumamt).toBe(info.fund_pay_sumamt);
  });
});
