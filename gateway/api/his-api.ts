/**
 * The HIS-facing API in one piece: the services behind it (settlement, cancellation, visits,
 * operator sessions, API keys) and its route plugins, auth first. `app.ts` builds it from the
 * store and hands `routes` to the server.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../store/db.ts';
import type { EngineContext } from '../engine/index.ts';
import type { PersonService } from '../persons/identify.ts';
import { SettlementService, type SettlementServiceDeps } from '../settlement/service.ts';
import { CancellationService } from '../settlement/cancel.ts';
import { VisitService } from '../settlement/visits.ts';
import type { OfflineGate } from '../settlement/offline-gate.ts';
import { OperatorSessions } from '../auth/sessions.ts';
import { OperatorRegistry } from '../auth/operators.ts';
import { ApprovalService } from '../settlement/approval-records.ts';
import type { ApprovalPolicy } from '../settlement/approvals.ts';
import { approvalRoutes } from './routes/approvals.ts';
import { ApiKeys } from '../auth/api-keys.ts';
import { authPlugin } from '../auth/plugin.ts';
import { settlementRoutes } from './routes/settlements.ts';
import { visitRoutes } from './routes/visits.ts';
import { operatorRoutes } from './routes/operators.ts';
import { personRoutes } from './routes/persons.ts';
import { DataVersionStore } from '../store/data-versions.ts';

export interface HisApiOptions {
  readonly db: Db;
  readonly engine: EngineContext;
  readonly persons: PersonService;
  readonly facility: { readonly fixmedinsCode: string; readonly fixmedinsName?: string; readonly level: 1 | 2 | 3; readonly admdvs: string };
  /** config.settleBudgetMs */
  readonly settleBudgetMs: number;
  /** config.requireApiKey */
  readonly requireApiKey: boolean;
  /** Offline risk limits; default: none. */
  readonly offlineGate?: OfflineGate;
  /** Flags settlements of a person whose card was read without authentication (SettlementServiceDeps.cardCheck). */
  readonly cardCheck?: SettlementServiceDeps['cardCheck'];
  /** Who may do what: sessions, secrets, approvals (config sessionIdleMinutes, operatorMaxFailures, approval*, reversalGraceMs). */
  readonly control?: InternalControl;
  readonly now?: () => Date;
}

export interface InternalControl {
  readonly sessionIdleMs?: number;
  readonly operatorMaxFailures?: number;
  readonly approvalValidMs?: number;
  readonly approvalPolicy?: ApprovalPolicy;
  readonly trustHisApprovals?: boolean;
  readonly reversalGraceMs?: number;
}

export interface HisApi {
  readonly settlements: SettlementService;
  readonly cancellations: CancellationService;
  readonly visits: VisitService;
  readonly sessions: OperatorSessions;
  readonly operators: OperatorRegistry;
  readonly approvals: ApprovalService;
  readonly keys: ApiKeys;
  /** Route plugins for buildServer, the auth hook first. */
  readonly routes: ReadonlyArray<(app: FastifyInstance) => Promise<void>>;
}

export function createHisApi(options: HisApiOptions): HisApi {
  const { db, now } = options;
  const versions = new DataVersionStore(db);
  db.transaction(() => {
    versions.record('catalogue', [options.engine.catalogue.version]);
    versions.record('policy', options.engine.policies.policies.map((p) => p.id));
  }).immediate();
  const control = options.control ?? {};
  const operators = new OperatorRegistry(db, { now, maxFailures: control.operatorMaxFailures });
  const sessions = new OperatorSessions(db, operators, { now, idleMs: control.sessionIdleMs });
  const approvals = new ApprovalService(db, operators, { now, validMs: control.approvalValidMs, policy: control.approvalPolicy });
  const keys = new ApiKeys(db, now);
  const settlements = new SettlementService({
    db,
    engine: options.engine,
    facility: options.facility,
    confirm: (psnNo, budgetMs, operator) => options.persons.confirm(psnNo, budgetMs, operator),
    budgetMs: options.settleBudgetMs,
    ...(options.offlineGate ? { offlineGate: options.offlineGate } : {}),
    ...(options.cardCheck ? { cardCheck: options.cardCheck } : {}),
    ...(now ? { now } : {}),
  });
  const cancellations = new CancellationService({
    db, approvals, now,
    ...(control.trustHisApprovals !== undefined ? { trustHisApprovals: control.trustHisApprovals } : {}),
    ...(control.reversalGraceMs !== undefined ? { reversalGraceMs: control.reversalGraceMs } : {}),
  });
  const visits = new VisitService(db, settlements, now);
  return {
    settlements, cancellations, visits, sessions, operators, approvals, keys,
    routes: [
      authPlugin({ keys, sessions, requireApiKey: options.requireApiKey }),
      operatorRoutes(sessions, operators),
      approvalRoutes(approvals),
      personRoutes(options.persons),
      settlementRoutes({
        settlements, cancellations,
        institution: { name: options.facility.fixmedinsName ?? options.facility.fixmedinsCode, code: options.facility.fixmedinsCode },
        operatorName: (id) => sessions.operatorName(id),
      }),
      visitRoutes(visits),
    ],
  };
}
