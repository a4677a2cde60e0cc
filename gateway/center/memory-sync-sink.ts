/**
 * An in-memory SyncSink, for tests and for a gateway without a store. It is also a
 * card-credential `Blocklist` (isBlocked by card number), so the card service can read
 * what the sync service wrote.
 */
import type { BlockedCard, CatalogueItem, PolicyFile, SyncChange, SyncKindName, SyncSink } from './sync-port.ts';

export class MemorySyncSink implements SyncSink {
  readonly catalogue = new Map<string, CatalogueItem>();
  readonly policies = new Map<string, PolicyFile>();
  readonly blocklist = new Map<string, BlockedCard>();
  private readonly versions: Record<SyncKindName, string> = { catalogue: '', policies: '', blocklist: '' };

  heldVersion(kind: SyncKindName): string {
    return this.versions[kind];
  }

  applyCatalogue(change: SyncChange<CatalogueItem>): void {
    apply(this.catalogue, change, (c) => c.medListCodg ?? '');
    this.versions.catalogue = change.version;
  }

  applyPolicies(change: SyncChange<PolicyFile>): void {
    apply(this.policies, change, (p) => `${p.region ?? ''}/${p.version ?? ''}`);
    this.versions.policies = change.version;
  }

  applyBlocklist(change: SyncChange<BlockedCard>): void {
    apply(this.blocklist, change, (b) => b.cardNo ?? '');
    this.versions.blocklist = change.version;
  }

  isBlocked(key: string): { reason: string } | null {
    const entry = this.blocklist.get(key);
    return entry ? { reason: entry.reason ?? 'LOST' } : null;
  }
}

function apply<T>(map: Map<string, T>, change: SyncChange<T>, keyOf: (item: T) => string): void {
  if (change.full) map.clear();
  for (const key of change.removed) map.delete(key);
  for (const item of change.items) map.set(keyOf(item), item);
}
