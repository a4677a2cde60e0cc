/**
 * The uploader: drains the transactional outbox to the centre (DESIGN.md "The central link").
 *
 * - Pages rows from the OutboxSource `batchSize` at a time; never loads the backlog.
 * - Up to `concurrency` batches in flight (p-queue); a visit is never in two batches at
 *   once, and within a batch its records are in seq order, so the centre sees each visit in
 *   commit order.
 * - A row leaves `pending` only on the centre's acknowledgement naming it: ACCEPTED →
 *   delivered, DUPLICATE → delivered (already held), REJECTED → rejected (final, surfaced
 *   as a 'rejected' event). A row the ack does not name, or of a batch that failed, is
 *   retried with exponential back-off and jitter (backoff.ts).
 * - Back-pressure: 429/503 pause the whole uploader for Retry-After (or the back-off);
 *   network failures and timeouts pause it for the back-off too.
 * - A batch the centre refuses as undecodable (HTTP 400 BAD_BODY) is split in halves and each
 *   sent again, down to the one record the centre cannot read; that record is quarantined
 *   (rejected with QUARANTINE_CODE, a 'quarantined' event, /readyz degraded) once the centre
 *   has shown it takes this gateway's batches otherwise — so one bad record never holds
 *   back the others, and a fault of the gateway's own (every batch refused) quarantines nothing.
 * - Alarm: when the oldest pending row is older than `alarmAfterMs` (Taiwan NHI's 24-hour
 *   upload rule, peer-systems.md), an 'alarm' event fires once until the backlog is young again.
 */
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import PQueue from 'p-queue';
import { AckStatus, type UploadAckMsg } from '../../protocol/center/index.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { Logger } from '../log.ts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
import type { CenterClient } from './client.ts';
import { QUARANTINE_CODE, type OutboxBacklog, type OutboxRow, type OutboxSource } from '../store/outbox-port.ts';

export const DEFAULT_ALARM_AFTER_MS = 24 * 60 * 60 * 1000;

export interface UploaderOptions {
  readonly source: OutboxSource;
  readonly client: Pick<CenterClient, 'upload'>;
  readonly batchSize?: number;
  readonly concurrency?: number;
  /** Per-row retry back-off (by the row's attempts). */
  readonly backoff?: BackoffPolicy;
  /** Pause of the whole uploader after consecutive centre-wide failures. */
  readonly pauseBackoff?: BackoffPolicy;
  /** Deadline of one upload call. */
  readonly timeoutMs?: number;
  /** How often the loop looks for due rows when idle. */
  readonly pollMs?: number;
  /**
   * How long a kick() waits before the loop looks (default 20 ms): the settlements committed
   * meanwhile share that one look and one batch, instead of a query of the outbox per request.
   */
  readonly lingerMs?: number;
  /** The audit chain's head, sent with every batch for the centre to keep (store/audit.ts). */
  readonly auditHead?: () => { readonly seq: number; readonly hash: string };
  readonly alarmAfterMs?: number;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly log?: Logger;
}

export interface RejectedEvent {
  readonly id: string;
  readonly visitId: string;
  readonly code: string;
  readonly reason: string;
}

export interface QuarantinedEvent {
  readonly id: string;
  readonly visitId: string;
  readonly reason: string;
}

export interface AlarmEvent {
  readonly backlog: OutboxBacklog;
  readonly ageMs: number;
  readonly error: GatewayError;
}

export interface BatchOutcome {
  readonly sent: number;
  readonly delivered: number;
  readonly duplicate: number;
  readonly rejected: number;
  readonly retried: number;
  readonly error?: GatewayError;
}

export interface UploaderStatus {
  readonly running: boolean;
  readonly inFlightBatches: number;
  readonly pausedUntil: number;
  readonly consecutiveFailures: number;
  readonly lastSuccessAt: number | null;
  readonly lastError: { readonly code: string; readonly message: string; readonly at: number } | null;
  readonly alarm: boolean;
  readonly totals: { readonly delivered: number; readonly duplicate: number; readonly rejected: number; readonly retried: number; readonly batches: number };
  readonly backlog: OutboxBacklog;
  /** Records set aside as undecodable by the centre (they wait for the IT office). */
  readonly quarantined: { readonly count: number; readonly ids: readonly string[] };
}

export interface UploaderEvents {
  rejected: [RejectedEvent];
  quarantined: [QuarantinedEvent];
  alarm: [AlarmEvent];
  alarmCleared: [OutboxBacklog];
  batch: [BatchOutcome];
}

export class Uploader extends EventEmitter<UploaderEvents> {
  private readonly source: OutboxSource;
  private readonly client: Pick<CenterClient, 'upload'>;
  private readonly batchSize: number;
  private readonly backoff: BackoffPolicy;
  private readonly pauseBackoff: BackoffPolicy;
  private readonly timeoutMs: number;
  private readonly pollMs: number;
  private readonly lingerMs: number;
  private readonly auditHead: UploaderOptions['auditHead'];
  private lingerTimer: NodeJS.Timeout | undefined;
  private readonly alarmAfterMs: number;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly log: Logger | undefined;
  private readonly queue: PQueue;
  private readonly inFlightVisits = new Set<string>();
  private readonly inFlightIds = new Set<string>();
  private abort = new AbortController();
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** A kick that came while the loop was not waiting (mid-drain): the loop looks again at once instead of sleeping. */
  private kicked = false;
  private pausedUntil = 0;
  private consecutiveFailures = 0;
  private lastSuccessAt: number | null = null;
  private lastError: UploaderStatus['lastError'] = null;
  private alarmOn = false;
  /** The current or last outage: when the first batch failed, and records delivered since the link came back. */
  private outage: { since: number; restoredAt: number | null; delivered: number } | null = null;
  private readonly totals = { delivered: 0, duplicate: 0, rejected: 0, retried: 0, batches: 0 };

  constructor(opts: UploaderOptions) {
    super();
    this.source = opts.source;
    this.client = opts.client;
    this.auditHead = opts.auditHead;
    this.batchSize = opts.batchSize ?? 200;
    this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.pauseBackoff = opts.pauseBackoff ?? opts.backoff ?? DEFAULT_BACKOFF;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.pollMs = opts.pollMs ?? 1_000;
    this.lingerMs = opts.lingerMs ?? 20;
    this.alarmAfterMs = opts.alarmAfterMs ?? DEFAULT_ALARM_AFTER_MS;
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.log = opts.log;
    this.queue = new PQueue({ concurrency: opts.concurrency ?? 2 });
  }

  /** Starts the background loop. */
  start(): void {
    if (this.running) return;
    if (this.abort.signal.aborted) this.abort = new AbortController(); // started again after stop()
    this.running = true;
    this.loop = this.run();
  }

  /** Stops taking new batches, aborts those in flight (their rows stay pending) and waits. */
  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort(new Error('uploader stopped'));
    clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    this.wake?.();
    await this.loop;
    await this.queue.onIdle();
  }

  /**
   * Wakes the loop, e.g. right after a settlement committed, within `lingerMs`: the kicks of
   * that window (one per settlement at a busy counter) share one look at the outbox.
   */
  kick(): void {
    if (this.lingerMs <= 0) {
      this.wakeNow();
      return;
    }
    this.lingerTimer ??= setTimeout(() => {
      this.lingerTimer = undefined;
      this.wakeNow();
    }, this.lingerMs);
  }

  private wakeNow(): void {
    if (this.wake) this.wake();
    else this.kicked = true;
  }

  /**
   * Sends until nothing is due or the centre pushes back; resolves when the batches it
   * started are answered. The background loop is this, repeated; tests call it directly.
   */
  async drainOnce(): Promise<void> {
    for (;;) {
      if (this.abort.signal.aborted || this.now() < this.pausedUntil) break;
      if (this.queue.size + this.queue.pending >= this.queue.concurrency) {
        await waitForSlot(this.queue);
        continue;
      }
      const rows = this.source.nextBatch(this.batchSize, this.now(), this.inFlightVisits).filter((r) => !this.inFlightIds.has(r.id) && !this.inFlightVisits.has(r.visitId));
      if (rows.length === 0) {
        // Nothing due outside the visits in flight: wait for a batch to come back, then look again.
        if (this.queue.pending + this.queue.size === 0) break;
        await waitForSlot(this.queue);
        continue;
      }
      for (const r of rows) {
        this.inFlightVisits.add(r.visitId);
        this.inFlightIds.add(r.id);
      }
      void this.queue.add(() => this.sendBatch(rows));
    }
    await this.queue.onIdle();
    this.checkAlarm();
  }

  status(): UploaderStatus {
    return {
      running: this.running,
      inFlightBatches: this.queue.pending,
      pausedUntil: this.pausedUntil,
      consecutiveFailures: this.consecutiveFailures,
      lastSuccessAt: this.lastSuccessAt,
      lastError: this.lastError,
      alarm: this.alarmOn,
      totals: { ...this.totals },
      backlog: this.source.backlog(),
      quarantined: this.source.quarantined(),
    };
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.kicked = false;
      try {
        await this.drainOnce();
      } catch (err) {
        // A store failure (disk full, locked): log, keep the loop alive, try again later.
        this.log?.error({ err }, 'uploader: outbox access failed');
      }
      if (!this.running) break;
      // Records committed after the drain's last look would otherwise wait for the next poll.
      if (this.kicked) continue;
      const wait = Math.max(this.pollMs, this.pausedUntil - this.now());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(wait, this.pollMs * 10));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private async sendBatch(rows: readonly OutboxRow[]): Promise<void> {
    try {
      await this.deliver(rows);
    } finally {
      for (const r of rows) {
        this.inFlightVisits.delete(r.visitId);
        this.inFlightIds.delete(r.id);
      }
    }
  }

  /** One upload call for these rows; a batch refused as undecodable is split until the bad record is found. */
  private async deliver(rows: readonly OutboxRow[]): Promise<void> {
    const batchId = randomUUID();
    let ack: UploadAckMsg;
    try {
      ack = await this.client.upload(batchId, rows.map((r) => r.payload), { timeoutMs: this.timeoutMs, signal: this.abort.signal }, this.auditHead?.());
    } catch (err) {
      const error = err instanceof GatewayError ? err : new GatewayError('GW_CENTER_UNREACHABLE', { cause: err });
      if (!isUndecodable(error) || this.abort.signal.aborted) {
        this.onBatchFailed(batchId, rows, error);
      } else if (rows.length > 1) {
        const half = Math.ceil(rows.length / 2);
        // In order: a visit's records keep their seq order across the halves.
        await this.deliver(rows.slice(0, half));
        await this.deliver(rows.slice(half));
      } else if (await this.centreTakesOtherBatches()) {
        this.quarantine(rows[0]!, error);
      } else {
        this.onBatchFailed(batchId, rows, error);
      }
      return;
    }
    this.onAck(batchId, rows, ack);
  }

  /**
   * Evidence that a batch refused as undecodable is the record's fault, not the link's: the
   * centre acknowledged a batch of this gateway within the hour, or acknowledges an empty one now.
   */
  private async centreTakesOtherBatches(): Promise<boolean> {
    if (this.lastSuccessAt !== null && this.now() - this.lastSuccessAt < 3_600_000) return true;
    try {
      await this.client.upload(randomUUID(), [], { timeoutMs: this.timeoutMs, signal: this.abort.signal });
      return true;
    } catch {
      return false;
    }
  }

  private quarantine(row: OutboxRow, error: GatewayError): void {
    const reason = `the centre cannot decode this record (${error.message}); it is set aside, the other records are delivered`;
    this.source.markRejected(row.id, QUARANTINE_CODE, reason, this.now());
    this.totals.rejected += 1;
    this.log?.error({ record_id: row.id, visit_id: row.visitId, code: QUARANTINE_CODE, err: error },
      `upload record ${row.id} quarantined: the centre cannot decode it; the other records go on. Call support with this record id (GET /v1/settlements/<setl_id>/center shows it to the HIS)`);
    this.emit('quarantined', { id: row.id, visitId: row.visitId, reason });
  }

  private onAck(batchId: string, rows: readonly OutboxRow[], ack: UploadAckMsg): void {
    const at = this.now();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const accepted: string[] = [];
    const duplicate: string[] = [];
    const done = new Set<string>();
    let rejected = 0;
    for (const a of ack.acks) {
      const id = a.recordId ?? '';
      const row = byId.get(id);
      // Duplicate acknowledgements and acks for ids we did not send change nothing.
      if (!row || done.has(id)) continue;
      switch (a.status) {
        case AckStatus.ACK_STATUS_ACCEPTED:
          accepted.push(id);
          break;
        case AckStatus.ACK_STATUS_DUPLICATE:
          duplicate.push(id);
          break;
        case AckStatus.ACK_STATUS_REJECTED: {
          const code = a.code ?? '';
          const reason = a.reason ?? '';
          this.source.markRejected(id, code, reason, at);
          rejected += 1;
          this.log?.warn({ record_id: id, code, batch_id: batchId }, 'centre rejected a record');
          this.emit('rejected', { id, visitId: row.visitId, code, reason });
          break;
        }
        case AckStatus.ACK_STATUS_UNSPECIFIED:
          continue; // not an answer: the row stays pending
        default:
          continue; // a status from a newer protocol version: treat as unanswered
      }
      done.add(id);
    }
    if (accepted.length > 0) this.source.markDelivered(accepted, at);
    if (duplicate.length > 0) this.source.markDuplicate(duplicate, at);
    const missing = rows.filter((r) => !done.has(r.id));
    this.scheduleRows(missing, 'not acknowledged');
    if (this.outage) {
      this.outage.restoredAt ??= at;
      this.outage.delivered += accepted.length + duplicate.length;
    }
    this.consecutiveFailures = 0;
    this.lastSuccessAt = at;
    this.totals.delivered += accepted.length;
    this.totals.duplicate += duplicate.length;
    this.totals.rejected += rejected;
    this.totals.retried += missing.length;
    this.totals.batches += 1;
    this.log?.debug({ batch_id: batchId, sent: rows.length, accepted: accepted.length, duplicate: duplicate.length, rejected, missing: missing.length }, 'upload acknowledged');
    this.emit('batch', { sent: rows.length, delivered: accepted.length, duplicate: duplicate.length, rejected, retried: missing.length });
  }

  private onBatchFailed(batchId: string, rows: readonly OutboxRow[], error: GatewayError): void {
    const at = this.now();
    this.lastError = { code: error.code, message: error.message, at };
    this.totals.retried += rows.length;
    if (this.abort.signal.aborted) {
      // Stopping: the rows simply stay pending and due; the next start sends them again.
      this.emit('batch', { sent: rows.length, delivered: 0, duplicate: 0, rejected: 0, retried: rows.length, error });
      return;
    }
    this.scheduleRows(rows, error.code);
    if (this.consecutiveFailures === 0 && (this.outage === null || this.outage.restoredAt !== null)) this.outage = { since: at, restoredAt: null, delivered: 0 };
    this.consecutiveFailures += 1;
    const retryAfterMs = typeof error.details?.retryAfterMs === 'number' ? error.details.retryAfterMs : undefined;
    const pauseMs = retryAfterMs ?? backoffDelay(this.pauseBackoff, this.consecutiveFailures, this.random);
    this.pausedUntil = Math.max(this.pausedUntil, at + pauseMs);
    this.log?.warn({ batch_id: batchId, code: error.code, err: error, rows: rows.length, pauseMs }, 'upload failed; records stay queued');
    this.emit('batch', { sent: rows.length, delivered: 0, duplicate: 0, rejected: 0, retried: rows.length, error });
  }

  private scheduleRows(rows: readonly OutboxRow[], reason: string): void {
    if (rows.length === 0) return;
    const now = this.now();
    // Rows with the same attempts share a due time, so a visit's rows stay together.
    const byAttempt = new Map<number, string[]>();
    for (const r of rows) {
      const ids = byAttempt.get(r.attempts) ?? [];
      ids.push(r.id);
      byAttempt.set(r.attempts, ids);
    }
    for (const [attempts, ids] of byAttempt) this.source.scheduleRetry(ids, now + backoffDelay(this.backoff, attempts + 1, this.random), reason);
  }

  private checkAlarm(): void {
    const backlog = this.source.backlog();
    // The end of an outage is said once, when what waited has gone: how long, how much.
    if (this.outage?.restoredAt != null && backlog.count === 0) {
      const { since, restoredAt, delivered } = this.outage;
      this.log?.info({ outage_started_at: new Date(since).toISOString(), outage_seconds: Math.round((restoredAt - since) / 1000), delivered },
        `centre link back after ${formatDuration(restoredAt - since)} down; the ${delivered} record(s) that waited are delivered and the backlog is empty`);
      this.outage = null;
    }
    const ageMs = backlog.oldestCreatedAt === null ? 0 : this.now() - backlog.oldestCreatedAt;
    if (ageMs > this.alarmAfterMs) {
      if (!this.alarmOn) {
        this.alarmOn = true;
        const error = new GatewayError('GW_CENTER_BACKLOG_OLD', { detail: `oldest record waiting ${Math.round(ageMs / 60_000)} min`, details: { count: backlog.count, oldestCreatedAt: backlog.oldestCreatedAt, ageMs } });
        this.log?.error({ err: error, count: backlog.count, ageMs }, 'outbox backlog older than the upload deadline');
        this.emit('alarm', { backlog, ageMs, error });
      }
    } else if (this.alarmOn) {
      this.alarmOn = false;
      this.emit('alarmCleared', backlog);
    }
  }
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** The centre refused the whole batch as a body it cannot decode (a strict proto3 decoder meeting bad UTF-8, say). */
function isUndecodable(error: GatewayError): boolean {
  return error.code === 'GW_CENTER_HTTP' && error.details?.status === 400 && error.details?.centreCode === 'BAD_BODY';
}

/** Resolves when the queue has a free slot. */
function waitForSlot(queue: PQueue): Promise<void> {
  return new Promise((resolve) => queue.once('next', () => resolve()));
}
