/**
 * Child processes of test/bench/center-sqlite.bench.ts, so that each measured process holds
 * nothing but what it measures:
 *   fill  <db> <n>                         — enqueue n records into the store's SQLite outbox
 *   drain <db> <url> <count> <batch> <conc> — run the uploader until `count` records are
 *                                            delivered; print JSON with the rate and peak RSS
 */
import { CenterClient } from '../../gateway/center/client.ts';
import { Uploader } from '../../gateway/center/uploader.ts';
import { openDatabase } from '../../gateway/store/db.ts';
import { OutboxStore } from '../../gateway/store/outbox.ts';
import { BENCH_GATEWAY, BENCH_KEY, benchRecord } from './bench-support.ts';

const [mode, dbFile, ...rest] = process.argv.slice(2);

if (mode === 'fill' && dbFile) {
  const n = Number(rest[0]);
  const db = openDatabase({ file: dbFile });
  const outbox = new OutboxStore(db);
  const base = Date.now() - 3600_000;
  const chunk = 10_000;
  for (let from = 0; from < n; from += chunk) {
    db.transaction(() => {
      for (let i = from; i < Math.min(n, from + chunk); i += 1) {
        const r = benchRecord(i, n);
        outbox.enqueue({ id: r.id, visitId: r.visitId, seq: r.seq, kind: 'settlement', payload: r.payload, createdAt: base + Math.floor(i / 100) });
      }
    })();
  }
  db.close();
  process.stdout.write(`${JSON.stringify({ filled: n })}\n`);
} else if (mode === 'drain' && dbFile) {
  const [url, count, batch, conc] = rest;
  const target = Number(count);
  const db = openDatabase({ file: dbFile });
  const outbox = new OutboxStore(db);
  const client = new CenterClient({ baseUrl: url ?? '', gatewayId: BENCH_GATEWAY, keyId: 'k1', key: BENCH_KEY, timeoutMs: 120_000 });
  const uploader = new Uploader({ source: outbox, client, batchSize: Number(batch), concurrency: Number(conc), pollMs: 5 });
  const rssStart = process.memoryUsage().rss;
  let peak = rssStart;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const backlogBefore = outbox.backlog().count;
  // The background loop, stopped once `target` records are delivered (a drainOnce would go on
  // through the whole backlog).
  uploader.start();
  while (uploader.status().totals.delivered < target && outbox.backlog().count > 0) await new Promise((r) => setTimeout(r, 10));
  await uploader.stop();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const delivered = uploader.status().totals.delivered;
  db.close();
  process.stdout.write(`${JSON.stringify({ backlogBefore, delivered, seconds, rate: delivered / seconds, rssStartMb: rssStart / 2 ** 20, peakRssMb: peak / 2 ** 20 })}\n`);
} else {
  process.stderr.write('usage: bench-child.ts fill <db> <n> | drain <db> <url> <count> <batch> <concurrency>\n');
  process.exitCode = 2;
}
