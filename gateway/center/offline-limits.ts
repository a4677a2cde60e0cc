/**
 * Offline settlement risk limits (DESIGN.md "Offline settlement follows the EMV
 * model"; peer-systems.md "EMV terminal risk management"). When the centre cannot confirm the
 * person inside the settle budget, the settlement service asks this gate — inside the
 * settlement's own transaction — whether it may commit offline. Beyond any limit the answer
 * is a refusal with a reason, never a guess.
 *
 * | limit (OfflineLimits)          | EMV counterpart                         | refused when                                                     |
 * |--------------------------------|-----------------------------------------|------------------------------------------------------------------|
 * | floorFen                       | terminal floor limit                    | this settlement's fund share is over it                          |
 * | splitWindowMs                  | floor limit against recent amounts      | this person's offline fund shares in the window + this exceed floorFen (split sales) |
 * | personMaxCount / personMaxFundFen | consecutive-offline upper limit      | the person's offline settlements since the centre last confirmed them reach the count or amount |
 * | gatewayMaxCount / gatewayMaxFundFen | (per-terminal offline exposure)     | all offline settlements since the gateway's last online confirmation reach the count or amount |
 * | gatewayMaxOfflineMs            | (maximum offline period, cf. gematik 6) | the gateway's last online confirmation is older than this, or there never was one |
 * | requirePersonOnlineOnce        | exception file / unknown card           | the centre never confirmed this person                            |
 *
 * "Online confirmation" of the gateway = the latest of: a settlement that committed online
 * (settlements.offline = 0) and any later successful contact the caller reports
 * (`lastGatewayOnlineAt`, e.g. the uploader's last acknowledgement).
 */
import type { OfflineDecision, OfflineGate, OfflineRequest } from '../settlement/offline-gate.ts';
import type { Db } from '../store/db.ts';
import { fromFen } from '../../protocol/money.ts';

export interface OfflineLimits {
  readonly floorFen: number;
  readonly splitWindowMs: number;
  readonly personMaxCount: number;
  readonly personMaxFundFen: number;
  readonly gatewayMaxCount: number;
  readonly gatewayMaxFundFen: number;
  readonly gatewayMaxOfflineMs: number;
  readonly requirePersonOnlineOnce: boolean;
}

/**
 * Conservative defaults for a pharmacy counter: small sales only, a handful per person,
 * a day's worth per gateway. Regions set their own through configuration.
 */
export const DEFAULT_OFFLINE_LIMITS: OfflineLimits = {
  floorFen: 50_000, // 500.00 yuan of fund share per settlement
  splitWindowMs: 24 * 3600_000,
  personMaxCount: 3,
  personMaxFundFen: 100_000,
  gatewayMaxCount: 200,
  gatewayMaxFundFen: 5_000_000,
  gatewayMaxOfflineMs: 24 * 3600_000,
  requirePersonOnlineOnce: false,
};

/** What the gate needs to know about earlier offline settlements (one query each). */
export interface OfflineHistory {
  /** Sum of fund shares of this person's offline settlements since `sinceIso`. */
  personOffline(psnNo: string, sinceIso: string | null): { count: number; fundFen: number };
  /** Offline settlements of the whole gateway since `sinceIso`. */
  gatewayOffline(sinceIso: string | null): { count: number; fundFen: number };
  /** created_at of the latest settlement that committed online, or null. */
  lastOnlineSettlementAt(): string | null;
}

/** The history read from the store's `settlements` table (offline flag, fund share in fen, ISO created_at). */
export function sqliteOfflineHistory(db: Db): OfflineHistory {
  const person = db.prepare<[string, string], { n: number; fund: number | null }>(
    "SELECT count(*) AS n, sum(fund_pay_sumamt) AS fund FROM settlements WHERE kind = 'settlement' AND offline = 1 AND psn_no = ? AND created_at > ?");
  const gateway = db.prepare<[string], { n: number; fund: number | null }>(
    "SELECT count(*) AS n, sum(fund_pay_sumamt) AS fund FROM settlements WHERE kind = 'settlement' AND offline = 1 AND created_at > ?");
  // Walks settlements_created backwards and stops at the first online row (max() with this
  // WHERE would read the whole index). The offline counts use migration 4's partial indexes.
  const lastOnline = db.prepare<[], { at: string | null }>("SELECT created_at AS at FROM settlements INDEXED BY settlements_created WHERE kind = 'settlement' AND offline = 0 ORDER BY created_at DESC LIMIT 1");
  return {
    personOffline: (psnNo, since) => {
      const r = person.get(psnNo, since ?? '') as { n: number; fund: number | null };
      return { count: r.n, fundFen: r.fund ?? 0 };
    },
    gatewayOffline: (since) => {
      const r = gateway.get(since ?? '') as { n: number; fund: number | null };
      return { count: r.n, fundFen: r.fund ?? 0 };
    },
    lastOnlineSettlementAt: () => (lastOnline.get() as { at: string | null } | undefined)?.at ?? null,
  };
}

export interface OfflineGateOptions {
  readonly limits?: Partial<OfflineLimits>;
  /** Unix ms of the gateway's last successful contact with the centre, if known. */
  readonly lastGatewayOnlineAt?: () => number | null;
  /** Defaults to sqliteOfflineHistory over the request's db. */
  readonly history?: (db: Db) => OfflineHistory;
}

export function createOfflineGate(options: OfflineGateOptions = {}): OfflineGate {
  const limits: OfflineLimits = { ...DEFAULT_OFFLINE_LIMITS, ...options.limits };
  const historyFor = options.history ?? sqliteOfflineHistory;
  const cache = new WeakMap<Db, OfflineHistory>();
  return {
    decide(req: OfflineRequest): OfflineDecision {
      let history = cache.get(req.db);
      if (!history) {
        history = historyFor(req.db);
        cache.set(req.db, history);
      }
      const now = req.now.getTime();
      if (req.fund_pay_fen > limits.floorFen) {
        return { kind: 'refused', reason: `fund share ${fromFen(req.fund_pay_fen)} is over the offline floor limit`, limit: `floor ${fromFen(limits.floorFen)}` };
      }
      const window = history.personOffline(req.psn_no, new Date(now - limits.splitWindowMs).toISOString());
      if (window.fundFen + req.fund_pay_fen > limits.floorFen) {
        return { kind: 'refused', reason: `this person's offline fund shares in the last ${Math.round(limits.splitWindowMs / 3600_000)} h would reach ${fromFen(window.fundFen + req.fund_pay_fen)}, over the floor limit (split sale)`, limit: `floor ${fromFen(limits.floorFen)}` };
      }
      if (req.last_online_at === null && limits.requirePersonOnlineOnce) {
        return { kind: 'refused', reason: 'the centre has never confirmed this person; an offline settlement needs one earlier online confirmation', limit: 'person confirmed once' };
      }
      const person = history.personOffline(req.psn_no, req.last_online_at);
      if (person.count + 1 > limits.personMaxCount) {
        return { kind: 'refused', reason: `this person already has ${person.count} offline settlements since the centre last confirmed them`, limit: `person count ${limits.personMaxCount}` };
      }
      if (person.fundFen + req.fund_pay_fen > limits.personMaxFundFen) {
        return { kind: 'refused', reason: `this person's offline fund shares would reach ${fromFen(person.fundFen + req.fund_pay_fen)}`, limit: `person amount ${fromFen(limits.personMaxFundFen)}` };
      }
      const fromSettlements = history.lastOnlineSettlementAt();
      const fromContact = options.lastGatewayOnlineAt?.() ?? null;
      const lastOnline = Math.max(fromSettlements ? Date.parse(fromSettlements) : -Infinity, fromContact ?? -Infinity);
      if (!Number.isFinite(lastOnline)) {
        return { kind: 'refused', reason: 'this gateway has never been confirmed online by the centre', limit: `gateway offline ${Math.round(limits.gatewayMaxOfflineMs / 3600_000)} h` };
      }
      if (now - lastOnline > limits.gatewayMaxOfflineMs) {
        return { kind: 'refused', reason: `the gateway has been offline for ${Math.round((now - lastOnline) / 60_000)} min`, limit: `gateway offline ${Math.round(limits.gatewayMaxOfflineMs / 3600_000)} h` };
      }
      const gateway = history.gatewayOffline(new Date(lastOnline).toISOString());
      if (gateway.count + 1 > limits.gatewayMaxCount) {
        return { kind: 'refused', reason: `the gateway already has ${gateway.count} offline settlements since it was last online`, limit: `gateway count ${limits.gatewayMaxCount}` };
      }
      if (gateway.fundFen + req.fund_pay_fen > limits.gatewayMaxFundFen) {
        return { kind: 'refused', reason: `the gateway's offline fund shares would reach ${fromFen(gateway.fundFen + req.fund_pay_fen)}`, limit: `gateway amount ${fromFen(limits.gatewayMaxFundFen)}` };
      }
      return { kind: 'allowed' };
    },
  };
}
