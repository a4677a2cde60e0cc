/**
 * The central adjudication simulator: an HTTP server on 127.0.0.1 speaking the central link
 * (protocol/center/README.md) over a persistent store, with fault injection (faults.ts).
 *
 * Link endpoints (POST, gzip'd Envelope): /v1/upload /v1/person /v1/sync /v1/reconcile
 * /v1/adjudications. Control endpoints (plain JSON, loopback only, no MAC):
 *   GET  /health                 → {"ok":true}
 *   GET  /report                 → what the centre holds, request counts, faults in force
 *   GET  /control/faults         → the fault switches
 *   POST /control/faults         ← {"dropAckRate":0.2,"outageSeconds":5,…} (a patch); {"reset":true} clears all
 *   POST /control/blocklist      ← {"cardNo":"A00000001","reason":"LOST"} | {"cardNo":…,"remove":true}
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';
import protobuf from 'protobufjs/minimal.js';
import {
  CONTENT_TYPE,
  ENDPOINTS,
  MAX_SKEW_MS,
  openEnvelope,
  pb,
  PersonStatus,
  seal,
  toNumber,
  fenToYuan,
  yuanToFen,
  type EndpointName,
  type EnvelopeFields,
  type RecordMsg,
} from '../../protocol/center/index.ts';
import { applyFaultPatch, FaultError, NO_FAULTS, type FaultConfig, type FaultPatch } from './faults.ts';
import { Population } from './population.ts';
import { CentreStore, DEFAULT_AGE_WINDOW, type AgeWindow } from './store.ts';
import { SyncData } from './sync-data.ts';

const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

/** The key every gateway uses unless told otherwise; matches the gateway's default config. */
export const DEMO_GATEWAY_KEY = Buffer.from('demo-gateway-key-not-for-production', 'utf8');
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface CenterOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Directory of the SQLite file (center.sqlite); omitted → an in-memory database. */
  readonly dataDir?: string;
  readonly faults?: FaultPatch;
  /** A gateway's key for a key id; defaults to DEMO_GATEWAY_KEY for every gateway and key id. */
  readonly keyFor?: (gatewayId: string, keyId: string) => Uint8Array | undefined;
  readonly population?: Population;
  /** Age window of accepted records (default 90 days back, 2 days ahead); false = none. */
  readonly ageWindow?: AgeWindow | false;
  /** Injected for deterministic fault decisions in tests. */
  readonly random?: () => number;
  readonly now?: () => number;
}

export interface CenterHandle {
  readonly url: string;
  readonly port: number;
  readonly store: CentreStore;
  readonly sync: SyncData;
  /** Applies a patch of fault switches (validated; throws FaultError on a bad one). */
  setFaults(patch: FaultPatch): FaultConfig;
  /** Clears every fault. */
  resetFaults(): void;
  /** The newest audit head a gateway's uploads carried (what its `verify --centre` is checked against). */
  auditHead(gatewayId: string): { seq: number; hash: string } | undefined;
  /**
   * Issues an e-voucher token for a person of the demo population, as the national platform
   * does when the patient opens the voucher on a phone: a person query with credential type
   * 01 and this token finds the person until it expires (default 5 minutes).
   */
  issueVoucher(certno: string, ttlMs?: number): string;
  faults(): FaultConfig;
  report(): Record<string, unknown>;
  close(): Promise<void>;
}

type RequestCounters = Record<string, number>;

class LinkError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export async function startCenter(opts: CenterOptions = {}): Promise<CenterHandle> {
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  let file = ':memory:';
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
    file = join(opts.dataDir, 'center.sqlite');
  }
  const population = opts.population ?? Population.demo();
  const store = new CentreStore(file, population, opts.ageWindow ?? DEFAULT_AGE_WINDOW);
  const sync = new SyncData(store.db);
  sync.seedIfEmpty(population.blocklisted);
  const keyFor = opts.keyFor ?? (() => DEMO_GATEWAY_KEY);
  let faults: FaultConfig = applyFaultPatch({ ...NO_FAULTS }, (opts.faults ?? {}) as Record<string, unknown>, now());
  const counters: RequestCounters = {};
  const count = (name: string): void => {
    counters[name] = (counters[name] ?? 0) + 1;
  };
  /** Nonces seen within the skew window, per gateway: a replayed request is refused. */
  const nonces = new Map<string, number>();
  const startedAt = now();

  const hit = (rate: number): boolean => rate > 0 && random() < rate;

  /** Each gateway's newest audit head, as its uploads carried it. */
  const auditHeads = new Map<string, { seq: number; hash: string }>();

  async function handleLink(endpoint: EndpointName, req: IncomingMessage, res: ServerResponse): Promise<void> {
    count(`requests.${endpoint}`);
    const f = faults;
    if (f.latencyMs > 0 || f.jitterMs > 0) await sleep(f.latencyMs + random() * f.jitterMs);
    const raw = await readBody(req);
    if (hit(f.backPressureRate)) {
      count('injected.backPressure');
      return sendError(res, f.backPressureStatus, f.backPressureStatus === 429 ? 'OVERLOADED' : 'UNAVAILABLE', 'injected back-pressure', f.retryAfterSeconds);
    }
    if (hit(f.errorRate)) {
      count('injected.error');
      return sendError(res, 500, 'INTERNAL', 'injected server error');
    }
    if (hit(f.timeoutRate)) {
      count('injected.timeout');
      // Never answer: the client's deadline expires. Release the socket when it gives up.
      await new Promise<void>((resolve) => {
        res.once('close', resolve);
        setTimeout(() => {
          res.destroy();
          resolve();
        }, 120_000).unref();
      });
      return;
    }
    const body = req.headers['content-encoding'] === 'gzip' ? await gunzip(raw).catch(() => {
      throw new LinkError(400, 'BAD_BODY', 'content-encoding gzip but the body does not inflate');
    }) : raw;
    const spec = ENDPOINTS[endpoint];
    const opened = openEnvelope(body, { keyFor, nowMs: now(), expectBodyType: spec.request });
    switch (opened.kind) {
      case 'ok':
        break;
      case 'malformed':
        throw new LinkError(400, 'BAD_BODY', 'not an Envelope');
      case 'unknown-key':
        throw new LinkError(401, 'UNKNOWN_GATEWAY', `no key ${opened.keyId} for gateway ${opened.gatewayId}`);
      case 'bad-mac':
        throw new LinkError(401, 'BAD_MAC', 'MAC does not verify');
      case 'stale':
        throw new LinkError(401, 'STALE_TIMESTAMP', `clock differs by ${opened.skewMs} ms (limit ${MAX_SKEW_MS})`);
      case 'wrong-type':
        throw new LinkError(400, 'BAD_BODY', `expected ${spec.request}, got ${opened.bodyType}`);
      default: {
        const never: never = opened;
        throw new Error(`unhandled ${String(never)}`);
      }
    }
    const fields = opened.fields;
    rememberNonce(fields);
    const key = keyFor(fields.gatewayId, fields.keyId) as Uint8Array;
    let replyBody: Uint8Array;
    switch (endpoint) {
      case 'upload': {
        const { records, auditHead } = readBatch(fields.body);
        const result = store.ingest(fields.gatewayId, records, now());
        // The newest audit head a gateway sent is kept (a lower one never replaces it).
        const held = auditHeads.get(fields.gatewayId);
        if (auditHead && (!held || auditHead.seq >= held.seq)) auditHeads.set(fields.gatewayId, auditHead);
        counters['records.received'] = (counters['records.received'] ?? 0) + records.length;
        if (hit(f.dropAckRate)) {
          count('injected.dropAck');
          req.socket.destroy(); // committed above; the acknowledgement never arrives
          return;
        }
        let acks = result.acks;
        if (hit(f.duplicateAckRate)) {
          count('injected.duplicateAck');
          acks = [...acks, ...acks];
        }
        if (f.reorder) {
          acks = shuffle(acks, random);
          await sleep(random() * f.reorderMaxDelayMs);
        }
        const head = auditHeads.get(fields.gatewayId);
        replyBody = pb.UploadAck.encode({ batchId: '', acks, receivedAtMs: now(), ...(head ? { auditHead: head } : {}) }).finish();
        break;
      }
      case 'person':
        replyBody = pb.PersonReply.encode(answerPerson(pb.PersonQuery.decode(fields.body))).finish();
        break;
      case 'sync': {
        const q = pb.SyncRequest.decode(fields.body);
        replyBody = pb.SyncReply.encode(sync.reply(q.kind, q.haveVersion)).finish();
        break;
      }
      case 'reconcile':
        replyBody = pb.ReconcileReply.encode(store.reconcile(fields.gatewayId, pb.ReconcileRequest.decode(fields.body))).finish();
        break;
      case 'adjudications': {
        const q = pb.AdjudicationQuery.decode(fields.body);
        replyBody = pb.AdjudicationPage.encode(store.adjudications(fields.gatewayId, toNumber(q.afterCursor), q.limit)).finish();
        break;
      }
    }
    const envelope = seal(key, { gatewayId: fields.gatewayId, keyId: fields.keyId, timestampMs: now(), nonce: fields.nonce, bodyType: spec.reply, body: replyBody });
    const gzipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const out = gzipped ? await gzip(envelope) : Buffer.from(envelope);
    res.writeHead(200, { 'content-type': CONTENT_TYPE, ...(gzipped ? { 'content-encoding': 'gzip' } : {}), 'content-length': out.length });
    if (f.slowDripBytesPerSec > 0) {
      count('injected.slowDrip');
      await drip(res, out, f.slowDripBytesPerSec);
    } else {
      res.end(out);
    }
  }

  function rememberNonce(fields: EnvelopeFields): void {
    const key = `${fields.gatewayId}:${Buffer.from(fields.nonce).toString('hex')}`;
    const t = now();
    if (nonces.size > 100_000) for (const [k, exp] of nonces) if (exp < t) nonces.delete(k);
    const seen = nonces.get(key);
    if (seen !== undefined && seen >= t) throw new LinkError(401, 'REPLAYED_NONCE', 'this nonce was already used');
    nonces.set(key, t + 2 * MAX_SKEW_MS);
  }

  /** Voucher token → the person's ID number and when the token expires. */
  const vouchers = new Map<string, { certno: string; expiresAt: number }>();

  function answerPerson(q: ReturnType<typeof pb.PersonQuery.decode>): ReturnType<typeof pb.PersonReply.create> {
    const voucher = q.mdtrtCertType === '01' ? vouchers.get(q.mdtrtCertNo) : undefined;
    const certno = q.mdtrtCertType === '02' ? q.mdtrtCertNo : voucher && voucher.expiresAt > now() ? voucher.certno : undefined;
    const cardNo = q.mdtrtCertType === '03' ? q.mdtrtCertNo || q.cardSn : undefined;
    const person = population.find({ ...(q.psnNo ? { psnNo: q.psnNo } : {}), ...(certno ? { certno } : {}), ...(cardNo ? { cardNo } : {}) });
    const asOfMs = now();
    if (!person) return pb.PersonReply.create({ status: PersonStatus.PERSON_STATUS_NOT_FOUND, eligible: false, ineligibleReason: 'NOT_FOUND', asOfMs });
    const year = q.year || new Date(asOfMs + 8 * 3600_000).getUTCFullYear();
    const held = store.fundPaidThisYear(person.psnNo, year);
    const fundPaid = fenToYuan(yuanToFen(person.ytd.fundPaid) + BigInt(held.fundFen));
    const blocked = sync.isBlocked(person.cardNo);
    const reason = person.status === '2' ? 'CONTRIBUTION_LAPSED' : person.status === '4' ? 'TERMINATED' : blocked ? 'CARD_BLOCKED' : '';
    return pb.PersonReply.create({
      status: PersonStatus.PERSON_STATUS_FOUND,
      person: { psnNo: person.psnNo, psnName: person.name, gend: person.gend, brdy: person.birthDate, psnCertType: '01', certno: person.certno },
      insuinfo: [{ insutype: person.insutype, psnType: person.psnType, psnInsuStas: person.status, insuplcAdmdvs: person.region, balc: fenToYuan(BigInt(person.balanceFen)), contributionYears: person.contributionYears }],
      accumulators: { year, inpatientAdmissions: person.ytd.admissions, fundPaid, deductiblePaid: person.ytd.deductiblePaid, inScope: person.ytd.inScope, specialOutpatientPaid: '0.00', outpatientPoolPaid: '0.00', criticalIllnessPaid: '0.00' },
      eligible: reason === '',
      ineligibleReason: reason,
      asOfMs,
    });
  }

  function report(): Record<string, unknown> {
    return {
      startedAt: new Date(startedAt).toISOString(),
      store: file === ':memory:' ? 'memory' : file,
      holds: store.summary(),
      sync: { catalogue: sync.version('catalogue'), policies: sync.version('policies'), blocklist: sync.version('blocklist') },
      requests: { ...counters },
      faults: { ...faults, outageActive: faults.outageUntil > now() },
      population: population.size,
    };
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method === 'GET' && path === '/health') return sendJson(res, 200, { ok: true });
    if (req.method === 'GET' && path === '/report') return sendJson(res, 200, report());
    if (req.method === 'GET' && path === '/control/faults') return sendJson(res, 200, faults);
    if (req.method === 'POST' && path === '/control/faults') {
      const patch = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>;
      if (patch.reset === true) {
        faults = { ...NO_FAULTS };
        delete patch.reset;
      }
      faults = applyFaultPatch(faults, patch, now());
      return sendJson(res, 200, faults);
    }
    if (req.method === 'POST' && path === '/control/blocklist') {
      const b = JSON.parse((await readBody(req)).toString('utf8') || '{}') as { cardNo?: string; reason?: string; remove?: boolean };
      if (!b.cardNo) return sendJson(res, 400, { error: 'cardNo is required' });
      const version = b.remove ? sync.unblockCard(b.cardNo) : sync.blockCard({ cardNo: b.cardNo, reason: b.reason ?? 'LOST', sinceMs: now() });
      return sendJson(res, 200, { version });
    }
    return sendJson(res, 404, { error: `no route ${req.method ?? ''} ${path}` });
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const endpoint = (Object.keys(ENDPOINTS) as EndpointName[]).find((e) => ENDPOINTS[e].path === path);
    const work = async (): Promise<void> => {
      if (!endpoint) return handleControl(req, res, path);
      if (faults.outageUntil > now()) {
        count('injected.outage');
        req.socket.destroy(); // full outage: the connection is reset on arrival
        return;
      }
      if (req.method !== 'POST') return sendError(res, 405, 'METHOD', 'POST only');
      return handleLink(endpoint, req, res);
    };
    work().catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      if (err instanceof LinkError) {
        count(`refused.${err.code}`);
        return sendError(res, err.status, err.code, err.message);
      }
      if (err instanceof FaultError || err instanceof SyntaxError) return sendJson(res, 400, { error: err.message });
      count('errors.internal');
      sendError(res, 500, 'INTERNAL', err instanceof Error ? err.message : String(err));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.address}:${address.port}`;

  return {
    url,
    port: address.port,
    store,
    sync,
    setFaults: (patch) => (faults = applyFaultPatch(faults, patch as Record<string, unknown>, now())),
    resetFaults: () => {
      faults = { ...NO_FAULTS };
    },
    faults: () => ({ ...faults }),
    auditHead: (gatewayId) => auditHeads.get(gatewayId),
    issueVoucher: (certno, ttlMs = 300_000) => {
      const token = randomBytes(32).toString('base64url');
      vouchers.set(token, { certno, expiresAt: now() + ttlMs });
      return token;
    },
    report,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}

/**
 * Splits an encoded UploadBatch into its records, keeping each record's bytes as sent. A
 * string field that is not valid UTF-8 does not decode (protobufjs reads strings with a fatal
 * UTF-8 decoder, as proto3 decoders of real central systems do), so it makes the whole batch
 * 400 BAD_BODY.
 */
export function splitBatch(bytes: Uint8Array): { raw: Uint8Array; msg: RecordMsg }[] {
  return readBatch(bytes).records;
}

/** The batch's records (see splitBatch) and the gateway's audit head, when it sent one. */
export function readBatch(bytes: Uint8Array): { records: { raw: Uint8Array; msg: RecordMsg }[]; auditHead: { seq: number; hash: string } | null } {
  const reader = protobuf.Reader.create(bytes);
  const out: { raw: Uint8Array; msg: RecordMsg }[] = [];
  let auditHead: { seq: number; hash: string } | null = null;
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag === 0x12) {
        const raw = reader.bytes();
        out.push({ raw, msg: pb.Record.decode(raw) });
      } else if (tag === 0x1a) {
        const head = pb.AuditHead.decode(reader.bytes());
        auditHead = { seq: toNumber(head.seq), hash: head.hash };
      } else {
        reader.skipType(tag & 7);
      }
    }
  } catch (err) {
    throw new LinkError(400, 'BAD_BODY', `UploadBatch does not decode: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { records: out, auditHead };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new LinkError(413, 'TOO_LARGE', `body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function drip(res: ServerResponse, bytes: Buffer, bytesPerSec: number): Promise<void> {
  const chunk = Math.max(1, Math.floor(bytesPerSec / 20));
  for (let i = 0; i < bytes.length; i += chunk) {
    if (res.destroyed) return;
    res.write(bytes.subarray(i, i + chunk));
    await sleep(Math.max(1, (chunk / bytesPerSec) * 1000));
  }
  res.end();
}

function sendError(res: ServerResponse, status: number, code: string, message: string, retryAfterS = 0): void {
  const body = pb.CenterError.encode({ code, message, retryAfterS }).finish();
  res.writeHead(status, { 'content-type': CONTENT_TYPE, 'content-length': body.length, ...(retryAfterS > 0 ? { 'retry-after': String(retryAfterS) } : {}) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value, null, 2));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
}
