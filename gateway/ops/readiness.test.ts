import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UploaderStatus } from '../center/uploader.ts';
import type { OfflineGate } from '../settlement/offline-gate.ts';
import { ReadinessProbe, tcpProbe } from './readiness.ts';

const NOW = new Date('2026-11-22T08:00:00Z');

function uploader(over: Partial<UploaderStatus> = {}): { status(): UploaderStatus } {
  const status: UploaderStatus = {
    running: true, inFlightBatches: 0, pausedUntil: 0, consecutiveFailures: 0, lastSuccessAt: null, lastError: null, alarm: false,
    totals: { delivered: 0, duplicate: 0, rejected: 0, retried: 0, batches: 0 }, backlog: { count: 0, oldestCreatedAt: null }, quarantined: { count: 0, ids: [] }, ...over,
  };
  return { status: () => status };
}

const readers = { listReaders: async () => [{ name: 'ACS ACR39U 00 00' }] };
const refuseAll: OfflineGate = { decide: () => ({ kind: 'refused', reason: 'gateway offline count 200 reached' }) };
const allowAll: OfflineGate = { decide: () => ({ kind: 'allowed' }) };

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
});
afterEach(() => db.close());

const probe = (over: Partial<ConstructorParameters<typeof ReadinessProbe>[0]> = {}): ReadinessProbe =>
  new ReadinessProbe({ db, dataDir: '/tmp', centerUrl: 'http://127.0.0.1:9', uploader: uploader(), readers, clock: () => NOW, probeCentre: async () => true, ...over });

describe('readiness', () => {
  it('ready when the database takes a write lock, pcscd lists readers and the centre answers', async () => {
    expect(await probe().check()).toMatchObject({ status: 'ready', checks: { database: { state: 'ok' }, pcscd: { state: 'ok' }, centre: { state: 'ok' } } });
  });

  it('not ready when the counter\'s configured reader is not connected, naming it and the readers there are', async () => {
    expect((await probe({ configuredReader: 'ACS ACR39U 00 00' }).pcscd()).state).toBe('ok');
    const gone = await probe({ configuredReader: 'Virtual PCD 00 00' }).check();
    expect(gone.status).toBe('not-ready');
    expect(gone.checks.pcscd).toMatchObject({ state: 'failed' });
    expect(gone.checks.pcscd.detail).toContain('"Virtual PCD 00 00" is not connected (readers: ACS ACR39U 00 00)');
  });

  it('a recent acknowledged upload counts as reachable without probing', async () => {
    let probed = false;
    const p = probe({ uploader: uploader({ lastSuccessAt: NOW.getTime() - 1000 }), probeCentre: async () => { probed = true; return false; } });
    expect((await p.centre()).state).toBe('ok');
    expect(probed).toBe(false);
  });

  it('centre down: degraded while the offline allowance lasts, not ready once it is used up', async () => {
    const down = { probeCentre: async () => false };
    expect(await probe({ ...down, offlineGate: allowAll }).check()).toMatchObject({ status: 'degraded', checks: { centre: { state: 'degraded' } } });
    const spent = await probe({ ...down, offlineGate: refuseAll }).check();
    expect(spent.status).toBe('not-ready');
    expect(spent.checks.centre.detail).toContain('gateway offline count 200 reached');
  });

  it('the uploader failing just now means unreachable without a probe', async () => {
    const p = probe({ uploader: uploader({ consecutiveFailures: 3, lastError: { code: 'GW_CENTER_UNREACHABLE', message: 'x', at: NOW.getTime() - 5000 } }), probeCentre: async () => true, offlineGate: refuseAll });
    expect((await p.centre()).state).toBe('failed');
  });

  it('pcscd not answering, or a read-only database, makes it not ready', async () => {
    const dead = await probe({ readers: { listReaders: async () => { throw new Error('SCardEstablishContext: Service not available'); } } }).check();
    expect(dead.status).toBe('not-ready');
    expect(dead.checks.pcscd.state).toBe('failed');
    const file = join(mkdtempSync(join(tmpdir(), 'yibao-ready-')), 'g.sqlite');
    const writer = new Database(file);
    const mine = new Database(file, { timeout: 0 });
    writer.exec('BEGIN IMMEDIATE'); // another connection holds the write lock
    try {
      expect(probe({ db: mine }).database()).toMatchObject({ state: 'failed' });
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
      mine.close();
    }
  });

  it('a full disk fails the database check', () => {
    expect(probe({ minFreeBytes: Number.MAX_SAFE_INTEGER }).database()).toMatchObject({ state: 'failed' });
  });
});

describe('tcpProbe', () => {
  let server: Server;
  afterEach(() => new Promise<void>((r) => server ? server.close(() => r()) : r()));

  it('true when something listens, false when nothing does or the URL is bad', async () => {
    server = createServer((s) => s.end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    expect(await tcpProbe(`http://127.0.0.1:${port}/`)).toBe(true);
    await new Promise<void>((r) => server.close(() => r()));
    expect(await tcpProbe(`http://127.0.0.1:${port}/`)).toBe(false);
    expect(await tcpProbe('not a url')).toBe(false);
    server = createServer();
  });
});
