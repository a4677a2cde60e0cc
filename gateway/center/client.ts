/**
 * CenterClient: one signed, gzip-compressed protobuf POST per call to the central
 * adjudication system (protocol/center/README.md). It encodes, signs (HMAC-SM3), compresses,
 * sends with a deadline, verifies the signed reply and decodes it. Failures are
 * GatewayErrors that keep the cause:
 *   GW_CENTER_UNREACHABLE  connection refused/reset, DNS, TLS — nothing answered
 *   GW_CENTER_TIMEOUT      no complete answer within the deadline (outcome unknown)
 *   GW_CENTER_BUSY         429/503, details.retryAfterMs from Retry-After when given
 *   GW_CENTER_AUTH         401/403: the centre refused our key or MAC
 *   GW_CENTER_HTTP         any other non-2xx status
 *   GW_CENTER_BAD_REPLY    a 2xx whose envelope fails verification or whose body does not decode
 */
import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';
import {
  CONTENT_TYPE,
  ENDPOINTS,
  encodeBatch,
  newNonce,
  openEnvelope,
  pb,
  seal,
  type AdjudicationPageMsg,
  type AdjudicationQueryInput,
  type EndpointName,
  type PersonQueryInput,
  type PersonReplyMsg,
  type ReconcileReplyMsg,
  type ReconcileRequestInput,
  type SyncReplyMsg,
  type SyncRequestInput,
  type UploadAckMsg,
} from '../../protocol/center/index.ts';
import { GatewayError } from '../errors/gateway-error.ts';

const gzip = promisify(gzipCb);

export interface CenterClientOptions {
  /** e.g. "http://127.0.0.1:8870" or "https://centre.example/api" (no trailing slash needed). */
  readonly baseUrl: string;
  readonly gatewayId: string;
  readonly keyId: string;
  readonly key: Uint8Array;
  /** Deadline of one call when the caller gives none. */
  readonly timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch (undici, keep-alive). */
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
}

export interface CallOptions {
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/** Outcome of a person query under a time budget: the settlement path decides what to do. */
export type PersonLookup =
  | { readonly kind: 'answered'; readonly reply: PersonReplyMsg; readonly elapsedMs: number }
  | { readonly kind: 'timeout'; readonly elapsedMs: number; readonly error: GatewayError }
  | { readonly kind: 'failed'; readonly elapsedMs: number; readonly error: GatewayError };

/** The shared key from configuration: "hex:<hex>" for raw bytes, anything else as UTF-8. */
export function keyFromConfig(value: string): Uint8Array {
  return value.startsWith('hex:') ? Buffer.from(value.slice(4), 'hex') : Buffer.from(value, 'utf8');
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

export class CenterClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private answeredAt: number | null = null;

  constructor(private readonly opts: CenterClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.fetchImpl = opts.fetch ?? fetch;
    this.now = opts.now ?? Date.now;
  }

  get gatewayId(): string {
    return this.opts.gatewayId;
  }

  /**
   * Sends already-encoded Records (outbox payloads) as one UploadBatch, with the audit chain's
   * head for the centre to keep; its acknowledgement carries the newest head the centre holds.
   */
  async upload(batchId: string, records: readonly Uint8Array[], call: CallOptions = {}, auditHead?: { readonly seq: number; readonly hash: string }): Promise<UploadAckMsg> {
    const reply = await this.call('upload', encodeBatch(batchId, records, auditHead), call);
    return this.decode('upload', () => pb.UploadAck.decode(reply));
  }

  async queryPerson(query: PersonQueryInput, call: CallOptions = {}): Promise<PersonReplyMsg> {
    const reply = await this.call('person', pb.PersonQuery.encode(query).finish(), call);
    return this.decode('person', () => pb.PersonReply.decode(reply));
  }

  /**
   * The settlement path's person query: never takes longer than budgetMs and never throws;
   * on 'timeout' or 'failed' the caller settles offline from its cached snapshot.
   */
  async queryPersonWithin(query: PersonQueryInput, budgetMs: number, signal?: AbortSignal): Promise<PersonLookup> {
    const started = this.now();
    try {
      const reply = await this.queryPerson(query, { timeoutMs: budgetMs, ...(signal ? { signal } : {}) });
      return { kind: 'answered', reply, elapsedMs: this.now() - started };
    } catch (err) {
      const error = err instanceof GatewayError ? err : new GatewayError('GW_CENTER_UNREACHABLE', { cause: err });
      const elapsedMs = this.now() - started;
      return error.code === 'GW_CENTER_TIMEOUT' ? { kind: 'timeout', elapsedMs, error } : { kind: 'failed', elapsedMs, error };
    }
  }

  async sync(request: SyncRequestInput, call: CallOptions = {}): Promise<SyncReplyMsg> {
    const reply = await this.call('sync', pb.SyncRequest.encode(request).finish(), call);
    return this.decode('sync', () => pb.SyncReply.decode(reply));
  }

  async reconcile(request: ReconcileRequestInput, call: CallOptions = {}): Promise<ReconcileReplyMsg> {
    const reply = await this.call('reconcile', pb.ReconcileRequest.encode(request).finish(), call);
    return this.decode('reconcile', () => pb.ReconcileReply.decode(reply));
  }

  async adjudications(query: AdjudicationQueryInput, call: CallOptions = {}): Promise<AdjudicationPageMsg> {
    const reply = await this.call('adjudications', pb.AdjudicationQuery.encode(query).finish(), call);
    return this.decode('adjudications', () => pb.AdjudicationPage.decode(reply));
  }

  private decode<T>(endpoint: EndpointName, fn: () => T): T {
    try {
      return fn();
    } catch (cause) {
      throw new GatewayError('GW_CENTER_BAD_REPLY', { cause, detail: `${endpoint}: body does not decode` });
    }
  }

  /** Seal, gzip, POST, verify; resolves to the verified inner reply body. */
  private async call(endpoint: EndpointName, body: Uint8Array, call: CallOptions): Promise<Uint8Array> {
    const spec = ENDPOINTS[endpoint];
    const nonce = newNonce();
    const envelope = seal(this.opts.key, {
      gatewayId: this.opts.gatewayId,
      keyId: this.opts.keyId,
      timestampMs: this.now(),
      nonce,
      bodyType: spec.request,
      body,
    });
    // Level 1: records compress ~8:1 even at the fastest level (test/bench/center.bench.ts);
    // the higher levels cost the gateway CPU the counter needs more than they save on the wire.
    const compressed = await gzip(envelope, { level: 1 });
    const timeoutMs = call.timeoutMs ?? this.timeoutMs;
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = call.signal ? AbortSignal.any([deadline, call.signal]) : deadline;
    const url = `${this.baseUrl}${spec.path}`;
    let bytes: Uint8Array;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': CONTENT_TYPE, 'content-encoding': 'gzip', accept: CONTENT_TYPE, 'accept-encoding': 'gzip' },
        body: compressed,
        signal,
      });
      // fetch undoes Content-Encoding: gzip itself; a body cut off mid-way rejects here.
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (cause) {
      if (deadline.aborted) throw new GatewayError('GW_CENTER_TIMEOUT', { cause, detail: `${spec.path} after ${timeoutMs} ms`, details: { endpoint, timeoutMs } });
      if (call.signal?.aborted) throw new GatewayError('GW_CENTER_UNREACHABLE', { cause, detail: `${spec.path} cancelled`, details: { endpoint, cancelled: true } });
      throw new GatewayError('GW_CENTER_UNREACHABLE', { cause, detail: `${url}: ${describe(cause)}`, details: { endpoint } });
    }
    if (!response.ok) throw this.httpError(endpoint, response, bytes);
    const opened = openEnvelope(bytes, {
      keyFor: (gatewayId, keyId) => (gatewayId === this.opts.gatewayId && keyId === this.opts.keyId ? this.opts.key : undefined),
      nowMs: this.now(),
      expectBodyType: spec.reply,
    });
    if (opened.kind !== 'ok') {
      throw new GatewayError('GW_CENTER_BAD_REPLY', { cause: 'error' in opened ? opened.error : undefined, detail: `${spec.path}: reply envelope ${opened.kind}`, details: { endpoint, check: opened.kind } });
    }
    if (!Buffer.from(opened.fields.nonce).equals(Buffer.from(nonce))) {
      throw new GatewayError('GW_CENTER_BAD_REPLY', { detail: `${spec.path}: reply answers another request (nonce)`, details: { endpoint, check: 'nonce' } });
    }
    this.answeredAt = this.now();
    return opened.fields.body;
  }

  /**
   * Unix ms of the centre's last verified reply to any call (upload, person, sync, …), or
   * null: the gateway's "last online" for the offline limits (offline-limits.ts).
   */
  lastAnsweredAt(): number | null {
    return this.answeredAt;
  }

  private httpError(endpoint: EndpointName, response: Response, bytes: Uint8Array): GatewayError {
    let centre: { code: string; message: string; retryAfterS: number } | undefined;
    try {
      const decoded = pb.CenterError.decode(bytes);
      centre = { code: decoded.code, message: decoded.message, retryAfterS: decoded.retryAfterS };
    } catch {
      centre = undefined; // a proxy's HTML error page: the status says enough
    }
    const details: Record<string, unknown> = { endpoint, status: response.status, ...(centre ? { centreCode: centre.code } : {}) };
    const detail = `${ENDPOINTS[endpoint].path}: HTTP ${response.status}${centre ? ` ${centre.code} ${centre.message}` : ''}`;
    if (response.status === 429 || response.status === 503) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now()) ?? (centre && centre.retryAfterS > 0 ? centre.retryAfterS * 1000 : undefined);
      return new GatewayError('GW_CENTER_BUSY', { detail, details: { ...details, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) } });
    }
    if (response.status === 401 || response.status === 403) return new GatewayError('GW_CENTER_AUTH', { detail, details });
    return new GatewayError('GW_CENTER_HTTP', { detail, details });
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    // fetch wraps the socket error: "fetch failed" with cause { code: 'ECONNREFUSED' }.
    if (cause && typeof cause === 'object' && 'code' in cause) return String((cause as { code: unknown }).code);
    if (cause instanceof Error) return cause.message;
    return err.message;
  }
  return String(err);
}
