/** Optional TLS: both PEM files or neither; a gateway configured with them speaks HTTPS only. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:https';
import { tlsOptions } from '../../gateway/auth/tls.ts';
import { createGateway } from '../../gateway/app.ts';
import { loadConfig } from '../../gateway/config.ts';
import { createLogger } from '../../gateway/log.ts';
import { inProcessPort } from '../../simulator/pcsc/in-process.ts';

describe('TLS options', () => {
  it('is off when neither file is set, refuses one without the other, and serves HTTPS with both', async () => {
    expect(tlsOptions({ tlsCertFile: '', tlsKeyFile: '' })).toBeUndefined();
    expect(() => tlsOptions({ tlsCertFile: '/x.pem', tlsKeyFile: '' })).toThrow(expect.objectContaining({ code: 'GW_CONFIG', details: { option: 'tlsKeyFile' } }));
    expect(() => tlsOptions({ tlsCertFile: '/no/such.pem', tlsKeyFile: '/no/such.key' })).toThrow(expect.objectContaining({ code: 'GW_CONFIG', details: { option: 'tlsCertFile' } }));

    const dir = mkdtempSync(join(tmpdir(), 'yibao-tls-'));
    try {
      const cert = join(dir, 'cert.pem');
      const key = join(dir, 'key.pem');
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
      const https = tlsOptions({ tlsCertFile: cert, tlsKeyFile: key })!;
      const config = loadConfig({ env: {}, overrides: { dataDir: join(dir, 'data'), port: 0, tlsCertFile: cert, tlsKeyFile: key } });
      const gateway = await createGateway(config, { logger: createLogger({ level: 'silent' }), pcscPort: inProcessPort() });
      const url = await gateway.start();
      expect(url).toMatch(/^https:/);
      const port = Number(new URL(url).port);
      const body = await new Promise<string>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/healthz', ca: https.cert }, (res) => {
          let data = '';
          res.on('data', (c: Buffer) => { data += c.toString(); });
          res.on('end', () => resolve(data));
        });
        req.on('error', reject);
        req.end();
      });
      await gateway.close();
      expect(JSON.parse(body)).toMatchObject({ status: 'ok' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
