/**
 * A gateway for API tests: its own data directory, the centre simulator, API keys on, and
 * helpers to sign operators in and call the API through `inject()` (no socket).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { startCenter, type CenterHandle } from '../../simulator/center/server.ts';
import { createGateway, type Gateway, type GatewayOptions } from '../../gateway/app.ts';
import { loadConfig, type Config } from '../../gateway/config.ts';
import { createLogger } from '../../gateway/log.ts';

export const ZHANG_SAN = '152201198001011237'; // resident, Ulanhot, no account
export const LI_SI = '152201199002022346'; // employee, account 1,234.56

export interface TestGateway {
  readonly gw: Gateway;
  readonly center: CenterHandle;
  readonly key: string;
  /**
   * Signs an operator in; returns the session id. A cashier as the HIS signs them in; a
   * supervisor or auditor registered first (secret `pin-<opter>`) and signed in with the secret.
   */
  signIn(opter: string, role?: 'cashier' | 'supervisor' | 'auditor'): Promise<string>;
  /**
   * Approves a settlement's cancellation as the approver would at the gateway: registers the
   * operator first when unknown (role, secret `pin-<opter>`), then POST /approve without API key.
   */
  approve(setlId: string, opter: string, role?: 'cashier' | 'supervisor' | 'auditor', secret?: string): Promise<LightMyRequestResponse>;
  /** inject() with the API key, and the session when given. */
  call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, options?: { session?: string; key?: string; payload?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  /** Identifies a person at the centre; returns psn_no. */
  identify(certno: string, session: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestGateway(overrides: Partial<Config> = {}, options: GatewayOptions = {}): Promise<TestGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-api-'));
  const center = await startCenter();
  const config = loadConfig({ env: {}, overrides: { dataDir: dir, backupDir: join(dir, 'backups'), port: 0, centerUrl: center.url, uploadIntervalMs: 3_600_000, ...overrides } });
  const gw = await createGateway(config, { logger: createLogger({ level: 'silent' }), ...options });
  const key = gw.api.keys.create('test HIS', 'test').key;
  const call: TestGateway['call'] = async (method, url, o = {}) => gw.app.inject({
    method,
    url,
    headers: {
      authorization: `Bearer ${o.key ?? key}`,
      ...(o.session ? { 'x-session-id': o.session } : {}),
      ...(o.headers ?? {}),
    },
    ...(o.payload !== undefined ? { payload: o.payload as Record<string, unknown> } : {}),
  });
  return {
    gw, center, key, call,
    async signIn(opter, role = 'cashier') {
      if (role !== 'cashier' && !gw.api.operators.get(opter)) await gw.api.operators.add({ operator_id: opter, name: `${role}-${opter}`, role, secret: `pin-${opter}` }, 'test:it');
      const res = await call('POST', '/v1/operators/sign-in', { payload: role === 'cashier' ? { opter } : { opter, role, secret: `pin-${opter}` } });
      if (res.statusCode !== 200) throw new Error(res.body);
      return res.json().session_id as string;
    },
    async approve(setlId, opter, role = 'supervisor', secret) {
      if (!gw.api.operators.get(opter)) await gw.api.operators.add({ operator_id: opter, name: `审批人${opter}`, role, secret: `pin-${opter}` }, 'test:it');
      return gw.app.inject({ method: 'POST', url: '/approve', payload: { setl_id: setlId, opter, secret: secret ?? `pin-${opter}` } });
    },
    async identify(certno, session) {
      const res = await call('POST', '/v1/persons/identify', { session, payload: { mdtrt_cert_type: '02', mdtrt_cert_no: certno } });
      if (res.statusCode !== 200) throw new Error(res.body);
      return res.json().person.psn_no as string;
    },
    async close() {
      await gw.close();
      await center.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const PHARMACY_LINES = [
  { feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '20', pric: '0.80', det_item_fee_sumamt: '16.00' },
  { feedetl_sn: '2', med_list_codg: 'DRG-C-0001', cnt: '1', pric: '35.00', det_item_fee_sumamt: '35.00' },
];
