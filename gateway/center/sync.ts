/**
 * Sync of catalogue, policies and blocklist from the centre, by version (sync.proto,
 * protocol/center/README.md "Sync"): on start and every `intervalMs`, for each kind, ask
 * with the version held and apply the answer (up to date / full / delta) to the SyncSink.
 * A card blocked at the centre is therefore refused within one interval.
 *
 * Each kind is independent: a failure of one is reported and retried at the next tick; the
 * others still apply. Outcomes are values (STYLE.md 8); the centre being down is not an
 * exception here but a 'failed' outcome with the GatewayError that says why.
 */
import { createHash } from 'node:crypto';
import { SyncKind, type SyncReplyMsg, type yibao } from '../../protocol/center/index.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { Logger } from '../log.ts';
import type { CenterClient } from './client.ts';
import type { PolicyFile, SyncKindName, SyncSink } from './sync-port.ts';

export const SYNC_KINDS: readonly SyncKindName[] = ['blocklist', 'catalogue', 'policies'];

const WIRE_KIND: Record<SyncKindName, yibao.center.v1.SyncKind> = {
  catalogue: SyncKind.SYNC_KIND_CATALOGUE,
  policies: SyncKind.SYNC_KIND_POLICIES,
  blocklist: SyncKind.SYNC_KIND_BLOCKLIST,
};

export type SyncOutcome =
  | { readonly kind: SyncKindName; readonly result: 'up-to-date'; readonly version: string }
  | { readonly kind: SyncKindName; readonly result: 'applied'; readonly version: string; readonly full: boolean; readonly upserted: number; readonly removed: number }
  | { readonly kind: SyncKindName; readonly result: 'failed'; readonly error: GatewayError };

export interface SyncServiceOptions {
  readonly client: Pick<CenterClient, 'sync'>;
  readonly sink: SyncSink;
  /** Default 5 minutes: the longest a lost card stays usable after the centre lists it. */
  readonly intervalMs?: number;
  readonly timeoutMs?: number;
  readonly kinds?: readonly SyncKindName[];
  readonly now?: () => number;
  readonly log?: Logger;
}

export interface SyncStatus {
  readonly kind: SyncKindName;
  readonly version: string;
  readonly lastSuccessAt: number | null;
  readonly lastError: { readonly code: string; readonly message: string; readonly at: number } | null;
}

export class SyncService {
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly kinds: readonly SyncKindName[];
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SyncOutcome[]> | undefined;
  /** Aborted by stop(): a call hanging on a silent centre must not hold up the gateway's shutdown. */
  private abort = new AbortController();
  private readonly state = new Map<SyncKindName, { lastSuccessAt: number | null; lastError: SyncStatus['lastError'] }>();

  constructor(private readonly opts: SyncServiceOptions) {
    this.intervalMs = opts.intervalMs ?? 5 * 60_000;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.kinds = opts.kinds ?? SYNC_KINDS;
    this.now = opts.now ?? Date.now;
  }

  /** Syncs now, then every intervalMs. Resolves with the first round's outcomes. */
  async start(): Promise<SyncOutcome[]> {
    if (this.abort.signal.aborted) this.abort = new AbortController();
    // The timer is set before the first round, so a stop() during that round clears it.
    this.timer ??= setInterval(() => void this.syncNow(), this.intervalMs);
    this.timer.unref();
    return this.syncNow();
  }

  /** Stops the timer and cancels a round in progress (its kinds end 'failed'). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.abort.abort();
    await this.running;
  }

  /** One round over every kind; concurrent calls share the round in progress. */
  syncNow(): Promise<SyncOutcome[]> {
    if (!this.running) {
      this.running = (async () => {
        const outcomes: SyncOutcome[] = [];
        for (const kind of this.kinds) outcomes.push(await this.syncKind(kind));
        return outcomes;
      })().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  status(): SyncStatus[] {
    return this.kinds.map((kind) => ({ kind, version: this.opts.sink.heldVersion(kind), lastSuccessAt: this.state.get(kind)?.lastSuccessAt ?? null, lastError: this.state.get(kind)?.lastError ?? null }));
  }

  private async syncKind(kind: SyncKindName): Promise<SyncOutcome> {
    const held = this.opts.sink.heldVersion(kind);
    const prior = this.state.get(kind) ?? { lastSuccessAt: null, lastError: null };
    try {
      const reply = await this.opts.client.sync({ kind: WIRE_KIND[kind], haveVersion: held }, { timeoutMs: this.timeoutMs, signal: this.abort.signal });
      const outcome = this.apply(kind, reply);
      this.state.set(kind, { lastSuccessAt: this.now(), lastError: null });
      if (outcome.result === 'applied') this.opts.log?.info({ kind, version: outcome.version, full: outcome.full, upserted: outcome.upserted, removed: outcome.removed }, 'centre data synced');
      return outcome;
    } catch (err) {
      const error = err instanceof GatewayError ? err : new GatewayError('GW_CENTER_BAD_REPLY', { cause: err, detail: `sync ${kind}` });
      this.state.set(kind, { lastSuccessAt: prior.lastSuccessAt, lastError: { code: error.code, message: error.message, at: this.now() } });
      this.opts.log?.warn({ kind, err: error }, 'centre sync failed; keeping the data held');
      return { kind, result: 'failed', error };
    }
  }

  private apply(kind: SyncKindName, reply: SyncReplyMsg): SyncOutcome {
    if (reply.kind !== WIRE_KIND[kind]) throw new GatewayError('GW_CENTER_BAD_REPLY', { detail: `asked for ${kind}, the centre answered kind ${reply.kind}` });
    if (reply.upToDate) return { kind, result: 'up-to-date', version: reply.version };
    const change = { version: reply.version, full: reply.full, removed: reply.removed };
    let upserted: number;
    switch (kind) {
      case 'catalogue':
        this.opts.sink.applyCatalogue({ ...change, items: reply.catalogue });
        upserted = reply.catalogue.length;
        break;
      case 'policies':
        for (const file of reply.policies) checkDigest(file);
        this.opts.sink.applyPolicies({ ...change, items: reply.policies });
        upserted = reply.policies.length;
        break;
      case 'blocklist':
        this.opts.sink.applyBlocklist({ ...change, items: reply.blocklist });
        upserted = reply.blocklist.length;
        break;
      default: {
        const never: never = kind;
        throw new Error(`unknown sync kind ${String(never)}`);
      }
    }
    return { kind, result: 'applied', version: reply.version, full: reply.full, upserted, removed: reply.removed.length };
  }
}

/** A policy file whose bytes do not match its SHA-256 is refused before anything is applied. */
function checkDigest(file: PolicyFile): void {
  const content = file.content ?? new Uint8Array();
  const digest = createHash('sha256').update(content).digest();
  if (!file.sha256 || !digest.equals(Buffer.from(file.sha256))) {
    throw new GatewayError('GW_CENTER_BAD_REPLY', { detail: `policy file ${file.region ?? ''}/${file.version ?? ''}: SHA-256 does not match its content`, details: { region: file.region, version: file.version } });
  }
}
