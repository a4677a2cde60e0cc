/**
 * Chaos at the central link: settlements keep arriving at the counter while the centre drops
 * acknowledgements, repeats and reorders them, fails, times out, pushes back, trickles its
 * replies, goes dark for a moment and restarts,
 * and the gateway's uploader is killed and started again and again. The outbox (here the
 * in-memory one standing in for SQLite) is all that survives a gateway restart.
 * Afterwards: the centre holds every record exactly once with identical amounts, in per-visit
 * order; reconciliation of the day reports no mismatch; every adjudication came back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AdjudicationPoller, MemoryAdjudicationSink } from '../../gateway/center/adjudications.ts';
import { CenterClient } from '../../gateway/center/client.ts';
import { MemoryOutbox } from '../../gateway/center/memory-outbox.ts';
import { formatReconcileReport, reconcilePeriod, type ReconcileEntry } from '../../gateway/center/reconcile.ts';
import { Uploader } from '../../gateway/center/uploader.ts';
import { AdjudicationOutcome, decodeRecord, yuanToFen, type RecordInput } from '../../protocol/center/index.ts';
import { checkAmounts } from '../../simulator/center/store.ts';
import { DEMO_GATEWAY_KEY, startCenter, type CenterHandle } from '../../simulator/center/server.ts';
import type { FaultPatch } from '../../simulator/center/faults.ts';
import { cancellationRecord, FIXTURE_DAY, outboxRow, settlementRecord } from './fixtures.ts';

const GATEWAY = 'H15220100001-GW01';
const TOTAL = 2_000;
const FAULTS: FaultPatch = { dropAckRate: 0.15, duplicateAckRate: 0.15, reorder: true, reorderMaxDelayMs: 5, errorRate: 0.05, timeoutRate: 0.02, backPressureRate: 0.05, retryAfterSeconds: 0, jitterMs: 3, slowDripBytesPerSec: 2_000_000 };
const dir = mkdtempSync(join(tmpdir(), 'centre-chaos-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entryOf(r: RecordInput): ReconcileEntry {
  const a = (r.settlement?.amounts ?? r.cancellation?.amounts) ?? {};
  const fen = (v: string | null | undefined): number => Number(yuanToFen(v ?? '0.00'));
  return { recordId: r.recordId ?? '', setlId: r.settlement?.setlId ?? r.cancellation?.setlId ?? '', insutype: r.settlement?.insutype ?? '390', cancellation: !!r.cancellation, medfeeFen: fen(a.medfeeSumamt), fundFen: fen(a.fundPaySumamt), acctFen: fen(a.acctPay), cashFen: fen(a.psnCashPay) };
}

describe('chaos: counters settle while the link and both ends fail', () => {
  it('ends with every record at the centre exactly once and a clean reconciliation', async () => {
    let centre: CenterHandle = await startCenter({ dataDir: dir, faults: FAULTS });
    const port = centre.port;
    const outbox = new MemoryOutbox();
    const sent = new Map<string, RecordInput>();
    const settlementsOf = new Map<string, RecordInput>();
    const seqOf = new Map<string, number>();
    const insutypeOf = new Map<string, string>();
    let produced = 0;
    // The counters: 40 records every few ms, across 150 visits; every 9th visit later cancels its first settlement.
    const produce = (count: number): void => {
      for (let k = 0; k < count && produced < TOTAL; k += 1, produced += 1) {
        const visitId = `MDTRT${String(produced % 150).padStart(5, '0')}`;
        const seq = (seqOf.get(visitId) ?? 0) + 1;
        seqOf.set(visitId, seq);
        const recordId = `${GATEWAY}:${String(produced).padStart(8, '0')}`;
        const first = settlementsOf.get(visitId);
        let record: RecordInput;
        if (first && (produced % 150) % 9 === 0 && seq === 3) record = cancellationRecord(recordId, visitId, seq, first);
        else {
          record = settlementRecord({ recordId, visitId, seq, totalFen: 300 + ((produced * 7919) % 400_000), insutype: produced % 4 === 0 ? '310' : '390' });
          if (!first) settlementsOf.set(visitId, record);
        }
        insutypeOf.set(recordId, record.settlement?.insutype ?? insutypeOf.get(first?.recordId ?? '') ?? '390');
        sent.set(recordId, record);
        outbox.enqueue(outboxRow(record, Date.now()));
      }
    };

    const newUploader = (): Uploader => new Uploader({
      source: outbox,
      client: new CenterClient({ baseUrl: `http://127.0.0.1:${port}`, gatewayId: GATEWAY, keyId: 'k1', key: DEMO_GATEWAY_KEY }),
      batchSize: 40, concurrency: 3, timeoutMs: 300, pollMs: 5,
      backoff: { baseMs: 5, maxMs: 50 }, pauseBackoff: { baseMs: 5, maxMs: 50 },
    });

    let uploader = newUploader();
    uploader.start();
    let restarts = 0;
    let centreRestarts = 0;
    const started = Date.now();
    while (produced < TOTAL || outbox.backlog().count > 0) {
      if (Date.now() - started > 45_000) throw new Error(`chaos did not converge: backlog ${outbox.backlog().count}, ${JSON.stringify(uploader.status().lastError)}`);
      produce(40);
      await new Promise((r) => setTimeout(r, 20));
      if (produced % 400 === 0 && produced < TOTAL) {
        // The gateway is killed mid-flight and started again: in-flight batches are lost.
        await uploader.stop();
        uploader = newUploader();
        uploader.start();
        restarts += 1;
      }
      if (produced === 800) centre.setFaults({ outageSeconds: 0.3 }); // a full outage mid-run
      if (produced === 1_200 && centreRestarts === 0) {
        await centre.close();
        centre = await startCenter({ dataDir: dir, port, faults: FAULTS });
        centreRestarts += 1;
      }
      if (produced >= TOTAL && Date.now() - started > 10_000) centre.resetFaults(); // let a slow tail finish
    }
    await uploader.stop();
    expect(restarts).toBeGreaterThanOrEqual(4);
    expect(centreRestarts).toBe(1);

    // Exactly once, identical bytes (so identical amounts), per-visit order kept.
    const held = centre.store.records();
    expect(held).toHaveLength(TOTAL);
    expect(new Set(held.map((r) => r.recordId)).size).toBe(TOTAL);
    for (const r of held) {
      expect(r.status).toBe('accepted');
      expect(decodeRecord(r.body).toJSON()).toEqual(decodeRecord(outboxRow(sent.get(r.recordId) as RecordInput, 0).payload).toJSON());
    }
    const summary = centre.store.summary() as { outOfOrder: number; duplicatesReceived: number };
    expect(summary.outOfOrder).toBe(0);
    expect(summary.duplicatesReceived).toBeGreaterThan(0);

    centre.resetFaults();
    const client = new CenterClient({ baseUrl: centre.url, gatewayId: GATEWAY, keyId: 'k1', key: DEMO_GATEWAY_KEY });
    // Reconciliation of the day, totals and detail: no mismatch.
    const entries = [...sent.values()].map((r) => {
      const e = entryOf(r);
      return r.cancellation ? { ...e, insutype: insutypeOf.get(r.cancellation.origRecordId ?? '') ?? '390' } : e;
    });
    const report = await reconcilePeriod(client, { settledBetween: () => entries }, { start: FIXTURE_DAY, end: FIXTURE_DAY });
    expect(report.mismatches).toEqual([]);
    expect(report.result).toBe('match');
    expect(formatReconcileReport(report)).toMatch(/一致 MATCH/);

    // Every adjudication came back; adjusted amounts keep both invariants.
    const sink = new MemoryAdjudicationSink();
    const poller = new AdjudicationPoller({ client, sink, pageSize: 300 });
    expect(await poller.pollOnce()).toMatchObject({ kind: 'ok', received: TOTAL });
    const adjusted = [...sink.results.values()].filter((a) => a.outcome === AdjudicationOutcome.ADJUDICATION_OUTCOME_ADJUSTED);
    expect(adjusted.length).toBeGreaterThan(0);
    for (const a of adjusted) expect(checkAmounts(a.adjusted ?? undefined)).toBeUndefined();
    await centre.close();
  });
});
