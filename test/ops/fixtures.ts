/**
 * A running gateway with a centre simulator for the ops tests, and a "counter" that settles
 * pharmacy sales through the gateway's own services (the same path the HIS API takes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCenter, type CenterHandle } from '../../simulator/center/server.ts';
import { createGateway, type Gateway, type GatewayOptions } from '../../gateway/app.ts';
import { loadConfig, type OptionName } from '../../gateway/config.ts';
import { createLogger } from '../../gateway/log.ts';

/** Resident of Ulanhot in the centre simulator's seed. */
export const ZHANG_SAN = '152201198001011237';
export const CASHIER = { id: 'cashier-01', role: 'cashier', session_id: 'ops-test', client_id: 'ops-test' } as const;
export const LINES = [
  { feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '20', pric: '0.80', det_item_fee_sumamt: '16.00' },
  { feedetl_sn: '2', med_list_codg: 'DRG-C-0001', cnt: '1', pric: '35.00', det_item_fee_sumamt: '35.00' },
];

export interface OpsHarness {
  readonly dir: string;
  readonly dbFile: string;
  readonly backupDir: string;
  readonly center: CenterHandle;
  readonly gateway: Gateway;
  readonly psnNo: string;
  /** Settles one sale with this idempotency key; resolves to its setl_id. */
  sell(key: string): Promise<string>;
  /** Headers of a signed-in HIS client (API key) and cashier session. */
  readonly auth: Record<string, string>;
  close(): Promise<void>;
}

export async function startHarness(overrides: Partial<Record<OptionName, unknown>> = {}, options: GatewayOptions = {}): Promise<OpsHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-ops-'));
  const center = await startCenter();
  const config = loadConfig({ env: {}, overrides: { dataDir: join(dir, 'data'), backupDir: join(dir, 'backups'), port: 0, centerUrl: center.url, uploadIntervalMs: 50, ...overrides } });
  const gateway = await createGateway(config, { logger: createLogger({ level: 'silent' }), ...options });
  const who = await gateway.persons.identify({ mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN }, CASHIER.id);
  const psnNo = who.person.psn_no;
  const apiKey = gateway.api.keys.create('ops tests', 'test').key;
  const signIn = await gateway.app.inject({ method: 'POST', url: '/v1/operators/sign-in', headers: { authorization: `Bearer ${apiKey}` }, payload: { opter: CASHIER.id, opter_name: '收费员甲', role: 'cashier' } });
  if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
  const auth = { authorization: `Bearer ${apiKey}`, 'x-session-id': signIn.json().session_id as string };
  return {
    dir,
    dbFile: join(config.dataDir, 'gateway.sqlite'),
    backupDir: config.backupDir,
    center,
    gateway,
    psnNo,
    auth,
    async sell(key) {
      const view = await gateway.settlements.pharmacySale(key, { psn_no: psnNo, lines: LINES }, CASHIER);
      return view.setl_id;
    },
    async close() {
      await gateway.close();
      await center.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
