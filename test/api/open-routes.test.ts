/** The technician's page and the monitoring endpoints answer without an HIS key; the API does not. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway, type Gateway } from '../../gateway/app.ts';
import { loadConfig } from '../../gateway/config.ts';
import { createLogger } from '../../gateway/log.ts';
import { inProcessPort } from '../../simulator/pcsc/in-process.ts';

let gateway: Gateway;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-open-'));
  const config = loadConfig({ env: {}, overrides: { dataDir: dir, port: 0, centerUrl: 'http://127.0.0.1:9' } });
  gateway = await createGateway(config, { logger: createLogger({ level: 'silent' }), pcscPort: inProcessPort() });
});

afterAll(async () => {
  await gateway?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('open and closed routes', () => {
  it.each(['/healthz', '/readyz', '/metrics', '/status', '/status.json'])('%s answers without a key', async (url) => {
    const res = await gateway.app.inject({ method: 'GET', url });
    expect(res.statusCode).not.toBe(401);
    expect(res.statusCode).toBeLessThan(500 + (url === '/readyz' ? 100 : 0));
  });

  it.each(['/v1/readers', '/v1/totals/daily?date=2026-11-22', '/statusx'])('%s needs a key', async (url) => {
    const res = await gateway.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('GW_UNAUTHORIZED');
  });
});
