/**
 * Prometheus metrics (prom-client), one registry per gateway instance (tests run several
 * in one process). Latencies are histograms in seconds with buckets around the counter's
 * budget (settleBudgetMs, default 3 s); backlog, age and offline counts are gauges read
 * from the store at scrape time, so they are never stale.
 *
 *   yibao_settle_duration_seconds{route,outcome}     POST /v1/pharmacy/sales, /v1/visits/:id/settle
 *   yibao_card_read_duration_seconds{outcome}        POST /v1/readers/:id/read
 *   yibao_errors_total{code,source}                  every GatewayError answered or met in the background
 *   yibao_outbox_backlog / yibao_outbox_oldest_age_seconds
 *   yibao_offline_settlements_pending / yibao_offline_settlements_today
 *   yibao_uploader_consecutive_failures / yibao_uploader_last_success_timestamp_seconds
 *   yibao_pcsc_up, yibao_card_present{reader}, yibao_psam_present{reader}
 *   yibao_http_requests_total{method,route,status}
 *   yibao_build_info{version,node,commit}             always 1: which gateway and Node answer
 * plus prom-client's default process_* and nodejs_* metrics under their standard names, so a
 * stock Node.js dashboard works unchanged.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Routes whose duration is a settlement at the counter. */
export const SETTLE_ROUTES: ReadonlySet<string> = new Set(['/v1/pharmacy/sales', '/v1/visits/:mdtrt_id/settle']);
/** Routes whose duration is a card read. */
export const CARD_READ_ROUTES: ReadonlySet<string> = new Set(['/v1/readers/:id/read']);

export interface GaugeSources {
  backlog(): { count: number; oldestCreatedAt: number | null };
  offline(): { pending: number; today: number };
  uploader(): { consecutiveFailures: number; lastSuccessAt: number | null; quarantined: { count: number } };
  /** Readers and whether a card / PSAM is in each; rejects when pcscd cannot be asked. */
  readers?(): Promise<ReadonlyArray<{ id: string; card: { present: boolean }; psam: { present: boolean } | null }>>;
  now(): number;
}

export interface OpsMetrics {
  readonly registry: Registry;
  readonly settleDuration: Histogram<'route' | 'outcome'>;
  readonly cardReadDuration: Histogram<'outcome'>;
  readonly errors: Counter<'code' | 'source'>;
  readonly requests: Counter<'method' | 'route' | 'status'>;
}

/** ok (2xx), refused (4xx: the request or the card said no), error (5xx). */
export function outcomeOf(status: number): 'ok' | 'refused' | 'error' {
  return status < 400 ? 'ok' : status < 500 ? 'refused' : 'error';
}

export function createMetrics(sources: GaugeSources, options: { defaultMetrics?: boolean; version?: string; commit?: string } = {}): OpsMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  new Gauge({ name: 'yibao_build_info', help: 'The gateway version, the Node.js that runs it and the source commit (always 1)', labelNames: ['version', 'node', 'commit'] as const, registers })
    .set({ version: options.version ?? 'unknown', node: process.version, commit: options.commit ?? 'unknown' }, 1);

  const settleDuration = new Histogram({
    name: 'yibao_settle_duration_seconds',
    help: 'Time to answer a settlement request at the counter',
    labelNames: ['route', 'outcome'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers,
  });
  const cardReadDuration = new Histogram({
    name: 'yibao_card_read_duration_seconds',
    help: 'Time to read a social security card (APDUs, PSAM authentication, checks)',
    labelNames: ['outcome'] as const,
    buckets: [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5],
    registers,
  });
  const errors = new Counter({ name: 'yibao_errors_total', help: 'Errors by stable code and where they happened', labelNames: ['code', 'source'] as const, registers });
  const requests = new Counter({ name: 'yibao_http_requests_total', help: 'HIS API requests by route pattern and status', labelNames: ['method', 'route', 'status'] as const, registers });

  new Gauge({ name: 'yibao_outbox_backlog', help: 'Outbox records not yet acknowledged by the centre', registers, collect() { this.set(sources.backlog().count); } });
  new Gauge({
    name: 'yibao_outbox_oldest_age_seconds',
    help: 'Age of the oldest unacknowledged outbox record (0 when none)',
    registers,
    collect() {
      const oldest = sources.backlog().oldestCreatedAt;
      this.set(oldest === null ? 0 : Math.max(0, (sources.now() - oldest) / 1000));
    },
  });
  new Gauge({ name: 'yibao_offline_settlements_pending', help: 'Settlements made offline whose record the centre has not acknowledged yet', registers, collect() { this.set(sources.offline().pending); } });
  new Gauge({ name: 'yibao_offline_settlements_today', help: 'Settlements made offline today (CST day)', registers, collect() { this.set(sources.offline().today); } });
  new Gauge({ name: 'yibao_outbox_quarantined', help: 'Upload records set aside because the centre cannot decode them (alert on > 0)', registers, collect() { this.set(sources.uploader().quarantined.count); } });
  new Gauge({ name: 'yibao_uploader_consecutive_failures', help: 'Upload attempts that failed in a row', registers, collect() { this.set(sources.uploader().consecutiveFailures); } });
  new Gauge({
    name: 'yibao_uploader_last_success_timestamp_seconds',
    help: 'Unix time of the last batch the centre acknowledged (0 when none yet)',
    registers,
    collect() {
      const at = sources.uploader().lastSuccessAt;
      this.set(at === null ? 0 : at / 1000);
    },
  });
  if (sources.readers) {
    // One reader listing serves the three gauges of a scrape (prom-client collects them concurrently).
    const list = sources.readers;
    let cached: { at: number; result: ReturnType<typeof list> } | undefined;
    const readers = (): ReturnType<typeof list> => {
      const now = sources.now();
      if (!cached || now - cached.at > 500) cached = { at: now, result: list() };
      return cached.result;
    };
    new Gauge({
      name: 'yibao_pcsc_up',
      help: 'pcscd answered the reader listing (1) or not (0)',
      registers,
      async collect() {
        this.set(await readers().then(() => 1, () => 0));
      },
    });
    new Gauge({
      name: 'yibao_card_present',
      help: 'A card is in the reader (1) or not (0)',
      labelNames: ['reader'] as const,
      registers,
      async collect() {
        this.reset();
        for (const r of await readers().catch(() => [])) this.set({ reader: r.id }, r.card.present ? 1 : 0);
      },
    });
    new Gauge({
      name: 'yibao_psam_present',
      help: 'A PSAM is in the reader\'s PSAM slot (1) or not (0)',
      labelNames: ['reader'] as const,
      registers,
      async collect() {
        this.reset();
        for (const r of await readers().catch(() => [])) if (r.psam) this.set({ reader: r.id }, r.psam.present ? 1 : 0);
      },
    });
  }
  return { registry, settleDuration, cardReadDuration, errors, requests };
}
