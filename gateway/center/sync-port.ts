/**
 * Where the sync service puts what the centre publishes (types only). The lead's store
 * implements it on SQLite (the `blocklist` table, catalogue and policy files);
 * `memory-sync-sink.ts` is the in-memory one. Each apply runs as one transaction: a reader
 * sees the old list or the new one, never half of a delta.
 */
import type { yibao } from '../../protocol/center/index.ts';

export type SyncKindName = 'catalogue' | 'policies' | 'blocklist';

export type CatalogueItem = yibao.center.v1.CatalogueItem.$Properties;
export type PolicyFile = yibao.center.v1.PolicyFile.$Properties;
export type BlockedCard = yibao.center.v1.BlockedCard.$Properties;

/** One reply to apply: `full` replaces everything held; otherwise upsert `items`, delete `removed`. */
export interface SyncChange<T> {
  readonly version: string;
  readonly full: boolean;
  readonly items: readonly T[];
  /** Keys: med_list_codg, "region/version", or card_no. */
  readonly removed: readonly string[];
}

export interface SyncSink {
  /** The version held for a kind, '' when nothing has been synced yet. */
  heldVersion(kind: SyncKindName): string;
  applyCatalogue(change: SyncChange<CatalogueItem>): void;
  /** Policy files arrive with their SHA-256 already checked by the sync service. */
  applyPolicies(change: SyncChange<PolicyFile>): void;
  applyBlocklist(change: SyncChange<BlockedCard>): void;
}
