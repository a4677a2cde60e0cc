/**
 * Collects adjudication results from the centre (adjudication.proto): pages the gateway's
 * result stream from the cursor the sink holds, stores each page with its cursor in one
 * transaction, and emits an 'adjudication' event per result so the HIS can be told of
 * rejections and adjusted amounts. A lost reply is simply asked for again: the
 * cursor only moves once a page is stored.
 */
import { EventEmitter } from 'node:events';
import { toNumber, type yibao } from '../../protocol/center/index.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { Logger } from '../log.ts';
import type { CenterClient } from './client.ts';

export type Adjudication = yibao.center.v1.Adjudication.$Properties;

/** Where results are kept (types only; the lead's store implements it on SQLite). */
export interface AdjudicationSink {
  /** Cursor of the last result stored, 0 at first. */
  cursor(): number;
  /** Stores a page and the new cursor together. */
  store(results: readonly Adjudication[], nextCursor: number): void;
}

export type PollOutcome = { readonly kind: 'ok'; readonly received: number; readonly cursor: number } | { readonly kind: 'failed'; readonly received: number; readonly error: GatewayError };

export interface AdjudicationPollerOptions {
  readonly client: Pick<CenterClient, 'adjudications'>;
  readonly sink: AdjudicationSink;
  readonly pageSize?: number;
  readonly intervalMs?: number;
  readonly log?: Logger;
}

export class AdjudicationPoller extends EventEmitter<{ adjudication: [Adjudication] }> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PollOutcome> | undefined;
  /** Aborted by stop(), so shutting down never waits for a silent centre. */
  private abort = new AbortController();

  constructor(private readonly opts: AdjudicationPollerOptions) {
    super();
  }

  start(): void {
    if (this.abort.signal.aborted) this.abort = new AbortController();
    this.timer ??= setInterval(() => void this.pollOnce(), this.opts.intervalMs ?? 60_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.abort.abort();
    await this.running;
  }

  /** Pages until the centre has no more; concurrent calls share the poll in progress. */
  pollOnce(): Promise<PollOutcome> {
    this.running ??= this.poll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async poll(): Promise<PollOutcome> {
    let received = 0;
    for (;;) {
      const after = this.opts.sink.cursor();
      let page;
      try {
        page = await this.opts.client.adjudications({ afterCursor: after, limit: this.opts.pageSize ?? 500 }, { signal: this.abort.signal });
      } catch (err) {
        const error = err instanceof GatewayError ? err : new GatewayError('GW_CENTER_BAD_REPLY', { cause: err, detail: 'adjudications' });
        this.opts.log?.warn({ err: error, cursor: after }, 'adjudication poll failed; will ask again');
        return { kind: 'failed', received, error };
      }
      const next = toNumber(page.nextCursor);
      if (page.results.length > 0) {
        if (next <= after) return { kind: 'failed', received, error: new GatewayError('GW_CENTER_BAD_REPLY', { detail: `adjudication cursor went from ${after} to ${next}` }) };
        this.opts.sink.store(page.results, next);
        received += page.results.length;
        for (const r of page.results) this.emit('adjudication', r);
      }
      if (!page.more || page.results.length === 0) return { kind: 'ok', received, cursor: this.opts.sink.cursor() };
    }
  }
}

/** In-memory sink: for tests and a gateway without a store. */
export class MemoryAdjudicationSink implements AdjudicationSink {
  readonly results = new Map<string, Adjudication>();
  private last = 0;

  cursor(): number {
    return this.last;
  }

  store(results: readonly Adjudication[], nextCursor: number): void {
    for (const r of results) this.results.set(r.recordId ?? '', r);
    this.last = nextCursor;
  }
}
