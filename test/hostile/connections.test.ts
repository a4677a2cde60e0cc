/**
 * Connection limits: sockets that connect and send nothing, or stop half-way through a
 * request, are closed by the gateway after httpIdleTimeoutMs; while hundreds of them are
 * open a sale still goes through. (The systemd unit raises LimitNOFILE so that a burst
 * before the timeout cannot exhaust descriptors either: test/ops checks the unit file.)
 */
import { connect, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHARMACY_LINES, ZHANG_SAN, startTestGateway, type TestGateway } from '../api/support.ts';

let t: TestGateway;
let base: string;
let port: number;

beforeAll(async () => {
  t = await startTestGateway({ httpIdleTimeoutMs: 1000, httpRequestTimeoutMs: 1000 });
  base = await t.gw.app.listen({ host: '127.0.0.1', port: 0 });
  port = Number(new URL(base).port);
});
afterAll(async () => {
  await t?.close();
});

function open(n: number, first?: string): Promise<Socket[]> {
  return Promise.all(Array.from({ length: n }, () => new Promise<Socket>((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => {
      if (first) s.write(first);
      resolve(s);
    });
    s.resume(); // read what the gateway answers, so its closing the connection is seen
    s.on('error', reject);
  })));
}

const closed = (s: Socket): Promise<void> => new Promise((resolve) => (s.destroyed ? resolve() : s.once('close', () => resolve())));

describe('idle and slow connections', () => {
  it('500 idle sockets and 100 half-sent requests do not stop a sale, and the gateway closes them all', async () => {
    const idle = await open(500);
    const slow = await open(100, 'POST /v1/pharmacy/sales HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"psn');
    for (const s of [...idle, ...slow]) s.on('error', () => undefined);

    const session = await t.signIn('conn-01');
    const psn = await t.identify(ZHANG_SAN, session);
    const res = await fetch(`${base}/v1/pharmacy/sales`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.key}`, 'x-session-id': session, 'idempotency-key': 'conn-sale', 'content-type': 'application/json' },
      body: JSON.stringify({ psn_no: psn, lines: PHARMACY_LINES }),
    });
    expect(res.status).toBe(200);

    const started = Date.now();
    await Promise.all([...idle, ...slow].map(closed));
    // Closed by the gateway's timeouts (1 s idle, 1 s to send a request), not by us.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('the shipped systemd unit raises the open-files limit', () => {
    const unit = readFileSync(join(import.meta.dirname, '../../deploy/systemd/yibao-gateway.service'), 'utf8');
    const limit = Number(/^LimitNOFILE=(\d+)$/m.exec(unit)?.[1]);
    expect(limit).toBeGreaterThanOrEqual(65536);
  });
});
