/**
 * `/readyz`: may this gateway take a patient now?
 *  - database: writable — a write lock taken and released (`BEGIN IMMEDIATE; ROLLBACK`), and
 *    free space on the data directory's disk (a full disk fails commits);
 *  - pcscd: the readers can be listed, and the configured user-card reader is among them;
 *  - centre: reachable, or — when it is not — the offline allowance is not used up (the
 *    offline gate would still take a small settlement), which makes the gateway "degraded"
 *    but ready. No allowance left and no centre: not ready;
 *  - uploads: a record quarantined as undecodable by the centre makes it degraded.
 * `/healthz` (the process answers) stays in api/server.ts.
 */
import { statfsSync } from 'node:fs';
import { connect } from 'node:net';
import type { Db } from '../store/db.ts';
import type { OfflineGate } from '../settlement/offline-gate.ts';
import type { UploaderStatus } from '../center/uploader.ts';
import { toGatewayError } from '../api/server.ts';

export type CheckState = 'ok' | 'degraded' | 'failed';

export interface Check {
  readonly state: CheckState;
  readonly detail: string;
}

export interface Readiness {
  readonly status: 'ready' | 'degraded' | 'not-ready';
  readonly checks: { readonly database: Check; readonly pcscd: Check; readonly centre: Check; readonly uploads: Check };
}

export interface ReadinessSources {
  readonly db: Db;
  readonly dataDir: string;
  readonly centerUrl: string;
  readonly uploader: { status(): UploaderStatus };
  readonly readers?: { listReaders(): Promise<ReadonlyArray<{ readonly name: string }>> };
  /** The user-card reader this counter is configured to use (config userReader): absent, the counter cannot read cards. */
  readonly configuredReader?: string;
  readonly offlineGate?: OfflineGate;
  /** Below this many free bytes the database check fails (default 64 MiB). */
  readonly minFreeBytes?: number;
  readonly clock?: () => Date;
  /** Replaces the TCP probe of the centre (tests). */
  readonly probeCentre?: () => Promise<boolean>;
}

const RECENT_UPLOAD_MS = 5 * 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); });
  });
}

/** Opens (and closes) a TCP connection to the centre's host and port. */
export function tcpProbe(url: string, timeoutMs = 1500): Promise<boolean> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve(false);
      return;
    }
    const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
    const socket = connect({ host: target.hostname.replace(/^\[|\]$/g, ''), port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export class ReadinessProbe {
  #centreCache: { at: number; ok: boolean } | undefined;

  constructor(private readonly src: ReadinessSources) {}

  private now(): Date {
    return (this.src.clock ?? (() => new Date()))();
  }

  database(): Check {
    try {
      this.src.db.prepare('BEGIN IMMEDIATE').run();
      this.src.db.prepare('ROLLBACK').run();
    } catch (err) {
      return { state: 'failed', detail: `cannot take the write lock: ${(err as Error).message}` };
    }
    try {
      const fs = statfsSync(this.src.dataDir);
      const free = fs.bavail * fs.bsize;
      const min = this.src.minFreeBytes ?? 64 * 1024 * 1024;
      if (free < min) return { state: 'failed', detail: `only ${Math.floor(free / 1048576)} MiB free on the data disk` };
      return { state: 'ok', detail: `writable, ${Math.floor(free / 1048576)} MiB free` };
    } catch (err) {
      return { state: 'degraded', detail: `writable; free space unknown (${(err as Error).message})` };
    }
  }

  async pcscd(): Promise<Check> {
    if (!this.src.readers) return { state: 'degraded', detail: 'no card readers configured' };
    try {
      const readers = await withTimeout(this.src.readers.listReaders(), 2000, 'pcscd');
      const wanted = this.src.configuredReader;
      if (wanted !== undefined && !readers.some((r) => r.name === wanted)) {
        return { state: 'failed', detail: `the configured reader "${wanted}" is not connected (readers: ${readers.map((r) => r.name).join(', ') || 'none'}); plug it in or fix userReader` };
      }
      return { state: 'ok', detail: `${readers.length} reader(s)${wanted !== undefined ? `, "${wanted}" among them` : ''}` };
    } catch (err) {
      const g = toGatewayError(err);
      return { state: 'failed', detail: `${g.code}: ${g.message}` };
    }
  }

  /** Recent uploads prove the link; otherwise a TCP probe, remembered for 10 s. */
  async centreReachable(): Promise<boolean> {
    const up = this.src.uploader.status();
    const now = this.now().getTime();
    if (up.consecutiveFailures === 0 && up.lastSuccessAt !== null && now - up.lastSuccessAt < RECENT_UPLOAD_MS) return true;
    if (this.#centreCache && now - this.#centreCache.at < 10_000) return this.#centreCache.ok;
    // The uploader failing just now is the best evidence; an old failure is re-checked.
    const failingNow = up.consecutiveFailures > 0 && up.lastError !== null && now - up.lastError.at < 60_000;
    const ok = failingNow ? false : await (this.src.probeCentre ?? (() => tcpProbe(this.src.centerUrl)))();
    this.#centreCache = { at: now, ok };
    return ok;
  }

  async centre(): Promise<Check> {
    if (await this.centreReachable()) return { state: 'ok', detail: 'reachable' };
    const gate = this.src.offlineGate;
    if (!gate) return { state: 'degraded', detail: 'unreachable; offline settlement has no configured limits' };
    // Would a small offline settlement for a person confirmed just now still pass the
    // gateway-wide limits (count, amount, time since the last online contact)?
    const decision = gate.decide({
      psn_no: '(readiness probe)', mdtrt_id: '(readiness probe)', med_type: 'pharmacy',
      fund_pay_fen: 1, medfee_fen: 1, last_online_at: this.now().toISOString(), now: this.now(), db: this.src.db,
    });
    return decision.kind === 'allowed'
      ? { state: 'degraded', detail: 'unreachable; settling offline within the allowance' }
      : { state: 'failed', detail: `unreachable and the offline allowance is used up: ${decision.reason}` };
  }

  /** Records the centre cannot decode wait aside: the counter settles on, but someone must look. */
  uploads(): Check {
    const n = this.src.uploader.status().quarantined.count;
    if (n === 0) return { state: 'ok', detail: 'no record held back' };
    return { state: 'degraded', detail: `${n} upload record(s) quarantined: the centre cannot decode them; the others are delivered — call support with the record ids on the status page` };
  }

  async check(): Promise<Readiness> {
    const [pcscd, centre] = await Promise.all([this.pcscd(), this.centre()]);
    const checks = { database: this.database(), pcscd, centre, uploads: this.uploads() };
    const states = Object.values(checks).map((c) => c.state);
    const status = states.includes('failed') ? 'not-ready' : states.includes('degraded') ? 'degraded' : 'ready';
    return { status, checks };
  }
}
