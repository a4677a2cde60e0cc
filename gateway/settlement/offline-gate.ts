/**
 * The seam for offline settlement risk limits (DESIGN.md "Offline settlement
 * follows the EMV model"). When the centre could not confirm the person inside the settle
 * budget, the settle path asks an injected `OfflineGate` — inside the settlement's own
 * transaction, so a gate that counts earlier offline rows (`settlements.offline = 1`) sees a
 * consistent picture — whether this settlement may commit offline. The row and the receipt
 * record `offline`.
 *
 * `UNLIMITED_OFFLINE` is what a gateway does before limits are configured: every offline
 * settlement is allowed (and flagged). The configured limits (center/offline-limits.ts) replace it through
 * `SettlementServiceDeps.offlineGate`.
 */
import type { Db } from '../store/db.ts';

export interface OfflineRequest {
  readonly psn_no: string;
  readonly mdtrt_id: string;
  readonly med_type: string;
  /** What the funds would pay, in fen (the amount at risk). */
  readonly fund_pay_fen: number;
  /** Total of the settlement, in fen. */
  readonly medfee_fen: number;
  /** When the centre last confirmed this person (ISO time), or null if it never did. */
  readonly last_online_at: string | null;
  readonly now: Date;
  /** The store, inside the settlement's transaction. */
  readonly db: Db;
}

export type OfflineDecision =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'refused'; readonly reason: string; readonly limit?: string };

export interface OfflineGate {
  decide(request: OfflineRequest): OfflineDecision;
}

export const UNLIMITED_OFFLINE: OfflineGate = { decide: () => ({ kind: 'allowed' }) };
