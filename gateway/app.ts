/**
 * Assembles one running gateway from its configuration: the store, the engine, the
 * services, the uploader and the HTTP API. `serve` and the tests build it the same way.
 */
import { VERSION } from './version.ts';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { createLogger, type LogFormat, type Logger } from './log.ts';
import type { Db } from './store/db.ts';
import { openForService } from './ops/upgrade.ts';
import { checkSettings } from './ops/settings-guard.ts';
import { createOps, installOps, type Ops } from './ops/index.ts';
import { OutboxStore } from './store/outbox.ts';
import { AuditLog } from './store/audit.ts';
import { defaultEngineContext, type EngineContext } from './engine/index.ts';
import type { SettlementService } from './settlement/service.ts';
import { PersonService } from './persons/identify.ts';
import { CenterClient, keyFromConfig } from './center/client.ts';
import { Uploader } from './center/uploader.ts';
import { buildServer } from './api/server.ts';
import { tlsOptions } from './auth/tls.ts';
import { fsiRoutes } from './api/routes/fsi.ts';
import { fsiDepsFrom, loadFsiProfile, type FsiProfile } from './fsi/index.ts';
import { FsiAuthenticator, parseAllowFrom } from './fsi/auth.ts';
import { createHisApi, type HisApi } from './api/his-api.ts';
import { parseApprovalPolicy } from './settlement/approvals.ts';
import { trialRoutesFor } from './api/routes/trial.ts';
import { readersRoutes } from './api/routes/readers.ts';
import { CredentialService } from './credentials/service.ts';
import { openPeripherals, type Peripherals } from './credentials/peripherals.ts';
import type { SerialDriver } from '../drivers/serial/port.ts';
import type { HidPort } from '../drivers/hid/port.ts';
import { BlocklistStore } from './store/blocklist.ts';
import { openPcscLitePort } from '../drivers/pcsc/pcsclite-port.ts';
import { PcscTransportError } from '../drivers/pcsc/errors.ts';
import { GatewayError } from './errors/gateway-error.ts';
import { unavailablePort, type PcscPort } from '../drivers/pcsc/port.ts';
import type { OfflineGate } from './settlement/offline-gate.ts';
import { SyncService } from './center/sync.ts';
import { StoreSyncSink } from './center/store-sync-sink.ts';
import { createOfflineGate } from './center/offline-limits.ts';
import { AdjudicationPoller } from './center/adjudications.ts';
import { SqliteAdjudicationSink } from './center/store-adjudications.ts';
import { sqliteReconcileSource } from './center/store-reconcile-source.ts';
import { formatReconcileReport, reconcilePeriod } from './center/reconcile.ts';
import { adjudicationRoutes } from './api/routes/adjudications.ts';
import { reconcileRoutes } from './api/routes/reconcile.ts';
import { AdjudicationOutcome } from '../protocol/center/index.ts';

export { VERSION };

export interface Gateway {
  readonly config: Config;
  readonly log: Logger;
  readonly db: Db;
  readonly app: FastifyInstance;
  readonly uploader: Uploader;
  readonly settlements: SettlementService;
  readonly persons: PersonService;
  readonly outbox: OutboxStore;
  readonly credentials: CredentialService;
  /** Serial card readers and QR voucher scanners from the configuration. */
  readonly peripherals: Peripherals;
  /** Catalogue, policies and blocklist from the centre, on start and every config.syncIntervalMs. */
  readonly sync: SyncService;
  /** Adjudication results from the centre into the store, every config.adjudicationPollMs. */
  readonly adjudications: AdjudicationPoller;
  readonly adjudicationStore: SqliteAdjudicationSink;
  /** The offline risk limits in force (config offline* options unless given). */
  readonly offlineGate: OfflineGate;
  /** Metrics, readiness, the status page's facts and recent errors. */
  readonly ops: Ops;
  /** The HIS API's services (visits, cancellations, sessions, API keys). */
  readonly api: HisApi;
  /** Starts listening and uploading; resolves to the API's base URL. */
  start(): Promise<string>;
  close(): Promise<void>;
}

export interface GatewayOptions {
  readonly logger?: Logger;
  readonly engine?: EngineContext;
  /** Defaults to a client for config.centerUrl. */
  readonly center?: CenterClient;
  /** Offline settlement risk limits; default: createOfflineGate from the config's offline* options. */
  readonly offlineGate?: OfflineGate;
  /** The card readers; default pcscd through `pcsclite` (every card read refused with GW_CARD_DRIVER_MISSING where it is missing). */
  readonly pcscPort?: PcscPort;
  /** The driver of config.serialReaders; default `serialport`. */
  readonly serialDriver?: SerialDriver;
  /** The HID port of config.scannerKeyboard / scannerHidPos; default `node-hid`. */
  readonly hidPort?: HidPort;
}

/**
 * The real PC/SC port. Where the optional `pcsclite` module is not installed the gateway still
 * serves — ID numbers and e-vouchers need no reader — and every card read is refused with
 * GW_CARD_DRIVER_MISSING, said once in the log. (A virtual card is the demo's, never serve's.)
 */
async function openReaders(log: Logger): Promise<PcscPort> {
  try {
    return await openPcscLitePort();
  } catch (err) {
    if (!(err instanceof PcscTransportError) || err.kind !== 'not-installed') throw err;
    log.error({ err: err.message }, 'card readers unavailable: the pcsclite module is not installed (it needs libpcsclite-dev); card reads are refused with GW_CARD_DRIVER_MISSING');
    return unavailablePort(err);
  }
}

/** The national endpoint's regional authentication (fsi/auth.ts), when the profile names one. */
function fsiAuthenticatorFor(profile: FsiProfile, config: Config): FsiAuthenticator | undefined {
  const auth = profile.auth;
  if (!auth || auth.scheme === 'gateway-key') return undefined;
  return new FsiAuthenticator({ scheme: auth.scheme, max_skew_seconds: auth.max_skew_seconds }, { id: config.fsiAuthId, secret: config.fsiAuthSecret, allowFrom: parseAllowFrom(config.fsiAllowFrom) });
}

/** A port that cannot be listened on, said so that a technician knows what to do. */
export function listenFailure(cause: NodeJS.ErrnoException, host: string, port: number): GatewayError {
  if (cause.code === 'EADDRINUSE') return new GatewayError('GW_PORT_IN_USE', { cause, detail: `${host}:${port}`, details: { host, port } });
  if (cause.code === 'EACCES') return new GatewayError('GW_CONFIG', { cause, detail: `port ${port} may not be opened by this user; choose a port above 1024 (--port or YIBAO_PORT)`, details: { path: 'port' } });
  if (cause.code === 'EADDRNOTAVAIL') return new GatewayError('GW_CONFIG', { cause, detail: `${host} is not an address of this machine; fix host (YIBAO_HOST)`, details: { path: 'host' } });
  return new GatewayError('GW_INTERNAL', { cause, detail: `cannot listen on ${host}:${port}: ${cause.message}` });
}

export async function createGateway(config: Config, options: GatewayOptions = {}): Promise<Gateway> {
  const log = options.logger ?? createLogger({ level: config.logLevel }, undefined, { format: config.logFormat as LogFormat });
  // Backs up first when migrations are pending; refuses a database from a newer gateway.
  const { db } = await openForService({ dbFile: join(config.dataDir, 'gateway.sqlite'), backupDir: config.backupDir, log });
  // Settings that govern money serve only as two people approved them (ops/settings-guard.ts).
  try {
    if (checkSettings(db, config) === 'first') log.info('settings that govern money recorded for this database; changing them later takes two people (yibao-gateway settings approve)');
  } catch (err) {
    db.close();
    throw err;
  }
  const engine = options.engine ?? defaultEngineContext();
  const center = options.center ?? new CenterClient({
    baseUrl: config.centerUrl,
    gatewayId: config.gatewayId,
    keyId: 'k1',
    key: keyFromConfig(config.centerKey),
  });
  const outbox = new OutboxStore(db);
  const auditLog = new AuditLog(db);
  const uploader = new Uploader({
    source: outbox,
    client: center,
    batchSize: config.uploadBatchSize,
    pollMs: config.uploadIntervalMs,
    lingerMs: config.uploadLingerMs,
    auditHead: () => auditLog.head(),
    log: log.child({ component: 'uploader' }),
  });
  uploader.on('rejected', (e) => log.warn({ record_id: e.id, mdtrt_id: e.visitId, code: e.code }, `centre rejected a record: ${e.reason}`));
  uploader.on('alarm', (e) => log.error({ backlog: e.backlog.count, age_ms: e.ageMs }, 'oldest undelivered record is older than allowed'));

  // Offline limits (EMV model): the gateway's "last online" is the centre's last
  // verified reply to any call — uploads, person queries, sync.
  const offlineGate = options.offlineGate ?? createOfflineGate({
    limits: {
      floorFen: config.offlineFloorFen,
      personMaxCount: config.offlinePersonMaxCount,
      personMaxFundFen: config.offlinePersonMaxFundFen,
      gatewayMaxCount: config.offlineGatewayMaxCount,
      gatewayMaxFundFen: config.offlineGatewayMaxFundFen,
      gatewayMaxOfflineMs: config.offlineGatewayMaxMs,
      requirePersonOnlineOnce: config.offlineRequireKnownPerson,
    },
    lastGatewayOnlineAt: () => {
      const at = Math.max(center.lastAnsweredAt() ?? -Infinity, uploader.status().lastSuccessAt ?? -Infinity);
      return Number.isFinite(at) ? at : null;
    },
  });
  const sync = new SyncService({ client: center, sink: new StoreSyncSink(db), intervalMs: config.syncIntervalMs, log: log.child({ component: 'sync' }) });
  const adjudicationStore = new SqliteAdjudicationSink(db);
  const adjudications = new AdjudicationPoller({ client: center, sink: adjudicationStore, intervalMs: config.adjudicationPollMs, log: log.child({ component: 'adjudications' }) });
  adjudications.on('adjudication', (a) => {
    if (a.outcome !== AdjudicationOutcome.ADJUDICATION_OUTCOME_ACCEPTED) log.warn({ record_id: a.recordId, setl_id: a.setlId, code: a.code }, `centre adjudicated a settlement differently: ${a.reason ?? ''}`);
  });
  // The HIS's long poll (GET /v1/adjudications?wait_ms=) wakes when a result is stored.
  const centreNews = new Set<() => void>();
  adjudications.on('adjudication', () => {
    for (const listener of centreNews) listener();
  });

  const persons = new PersonService({ db, center, budgetMs: Math.min(config.settleBudgetMs, 2000), freshMs: config.personFreshMs });
  const pcscPort = options.pcscPort ?? (config.pcscReaders ? await openReaders(log) : null);
  const peripherals = await openPeripherals(config, pcscPort, {
    log,
    ...(options.serialDriver ? { serialDriver: options.serialDriver } : {}),
    ...(options.hidPort ? { hidPort: options.hidPort } : {}),
  });
  const credentials = new CredentialService({
    port: peripherals.port,
    ...(peripherals.serial ? { pinPads: peripherals.serial } : {}),
    ...(peripherals.scanner ? { scanner: peripherals.scanner } : {}),
    blocklist: new BlocklistStore(db),
    pairing: { pairs: [{ userReader: config.userReader, psamReader: config.psamReader }] },
    allowUnverified: config.cardAllowUnverified,
    onUnverifiedRead: (read) => auditLog.append({ actor: 'gateway', action: 'card.read-unverified', subject: read.cardNumber, detail: { reader: read.reader, certno: read.certno, spec_version: read.specVersion } }),
    log: log.child({ component: 'credentials' }),
  });
  const api = createHisApi({
    db,
    engine,
    persons,
    facility: { fixmedinsCode: config.fixmedinsCode, fixmedinsName: config.fixmedinsName, level: config.hospitalLevel as 1 | 2 | 3, admdvs: config.admdvs },
    settleBudgetMs: config.settleBudgetMs,
    requireApiKey: config.requireApiKey,
    offlineGate,
    cardCheck: (person) => (credentials.readUnverified(person.certno) ? 'unverified' : null),
    control: {
      sessionIdleMs: config.sessionIdleMinutes * 60_000,
      operatorMaxFailures: config.operatorMaxFailures,
      approvalValidMs: config.approvalValidMinutes * 60_000,
      approvalPolicy: parseApprovalPolicy(config.approvalTiers),
      trustHisApprovals: config.approvalTrustHis,
      reversalGraceMs: config.reversalGraceMs,
    },
  });
  const settlements = api.settlements;

  const fsiProfile = loadFsiProfile(config.fsiProfile);
  const app = await buildServer({
    https: tlsOptions(config),
    logger: log,
    version: VERSION,
    timeouts: { idleMs: config.httpIdleTimeoutMs, requestMs: config.httpRequestTimeoutMs },
    routes: [
      ...api.routes, trialRoutesFor(engine), (app) => readersRoutes(app, { credentials }),
      adjudicationRoutes({
        store: adjudicationStore,
        onChange: (listener) => {
          centreNews.add(listener);
          return () => centreNews.delete(listener);
        },
      }),
      reconcileRoutes({
        reconcile: (period) => reconcilePeriod(center, sqliteReconcileSource(db), period, { timeoutMs: 60_000 }),
        format: formatReconcileReport,
      }),
      // The national-interface endpoint on the same services, behind the same auth hook.
      fsiRoutes(fsiDepsFrom({
        db, persons, api,
        institution: { fixmedinsCode: config.fixmedinsCode, admdvs: config.admdvs },
        profile: fsiProfile,
        log: log.child({ component: 'fsi' }),
      }), { keys: api.keys, authenticator: fsiAuthenticatorFor(fsiProfile, config), requireApiKey: config.requireApiKey }),
    ],
  });
  const ops = createOps({
    config, version: VERSION, db, log, settlements: settlements.settlements, uploader, readers: credentials, offlineGate, sync,
  });
  await installOps(app, ops);
  // A committed settlement wakes the uploader instead of waiting for the next poll.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'POST' && reply.statusCode < 300) uploader.kick();
  });

  return {
    config, log, db, app, uploader, settlements, persons, outbox, api, credentials, peripherals, ops, sync, adjudications, adjudicationStore, offlineGate,
    async start() {
      const address = await app.listen({ host: config.host, port: config.port }).catch((cause: NodeJS.ErrnoException) => {
        throw listenFailure(cause, config.host, config.port);
      });
      uploader.start();
      // The first sync and poll run in the background: a centre that is down must not keep
      // the counter from settling (the blocklist held in the store still applies meanwhile).
      void sync.start();
      adjudications.start();
      void adjudications.pollOnce();
      return address;
    },
    async close() {
      await app.close();
      await sync.stop();
      await adjudications.stop();
      await uploader.stop();
      await credentials.close();
      await peripherals.close();
      if (!options.pcscPort) await pcscPort?.close();
      db.close();
    },
  };
}
