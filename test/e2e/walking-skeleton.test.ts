/**
 * The walking skeleton, end to end on real parts: the demo brings up the centre
 * simulator and serves a virtual card + PSAM into pcscd's virtual readers through vpcd →
 * `yibao-gateway card read` (a separate process) reads the holder over PC/SC → the HIS API
 * reads the card, identifies the person and settles a pharmacy sale → the uploader delivers
 * the record to the centre → Debian's `protoc --decode` reads the centre's stored record with
 * the repository's .proto file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireBench, type Bench } from '../support/pcsc-stack.ts';
import { startDemo, type DemoHandle } from '../../gateway/cli/commands/demo.ts';
import { loadConfig } from '../../gateway/config.ts';
import { loadProfile } from '../../simulator/card/profile.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROFILE = loadProfile('adult-resident');

let bench: Bench;
let demo: DemoHandle;
let dir: string;

beforeAll(async () => {
  bench = await acquireBench();
  dir = mkdtempSync(join(tmpdir(), 'yibao-skeleton-'));
  const config = loadConfig({ env: {}, overrides: { dataDir: dir, port: 0, uploadIntervalMs: 50, logLevel: 'warn' } });
  demo = await startDemo({ config, centerPort: 0, profile: 'adult-resident', bench: bench.index });
}, 60_000);

afterAll(async () => {
  await demo?.stop();
  bench?.release();
  rmSync(dir, { recursive: true, force: true });
});

async function api(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${demo.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${demo.apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}), ...extra },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('walking skeleton: card → settle → centre', () => {
  it('the card is served into the real PC/SC stack', () => {
    expect(demo.readerMode).toBe('pcsc');
    expect(demo.userReader).toBe(bench.userReader);
  });

  it('yibao-gateway card read reads the holder over PC/SC', async () => {
    // Asynchronously: the virtual card answers from this process's event loop.
    const { stdout: out } = await promisify(execFile)(process.execPath, ['gateway/bin/yibao-gateway.mjs', 'card', 'read', '--reader', bench.userReader, '--psam-reader', bench.psamReader, '--json'], {
      cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, YIBAO_DATA_DIR: dir },
    });
    const identity = JSON.parse(out) as Record<string, unknown>;
    expect(JSON.stringify(identity)).toContain(PROFILE.ef06.idNumber);
    expect(JSON.stringify(identity)).toContain(PROFILE.ef05.cardNumber);
  });

  it('settles a pharmacy sale for the card holder and the centre stores it, decodable by protoc', async () => {
    const signIn = await api('POST', '/v1/operators/sign-in', { opter: 'cashier-01', opter_name: '收费员甲', role: 'cashier' });
    expect(signIn.status, JSON.stringify(signIn.json)).toBe(200);
    const session = { 'x-session-id': String(signIn.json.session_id) };

    const readerId = bench.userReader.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const read = await api('POST', `/v1/readers/${readerId}/read`, undefined, session);
    expect(read.status, JSON.stringify(read.json)).toBe(200);
    expect(JSON.stringify(read.json)).toContain(PROFILE.ef06.idNumber);

    const who = await api('POST', '/v1/persons/identify', { mdtrt_cert_type: '03', mdtrt_cert_no: PROFILE.ef05.cardNumber }, session);
    expect(who.status, JSON.stringify(who.json)).toBe(200);
    const psnNo = String((who.json.person as Record<string, unknown>).psn_no);

    const sale = await api('POST', '/v1/pharmacy/sales', {
      psn_no: psnNo,
      lines: [
        { feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '20', pric: '0.80', det_item_fee_sumamt: '16.00' },
        { feedetl_sn: '2', med_list_codg: 'DRG-B-0001', cnt: '14', pric: '2.50', det_item_fee_sumamt: '35.00' },
      ],
    }, { ...session, 'idempotency-key': 'skeleton-sale-1' });
    expect(sale.status, JSON.stringify(sale.json)).toBe(200);
    const setlId = String(sale.json.setl_id);

    const deadline = Date.now() + 15_000;
    let held = demo.center.store.records().filter((r) => r.gatewayId === demo.gateway.config.gatewayId);
    while (held.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      held = demo.center.store.records().filter((r) => r.gatewayId === demo.gateway.config.gatewayId);
    }
    expect(held).toHaveLength(1);
    expect(demo.gateway.outbox.backlog().count).toBe(0);

    // An independent decoder (Debian protobuf-compiler) agrees with the repository's .proto.
    const decoded = execFileSync('protoc', ['--decode=yibao.center.v1.Record', '-I', 'protocol/center', 'yibao/center/v1/upload.proto'], {
      cwd: ROOT, input: Buffer.from(held[0]!.body), encoding: 'utf8',
    });
    expect(decoded).toContain(`setl_id: "${setlId}"`);
    expect(decoded).toContain(`psn_no: "${psnNo}"`);
    expect(decoded).toContain('med_list_codg: "DRG-B-0001"');
    const setlinfo = (sale.json.result as { setlinfo: Record<string, string> }).setlinfo;
    expect(decoded).toContain(`medfee_sumamt: "${setlinfo.medfee_sumamt}"`);
    expect(decoded).toContain(`fund_pay_sumamt: "${setlinfo.fund_pay_sumamt}"`);
  });
});
