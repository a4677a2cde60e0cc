/**
 * The operations side of one gateway: metrics, recent errors, readiness and the status page,
 * wired into the fastify app by `installOps(app, ops)` — two lines in app.ts. Hooks go on
 * the root instance (no encapsulation) so they see every area's routes.
 */
import { readFileSync } from 'node:fs';
import { QUARANTINE_CODE } from '../store/outbox-port.ts';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../store/db.ts';
import type { Logger } from '../log.ts';
import type { SettlementStore } from '../store/settlements.ts';
import type { UploaderEvents, UploaderStatus } from '../center/uploader.ts';
import type { SyncStatus } from '../center/sync.ts';
import type { CredentialEvent, ReaderStatus } from '../credentials/service.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { OfflineGate } from '../settlement/offline-gate.ts';
import { toGatewayError } from '../api/server.ts';
import { cstDay, dailyTotals } from '../settlement/totals.ts';
import { statusRoutes } from '../api/routes/status.ts';
import { healthRoutes } from '../api/routes/health.ts';
import { metricsRoutes } from '../api/routes/metrics.ts';
import { CARD_READ_ROUTES, createMetrics, outcomeOf, SETTLE_ROUTES, type OpsMetrics } from './metrics.ts';
import { RecentErrors } from './recent-errors.ts';
import { ReadinessProbe, type Readiness } from './readiness.ts';
import { collectStatus, offlinePending, type StatusSnapshot } from './status.ts';

export interface OpsDeps {
  readonly config: Config;
  readonly version: string;
  readonly db: Db;
  readonly log?: Logger;
  readonly settlements: SettlementStore;
  /** The uploader: its status and its events (the Uploader, or a test's stand-in). */
  readonly uploader: {
    status(): UploaderStatus;
    on<K extends keyof UploaderEvents>(event: K, listener: (...args: UploaderEvents[K]) => void): unknown;
  };
  /** The credential service (or anything listing readers the same way, and telling reader events). */
  readonly readers?: { listReaders(): Promise<ReaderStatus[]>; watch?(listener: (event: CredentialEvent) => void): () => void };
  readonly sync?: { status(): SyncStatus[] };
  readonly offlineGate?: OfflineGate;
  readonly clock?: () => Date;
  /** Replaces the TCP probe of the centre (tests). */
  readonly probeCentre?: () => Promise<boolean>;
}

export interface Ops {
  readonly metrics: OpsMetrics;
  readonly errors: RecentErrors;
  readonly readiness: ReadinessProbe;
  status(): Promise<StatusSnapshot>;
  ready(): Promise<Readiness>;
}

export function createOps(deps: OpsDeps): Ops {
  const clock = deps.clock ?? (() => new Date());
  const errors = new RecentErrors(50, clock);
  const readiness = new ReadinessProbe({
    db: deps.db,
    dataDir: deps.config.dataDir,
    centerUrl: deps.config.centerUrl,
    uploader: deps.uploader,
    clock,
    ...(deps.readers ? { readers: deps.readers } : {}),
    ...(deps.readers && deps.config.pcscReaders ? { configuredReader: deps.config.userReader } : {}),
    ...(deps.offlineGate ? { offlineGate: deps.offlineGate } : {}),
    ...(deps.probeCentre ? { probeCentre: deps.probeCentre } : {}),
  });
  const offlineToday = (): number => dailyTotals(deps.settlements, cstDay(clock())).groups.reduce((n, g) => n + g.offline, 0);
  const metrics = createMetrics({
    backlog: () => deps.uploader.status().backlog,
    offline: () => ({ pending: offlinePending(deps.db), today: offlineToday() }),
    uploader: () => deps.uploader.status(),
    now: () => clock().getTime(),
    ...(deps.readers ? { readers: () => deps.readers!.listReaders() } : {}),
  }, { version: deps.version, commit: sourceCommit() });

  // Background errors count too: the centre refusing a record, a failed upload batch.
  deps.uploader.on('rejected', (e) => {
    metrics.errors.inc({ code: e.code, source: 'centre' });
    errors.add({ code: e.code, message: `centre rejected record ${e.id}: ${e.reason}`, messageZh: `中心拒收记录 ${e.id}：${e.reason}` }, 'uploader');
  });
  deps.uploader.on('quarantined', (e) => {
    metrics.errors.inc({ code: QUARANTINE_CODE, source: 'centre' });
    errors.add(new GatewayError(QUARANTINE_CODE, { detail: `record ${e.id} (visit ${e.visitId})` }), 'uploader');
  });
  deps.uploader.on('batch', (outcome) => {
    if (!outcome.error) return;
    metrics.errors.inc({ code: outcome.error.code, source: 'uploader' });
    errors.add(outcome.error, 'uploader');
  });

  // pcscd going away is an error a technician must see even when no card read failed yet.
  deps.readers?.watch?.((event) => {
    if (event.type !== 'service-lost') return;
    const err = new GatewayError('GW_CARD_PCSCD_DOWN');
    metrics.errors.inc({ code: err.code, source: 'readers' });
    errors.add(err, 'readers');
  });

  return {
    metrics,
    errors,
    readiness,
    status: () => collectStatus({
      config: deps.config,
      version: deps.version,
      db: deps.db,
      settlements: deps.settlements,
      uploader: deps.uploader,
      errors,
      centreReachable: () => readiness.centreReachable(),
      clock,
      ...(deps.readers ? { readers: deps.readers } : {}),
      ...(deps.sync ? { sync: deps.sync } : {}),
    }),
    ready: () => readiness.check(),
  };
}

const started = Symbol('yibao.ops.started');

/** The git commit the gateway runs from, when it runs from a checkout (a release tarball has none). */
function sourceCommit(): string {
  try {
    const root = new URL('../../', import.meta.url);
    const head = readFileSync(new URL('.git/HEAD', root), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 12);
    return readFileSync(new URL(`.git/${head.slice(5)}`, root), 'utf8').trim().slice(0, 12);
  } catch {
    return 'unknown';
  }
}

/** Adds the routes (/status, /status.json, /readyz, /metrics) and the timing/error hooks. */
export async function installOps(app: FastifyInstance, ops: Ops): Promise<void> {
  app.addHook('onRequest', async (request) => {
    (request as unknown as Record<symbol, bigint>)[started] = process.hrtime.bigint();
  });
  app.addHook('onError', async (request, _reply, error) => {
    const err = toGatewayError(error);
    ops.metrics.errors.inc({ code: err.code, source: 'api' });
    ops.errors.add(err, 'api', request.routeOptions.url ?? request.url.split('?')[0]);
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    const status = reply.statusCode;
    ops.metrics.requests.inc({ method: request.method, route: route ?? '(unmatched)', status: String(status) });
    const t0 = (request as unknown as Record<symbol, bigint | undefined>)[started];
    if (t0 === undefined || route === undefined) return;
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (request.method === 'POST' && SETTLE_ROUTES.has(route)) ops.metrics.settleDuration.observe({ route, outcome: outcomeOf(status) }, seconds);
    else if (request.method === 'POST' && CARD_READ_ROUTES.has(route)) ops.metrics.cardReadDuration.observe({ outcome: outcomeOf(status) }, seconds);
  });
  await statusRoutes(app, { snapshot: () => ops.status() });
  await healthRoutes(app, { readiness: () => ops.ready() });
  await metricsRoutes(app, { registry: ops.metrics.registry });
}
