/**
 * What the technician's status page shows, gathered in one place: readers and
 * cards (live from pcscd), PSAM slots, the centre link and the last sync, the outbox backlog
 * and its oldest record, offline settlements not yet acknowledged, today's totals (CST day,
 * net of cancellations) and the recent errors. Each part fails on its own: a dead pcscd
 * shows as a reader error, not as a page that does not load.
 */
import type { Db } from '../store/db.ts';
import type { Config } from '../config.ts';
import type { SettlementStore } from '../store/settlements.ts';
import type { UploaderStatus } from '../center/uploader.ts';
import type { SyncStatus } from '../center/sync.ts';
import type { ReaderStatus } from '../credentials/service.ts';
import { cstDay, dailyTotals, type DailyTotals } from '../settlement/totals.ts';
import { isGatewayError } from '../errors/gateway-error.ts';
import { toGatewayError } from '../api/server.ts';
import { newestBackup } from './backup.ts';
import type { RecentError, RecentErrors } from './recent-errors.ts';

export interface StatusSources {
  readonly config: Config;
  readonly version: string;
  readonly db: Db;
  readonly settlements: SettlementStore;
  readonly uploader: { status(): UploaderStatus };
  readonly readers?: { listReaders(): Promise<ReaderStatus[]> };
  readonly sync?: { status(): SyncStatus[] };
  readonly errors: RecentErrors;
  /** Whether the centre answers now (readiness.ts `centreReachable`). */
  readonly centreReachable: () => Promise<boolean>;
  readonly clock?: () => Date;
}

export interface Problem {
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
}

export interface StatusSnapshot {
  readonly generatedAt: string;
  readonly version: string;
  readonly gatewayId: string;
  readonly fixmedinsCode: string;
  /** `configured`: the user-card reader this counter is set to use (config userReader), when PC/SC readers are on. */
  readonly readers: { readonly list: ReadonlyArray<ReaderStatus>; readonly problem: Problem | null; readonly configured: string | null };
  readonly centre: {
    readonly url: string;
    readonly reachable: boolean;
    readonly lastUploadAt: string | null;
    readonly consecutiveFailures: number;
    readonly lastError: { readonly code: string; readonly message: string; readonly at: string } | null;
    readonly alarm: boolean;
    readonly pausedUntil: string | null;
    readonly delivered: number;
    readonly rejected: number;
    /** Records set aside as undecodable by the centre, and the newest of their ids. */
    readonly quarantined: { readonly count: number; readonly ids: readonly string[] };
  };
  readonly sync: ReadonlyArray<{ readonly kind: string; readonly version: string; readonly lastSuccessAt: string | null; readonly lastError: string | null }> | null;
  readonly outbox: { readonly backlog: number; readonly oldestCreatedAt: string | null; readonly oldestAgeSeconds: number | null };
  readonly offline: { readonly pending: number; readonly today: number };
  readonly today: DailyTotals | null;
  readonly backup: { readonly id: string; readonly kind: string; readonly createdAt: string } | null;
  /** Operators locked by wrong secrets: the IT office resets them (yibao-gateway operator reset). */
  readonly lockedOperators: ReadonlyArray<{ readonly operator_id: string; readonly name: string; readonly role: string; readonly locked_at: string }>;
  readonly errors: readonly RecentError[];
}

const iso = (ms: number | null): string | null => (ms === null || ms === 0 ? null : new Date(ms).toISOString());

function problemOf(err: unknown): Problem {
  const g = isGatewayError(err) ? err : toGatewayError(err);
  return { code: g.code, message: g.message, messageZh: g.messageZh };
}

/** Offline settlements whose outbox record the centre has not acknowledged yet. */
export function offlinePending(db: Db): number {
  return (db.prepare(`SELECT count(*) AS n FROM settlements s JOIN outbox o ON o.id = s.record_id
    WHERE s.kind = 'settlement' AND s.offline = 1 AND o.status = 'pending'`).get() as { n: number }).n;
}

export async function collectStatus(src: StatusSources): Promise<StatusSnapshot> {
  const now = (src.clock ?? (() => new Date()))();
  const configured = src.config.pcscReaders ? src.config.userReader : null;
  let readers: StatusSnapshot['readers'] = { list: [], problem: null, configured };
  if (src.readers) {
    try {
      readers = { list: await src.readers.listReaders(), problem: null, configured };
    } catch (err) {
      readers = { list: [], problem: problemOf(err), configured };
    }
  }
  const up = src.uploader.status();
  const backlog = up.backlog;
  let today: DailyTotals | null = null;
  try {
    today = dailyTotals(src.settlements, cstDay(now));
  } catch (err) {
    src.errors.add(toGatewayError(err), 'status');
  }
  let backup: StatusSnapshot['backup'] = null;
  try {
    const newest = newestBackup(src.config.backupDir);
    backup = newest ? { id: newest.id, kind: newest.kind, createdAt: newest.createdAt } : null;
  } catch {
    backup = null; // an unreadable manifest shows as "no backup": `yibao-gateway backup --list` says why
  }
  return {
    generatedAt: now.toISOString(),
    version: src.version,
    gatewayId: src.config.gatewayId,
    fixmedinsCode: src.config.fixmedinsCode,
    readers,
    centre: {
      url: src.config.centerUrl,
      reachable: await src.centreReachable(),
      lastUploadAt: iso(up.lastSuccessAt),
      consecutiveFailures: up.consecutiveFailures,
      lastError: up.lastError ? { code: up.lastError.code, message: up.lastError.message, at: new Date(up.lastError.at).toISOString() } : null,
      alarm: up.alarm,
      pausedUntil: up.pausedUntil > now.getTime() ? iso(up.pausedUntil) : null,
      delivered: up.totals.delivered + up.totals.duplicate,
      rejected: up.totals.rejected,
      quarantined: up.quarantined,
    },
    sync: src.sync ? src.sync.status().map((s) => ({ kind: s.kind, version: s.version, lastSuccessAt: iso(s.lastSuccessAt), lastError: s.lastError ? `${s.lastError.code}: ${s.lastError.message}` : null })) : null,
    outbox: {
      backlog: backlog.count,
      oldestCreatedAt: iso(backlog.oldestCreatedAt),
      oldestAgeSeconds: backlog.oldestCreatedAt === null ? null : Math.max(0, Math.round((now.getTime() - backlog.oldestCreatedAt) / 1000)),
    },
    offline: { pending: offlinePending(src.db), today: today ? today.groups.reduce((n, g) => n + g.offline, 0) : 0 },
    today,
    backup,
    lockedOperators: src.db.prepare('SELECT operator_id, name, role, locked_at FROM operators WHERE locked_at IS NOT NULL AND disabled_at IS NULL ORDER BY locked_at').all() as StatusSnapshot['lockedOperators'],
    errors: src.errors.list(20),
  };
}
