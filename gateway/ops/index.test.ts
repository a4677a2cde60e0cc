import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { openDatabase, type Db } from '../store/db.ts';
import { SettlementStore } from '../store/settlements.ts';
import { loadConfig } from '../config.ts';
import type { UploaderEvents, UploaderStatus } from '../center/uploader.ts';
import type { CredentialEvent } from '../credentials/service.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import { createOps, type Ops } from './index.ts';

class FakeUploader extends EventEmitter<UploaderEvents> {
  status(): UploaderStatus {
    return {
      running: true, inFlightBatches: 0, pausedUntil: 0, consecutiveFailures: 2, lastSuccessAt: null,
      lastError: { code: 'GW_CENTER_UNREACHABLE', message: 'down', at: Date.parse('2026-11-22T07:59:00Z') }, alarm: true,
      totals: { delivered: 0, duplicate: 0, rejected: 1, retried: 0, batches: 0 }, backlog: { count: 3, oldestCreatedAt: Date.parse('2026-11-22T06:00:00Z') }, quarantined: { count: 0, ids: [] },
    };
  }
}

let db: Db;
let uploader: FakeUploader;
let emit: (e: CredentialEvent) => void;
let ops: Ops;

beforeEach(() => {
  db = openDatabase({ file: ':memory:' });
  uploader = new FakeUploader();
  ops = createOps({
    config: loadConfig({ env: {}, overrides: { dataDir: '/tmp/yibao-ops-unit', backupDir: '/tmp/yibao-ops-unit/none' } }),
    version: '0.0.0-test',
    db,
    settlements: new SettlementStore(db),
    uploader,
    readers: {
      listReaders: async () => [{ id: 'virtual-pcd-00-00', name: 'Virtual PCD 00 00', psamReader: 'Virtual PCD 00 01', pinPad: false, card: { present: true, atr: '3B' }, psam: { present: false } }],
      watch: (listener) => { emit = listener; return () => undefined; },
    },
    clock: () => new Date('2026-11-22T08:00:00Z'),
    probeCentre: async () => false,
  });
});

afterEach(() => db.close());

describe('createOps', () => {
  it('counts background errors: a centre rejection, a failed batch, pcscd going away', async () => {
    uploader.emit('rejected', { id: 'r-1', visitId: 'M1', code: 'C4001', reason: 'unknown person' });
    uploader.emit('batch', { sent: 5, delivered: 0, duplicate: 0, rejected: 0, retried: 5, error: new GatewayError('GW_CENTER_TIMEOUT') });
    uploader.emit('batch', { sent: 5, delivered: 5, duplicate: 0, rejected: 0, retried: 0 });
    emit({ type: 'service-lost', at: '2026-11-22T08:00:00Z' });
    expect(ops.errors.list().map((e) => [e.code, e.source])).toEqual([['GW_CARD_PCSCD_DOWN', 'readers'], ['GW_CENTER_TIMEOUT', 'uploader'], ['C4001', 'uploader']]);
    const text = await ops.metrics.registry.metrics();
    expect(text).toContain('yibao_errors_total{code="C4001",source="centre"} 1');
    expect(text).toContain('yibao_errors_total{code="GW_CENTER_TIMEOUT",source="uploader"} 1');
    expect(text).toContain('yibao_errors_total{code="GW_CARD_PCSCD_DOWN",source="readers"} 1');
    expect(text).toContain('yibao_outbox_backlog 3');
    expect(text).toContain('yibao_outbox_oldest_age_seconds 7200');
    expect(text).toContain('yibao_card_present{reader="virtual-pcd-00-00"} 1');
    expect(text).toContain('yibao_psam_present{reader="virtual-pcd-00-00"} 0');
  });

  it('status: the uploader failing now means the centre is unreachable; backlog age; alarm; no backups yet', async () => {
    const s = await ops.status();
    expect(s.centre).toMatchObject({ reachable: false, consecutiveFailures: 2, alarm: true, rejected: 1 });
    expect(s.outbox).toEqual({ backlog: 3, oldestCreatedAt: '2026-11-22T06:00:00.000Z', oldestAgeSeconds: 7200 });
    expect(s.today).toMatchObject({ date: '2026-11-22', fixmedins_setl_cnt: 0 });
    expect(s.backup).toBeNull();
    expect(s.readers.list[0]?.psam).toEqual({ present: false });
  });
});
