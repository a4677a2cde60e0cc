/**
 * The centre simulator's persistent store (better-sqlite3, WAL). Idempotent on
 * (gateway_id, record_id): a record is stored once; a resend is answered DUPLICATE (or the
 * same REJECTED). Each accepted settlement is adjudicated at once (adjudicate.ts) and the
 * result appended to the gateway's adjudication stream.
 */
import Database from 'better-sqlite3';
import {
  AckStatus,
  AdjudicationOutcome,
  fenToYuan,
  isMoney,
  MismatchKind,
  pb,
  ReconcileResult,
  toNumber,
  yuanToFen,
  type AdjudicationPageMsg,
  type AmountsInput,
  type ReconcileReplyMsg,
  type ReconcileRequestInput,
  type RecordMsg,
} from '../../protocol/center/index.ts';
import type { yibao } from '../../protocol/center/index.ts';
import { adjudicate } from './adjudicate.ts';
import type { Population } from './population.ts';

type RecordAck = yibao.center.v1.RecordAck.$Properties;
type DetailLine = yibao.center.v1.DetailLine.$Properties;
type Totals = yibao.center.v1.Totals.$Properties;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS records (
    id             INTEGER PRIMARY KEY,
    gateway_id     TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    visit_id       TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    setl_id        TEXT NOT NULL,
    orig_record_id TEXT,
    psn_no         TEXT,
    insutype       TEXT NOT NULL,
    medfee         INTEGER NOT NULL,
    fund           INTEGER NOT NULL,
    acct           INTEGER NOT NULL,
    cash           INTEGER NOT NULL,
    event_time_ms  INTEGER NOT NULL,
    offline        INTEGER NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
    code           TEXT,
    reason         TEXT,
    received_at    INTEGER NOT NULL,
    receipts       INTEGER NOT NULL DEFAULT 1,
    body           BLOB NOT NULL,
    UNIQUE (gateway_id, record_id)
  );
  CREATE INDEX IF NOT EXISTS records_visit ON records(gateway_id, visit_id, seq);
  CREATE INDEX IF NOT EXISTS records_time ON records(gateway_id, event_time_ms);
  CREATE INDEX IF NOT EXISTS records_psn ON records(psn_no, event_time_ms);
  CREATE INDEX IF NOT EXISTS records_orig ON records(gateway_id, orig_record_id) WHERE orig_record_id IS NOT NULL;
  CREATE TABLE IF NOT EXISTS adjudications (
    cursor      INTEGER PRIMARY KEY AUTOINCREMENT,
    gateway_id  TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    body        BLOB NOT NULL,
    decided_at  INTEGER NOT NULL,
    UNIQUE (gateway_id, record_id)
  );
  CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
`;

/** Offset of China Standard Time: reconciliation periods are CST calendar days. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface StoredRecord {
  readonly gatewayId: string;
  readonly recordId: string;
  readonly visitId: string;
  readonly seq: number;
  readonly kind: 'settlement' | 'cancellation';
  readonly status: 'accepted' | 'rejected';
  readonly code: string | null;
  readonly medfeeFen: number;
  readonly fundFen: number;
  readonly acctFen: number;
  readonly cashFen: number;
  readonly receipts: number;
  /** The Record exactly as the gateway sent it. */
  readonly body: Uint8Array;
}

export interface IngestResult {
  readonly acks: RecordAck[];
  /** Records left out of the ack because an earlier seq of their visit is not held yet. */
  readonly outOfOrder: number;
}

interface RawRecord {
  gateway_id: string;
  record_id: string;
  visit_id: string;
  seq: number;
  kind: 'settlement' | 'cancellation';
  setl_id: string;
  insutype: string;
  medfee: number;
  fund: number;
  acct: number;
  cash: number;
  status: 'accepted' | 'rejected';
  code: string | null;
  reason: string | null;
  receipts: number;
  body: Buffer;
}

const AMOUNT_FIELDS = ['medfeeSumamt', 'fulamtOwnpayAmt', 'overlmtSelfpay', 'preselfpayAmt', 'inscpScpAmt', 'actPayDedc', 'hifpPay', 'hifmiPay', 'mafPay', 'othPay', 'fundPaySumamt', 'psnPartAmt', 'acctPay', 'psnCashPay'] as const;

/**
 * Age window of stored records (SESAM-Vitale: lots older than 90 days or post-dated by more
 * than 2 days are rejected). `false` turns it off.
 */
export interface AgeWindow {
  readonly maxAgeDays: number;
  readonly maxFutureDays: number;
}

export const DEFAULT_AGE_WINDOW: AgeWindow = { maxAgeDays: 90, maxFutureDays: 2 };
const DAY = 24 * 3600_000;

export class CentreStore {
  readonly db: Database.Database;
  private readonly stmt;

  constructor(file: string, private readonly population: Population, private readonly ageWindow: AgeWindow | false = DEFAULT_AGE_WINDOW) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // The simulator survives its own crash (WAL, NORMAL); power-loss durability is the gateway's concern.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('cache_size = -65536'); // 64 MiB: the indexes of a large backlog stay in memory
    this.db.exec(SCHEMA);
    this.stmt = {
      get: this.db.prepare('SELECT * FROM records WHERE gateway_id = ? AND record_id = ?'),
      receipt: this.db.prepare('UPDATE records SET receipts = receipts + 1 WHERE gateway_id = ? AND record_id = ?'),
      hasSeq: this.db.prepare('SELECT 1 FROM records WHERE gateway_id = ? AND visit_id = ? AND seq = ?'),
      insert: this.db.prepare(`INSERT INTO records (gateway_id, record_id, visit_id, seq, kind, setl_id, orig_record_id, psn_no, insutype,
          medfee, fund, acct, cash, event_time_ms, offline, status, code, reason, received_at, body)
        VALUES (@gatewayId, @recordId, @visitId, @seq, @kind, @setlId, @origRecordId, @psnNo, @insutype,
          @medfee, @fund, @acct, @cash, @eventTimeMs, @offline, @status, @code, @reason, @receivedAt, @body)`),
      cancelled: this.db.prepare("SELECT 1 FROM records WHERE gateway_id = ? AND orig_record_id = ? AND status = 'accepted'"),
      insertAdj: this.db.prepare('INSERT INTO adjudications (gateway_id, record_id, outcome, body, decided_at) VALUES (?, ?, ?, ?, ?)'),
      adjPage: this.db.prepare('SELECT cursor, body FROM adjudications WHERE gateway_id = ? AND cursor > ? ORDER BY cursor LIMIT ?'),
      bump: this.db.prepare('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value'),
      counters: this.db.prepare('SELECT name, value FROM counters'),
      ytd: this.db.prepare("SELECT coalesce(sum(fund), 0) AS fund, count(*) AS n FROM records WHERE psn_no = ? AND status = 'accepted' AND event_time_ms >= ? AND event_time_ms < ?"),
      period: this.db.prepare("SELECT * FROM records WHERE gateway_id = ? AND status = 'accepted' AND event_time_ms >= ? AND event_time_ms < ? ORDER BY event_time_ms"),
      all: this.db.prepare('SELECT * FROM records ORDER BY id'),
    };
  }

  close(): void {
    this.db.close();
  }

  /**
   * Stores a batch in one transaction, in the batch's order, and answers one ack per record
   * it decided. `raw[i]` are the record's bytes as sent (kept for audit and `protoc --decode`).
   */
  ingest(gatewayId: string, records: readonly { readonly raw: Uint8Array; readonly msg: RecordMsg }[], nowMs: number): IngestResult {
    const run = this.db.transaction((): IngestResult => {
      const acks: RecordAck[] = [];
      let outOfOrder = 0;
      let duplicates = 0;
      for (const { raw, msg } of records) {
        const recordId = msg.recordId;
        if (!recordId) {
          acks.push({ recordId: '', status: AckStatus.ACK_STATUS_REJECTED, code: 'RECORD_ID_MISSING', reason: 'record_id is empty' });
          continue;
        }
        const existing = this.stmt.get.get(gatewayId, recordId) as RawRecord | undefined;
        if (existing) {
          this.stmt.receipt.run(gatewayId, recordId);
          duplicates += 1;
          acks.push(existing.status === 'accepted'
            ? { recordId, status: AckStatus.ACK_STATUS_DUPLICATE, centreRef: `${gatewayId}/${recordId}` }
            : { recordId, status: AckStatus.ACK_STATUS_REJECTED, code: existing.code ?? '', reason: existing.reason ?? '' });
          continue;
        }
        // Per-visit order (README "Ordering"): seq 1 first, then each seq after its predecessor.
        if (msg.seq > 1 && !this.stmt.hasSeq.get(gatewayId, msg.visitId, msg.seq - 1)) {
          outOfOrder += 1;
          continue;
        }
        acks.push(this.decide(gatewayId, raw, msg, nowMs));
      }
      if (duplicates > 0) this.stmt.bump.run('duplicatesReceived', duplicates);
      if (outOfOrder > 0) this.stmt.bump.run('outOfOrder', outOfOrder);
      return { acks, outOfOrder };
    });
    return run();
  }

  private decide(gatewayId: string, raw: Uint8Array, msg: RecordMsg, nowMs: number): RecordAck {
    const recordId = msg.recordId;
    const base = {
      gatewayId, recordId, visitId: msg.visitId, seq: msg.seq, origRecordId: null as string | null, psnNo: null as string | null,
      insutype: '', medfee: 0, fund: 0, acct: 0, cash: 0, eventTimeMs: toNumber(msg.createdAtMs), offline: 0,
      receivedAt: nowMs, body: Buffer.from(raw), code: null as string | null, reason: null as string | null,
    };
    const reject = (row: typeof base & { kind: string; setlId: string }, code: string, reason: string): RecordAck => {
      this.stmt.insert.run({ ...row, status: 'rejected', code, reason });
      return { recordId, status: AckStatus.ACK_STATUS_REJECTED, code, reason };
    };
    if (msg.settlement) {
      const s = msg.settlement;
      const row = { ...base, kind: 'settlement', setlId: s.setlId ?? '', psnNo: s.psnNo ?? null, insutype: s.insutype ?? '', eventTimeMs: toNumber(s.setlTimeMs) || base.eventTimeMs, offline: s.offline ? 1 : 0 };
      const tooOld = this.outsideWindow(row.eventTimeMs, nowMs);
      if (tooOld) return reject(row, tooOld.code, tooOld.reason);
      const problem = checkAmounts(s.amounts ?? undefined);
      if (problem) return reject(row, 'AMOUNTS_INCONSISTENT', problem);
      const a = s.amounts as AmountsInput;
      const stored = { ...row, medfee: fen(a.medfeeSumamt), fund: fen(a.fundPaySumamt), acct: fen(a.acctPay), cash: fen(a.psnCashPay) };
      const lines = s.lines ?? [];
      if (lines.length > 0) {
        let sum = 0n;
        for (const l of lines) {
          const v = l.detItemFeeSumamt ?? '';
          if (!isMoney(v)) return reject(stored, 'AMOUNTS_INCONSISTENT', `line ${l.feedetlSn ?? '?'}: det_item_fee_sumamt ${JSON.stringify(v)} is not a two-place yuan amount`);
          sum += yuanToFen(v);
        }
        if (sum !== yuanToFen(a.medfeeSumamt ?? '')) return reject(stored, 'LINES_DO_NOT_ADD_UP', `lines total ${fenToYuan(sum)} ≠ medfee_sumamt ${a.medfeeSumamt ?? ''}`);
      }
      this.stmt.insert.run({ ...stored, status: 'accepted' });
      const adj = adjudicate(msg, s, this.population, nowMs);
      this.stmt.insertAdj.run(gatewayId, recordId, AdjudicationOutcome[adj.outcome], Buffer.from(pb.Adjudication.encode(adj).finish()), nowMs);
      return { recordId, status: AckStatus.ACK_STATUS_ACCEPTED, centreRef: `${gatewayId}/${recordId}` };
    }
    if (msg.cancellation) {
      const c = msg.cancellation;
      const row = { ...base, kind: 'cancellation', setlId: c.setlId ?? '', origRecordId: c.origRecordId ?? '', eventTimeMs: toNumber(c.cancelTimeMs) || base.eventTimeMs };
      const tooOld = this.outsideWindow(row.eventTimeMs, nowMs);
      if (tooOld) return reject(row, tooOld.code, tooOld.reason);
      const orig = this.stmt.get.get(gatewayId, c.origRecordId ?? '') as RawRecord | undefined;
      if (!orig || orig.kind !== 'settlement' || orig.status !== 'accepted') return reject(row, 'ORIGINAL_UNKNOWN', `no accepted settlement ${c.origRecordId ?? ''} to cancel`);
      if (this.stmt.cancelled.get(gatewayId, orig.record_id)) return reject(row, 'ALREADY_CANCELLED', `${orig.record_id} is already cancelled`);
      const negated = { medfee: -orig.medfee, fund: -orig.fund, acct: -orig.acct, cash: -orig.cash };
      if (c.amounts) {
        const problem = checkAmounts(c.amounts);
        if (problem) return reject(row, 'AMOUNTS_INCONSISTENT', problem);
        const given = { medfee: fen(c.amounts.medfeeSumamt), fund: fen(c.amounts.fundPaySumamt), acct: fen(c.amounts.acctPay), cash: fen(c.amounts.psnCashPay) };
        if (given.medfee !== negated.medfee || given.fund !== negated.fund || given.acct !== negated.acct || given.cash !== negated.cash) {
          return reject(row, 'AMOUNTS_MISMATCH', 'a cancellation carries the original amounts negated');
        }
      }
      const origMsg = pb.Record.decode(orig.body);
      this.stmt.insert.run({ ...row, ...negated, psnNo: origMsg.settlement?.psnNo ?? null, insutype: orig.insutype, status: 'accepted' });
      const adj = pb.Adjudication.create({ recordId, setlId: c.setlId ?? '', outcome: AdjudicationOutcome.ADJUDICATION_OUTCOME_ACCEPTED, decidedAtMs: nowMs });
      this.stmt.insertAdj.run(gatewayId, recordId, 'ADJUDICATION_OUTCOME_ACCEPTED', Buffer.from(pb.Adjudication.encode(adj).finish()), nowMs);
      return { recordId, status: AckStatus.ACK_STATUS_ACCEPTED, centreRef: `${gatewayId}/${recordId}` };
    }
    return reject({ ...base, kind: 'settlement', setlId: '' }, 'BODY_MISSING', 'a record carries a settlement or a cancellation');
  }

  private outsideWindow(eventTimeMs: number, nowMs: number): { code: string; reason: string } | undefined {
    if (!this.ageWindow) return undefined;
    if (eventTimeMs < nowMs - this.ageWindow.maxAgeDays * DAY) return { code: 'RECORD_TOO_OLD', reason: `settled ${Math.floor((nowMs - eventTimeMs) / DAY)} days ago; the centre accepts ${this.ageWindow.maxAgeDays}` };
    if (eventTimeMs > nowMs + this.ageWindow.maxFutureDays * DAY) return { code: 'RECORD_POST_DATED', reason: `dated ${Math.ceil((eventTimeMs - nowMs) / DAY)} days ahead; the centre accepts ${this.ageWindow.maxFutureDays}` };
    return undefined;
  }

  /** Year-to-date basic-fund total of a person held here (accepted records, CST calendar year). */
  fundPaidThisYear(psnNo: string, year: number): { fundFen: number; records: number } {
    const from = Date.UTC(year, 0, 1) - CST_OFFSET_MS;
    const to = Date.UTC(year + 1, 0, 1) - CST_OFFSET_MS;
    const row = this.stmt.ytd.get(psnNo, from, to) as { fund: number; n: number };
    return { fundFen: row.fund, records: row.n };
  }

  adjudications(gatewayId: string, afterCursor: number, limit: number): AdjudicationPageMsg {
    const take = Math.max(1, Math.min(limit || 100, 1000));
    const rows = this.stmt.adjPage.all(gatewayId, afterCursor, take + 1) as { cursor: number; body: Buffer }[];
    const page = rows.slice(0, take);
    const results = page.map((r) => ({ ...pb.Adjudication.decode(r.body), cursor: r.cursor }));
    return pb.AdjudicationPage.create({ results, nextCursor: page.at(-1)?.cursor ?? afterCursor, more: rows.length > take });
  }

  /** Compares the gateway's totals (and detail, when sent) with what is held for the period. */
  reconcile(gatewayId: string, req: ReconcileRequestInput): ReconcileReplyMsg {
    const from = cstDayStart(req.periodStart ?? '');
    const to = cstDayStart(req.periodEnd ?? '') + 24 * 60 * 60 * 1000;
    const rows = this.stmt.period.all(gatewayId, from, to) as RawRecord[];
    const totals = new Map<string, { count: number; medfee: number; fund: number; acct: number; cash: number }>();
    for (const r of rows) {
      const t = totals.get(r.insutype) ?? { count: 0, medfee: 0, fund: 0, acct: 0, cash: 0 };
      t.count += r.kind === 'cancellation' ? -1 : 1;
      t.medfee += r.medfee;
      t.fund += r.fund;
      t.acct += r.acct;
      t.cash += r.cash;
      totals.set(r.insutype, t);
    }
    const centreTotals: Totals[] = [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([insutype, t]) => ({
      insutype, count: t.count, medfeeSumamt: y(t.medfee), fundPaySumamt: y(t.fund), acctPay: y(t.acct), psnCashPay: y(t.cash),
    }));
    const key = (t: Totals): string => [t.count ?? 0, t.medfeeSumamt || '0.00', t.fundPaySumamt || '0.00', t.acctPay || '0.00', t.psnCashPay || '0.00'].join('|');
    const theirs = new Map((req.totals ?? []).map((t) => [t.insutype ?? '', key(t)]));
    const ours = new Map(centreTotals.map((t) => [t.insutype ?? '', key(t)]));
    let match = theirs.size === ours.size && [...ours].every(([k, v]) => theirs.get(k) === v);
    const mismatches: yibao.center.v1.Mismatch.$Properties[] = [];
    if ((req.detail ?? []).length > 0) {
      const held = new Map(rows.map((r) => [r.record_id, r]));
      const sent = new Map((req.detail ?? []).map((d) => [d.recordId ?? '', d]));
      for (const [id, d] of sent) {
        const r = held.get(id);
        if (!r) mismatches.push({ recordId: id, kind: MismatchKind.MISMATCH_KIND_MISSING_AT_CENTRE, gateway: d });
        else if (!sameAmounts(d, r)) mismatches.push({ recordId: id, kind: MismatchKind.MISMATCH_KIND_AMOUNTS_DIFFER, gateway: d, centre: detail(r) });
      }
      for (const [id, r] of held) if (!sent.has(id)) mismatches.push({ recordId: id, kind: MismatchKind.MISMATCH_KIND_MISSING_AT_GATEWAY, centre: detail(r) });
      if (mismatches.length > 0) match = false;
    }
    return pb.ReconcileReply.create({ result: match ? ReconcileResult.RECONCILE_RESULT_MATCH : ReconcileResult.RECONCILE_RESULT_MISMATCH, centreTotals, mismatches });
  }

  /** Every record held, in arrival order (tests and the report). */
  records(): StoredRecord[] {
    return (this.stmt.all.all() as RawRecord[]).map((r) => ({
      gatewayId: r.gateway_id, recordId: r.record_id, visitId: r.visit_id, seq: r.seq, kind: r.kind, status: r.status, code: r.code,
      medfeeFen: r.medfee, fundFen: r.fund, acctFen: r.acct, cashFen: r.cash, receipts: r.receipts, body: new Uint8Array(r.body),
    }));
  }

  /** What the centre holds, in numbers. */
  summary(): Record<string, unknown> {
    const q = <T>(sql: string): T[] => this.db.prepare(sql).all() as T[];
    const byStatus = q<{ kind: string; status: string; n: number; medfee: number; fund: number; acct: number; cash: number }>(
      'SELECT kind, status, count(*) AS n, sum(medfee) AS medfee, sum(fund) AS fund, sum(acct) AS acct, sum(cash) AS cash FROM records GROUP BY kind, status ORDER BY kind, status');
    const byGateway = q<{ gateway_id: string; n: number; visits: number }>('SELECT gateway_id, count(*) AS n, count(DISTINCT visit_id) AS visits FROM records GROUP BY gateway_id ORDER BY gateway_id');
    const rejections = q<{ code: string; n: number }>("SELECT code, count(*) AS n FROM records WHERE status = 'rejected' GROUP BY code ORDER BY n DESC");
    const adjudications = q<{ outcome: string; n: number }>('SELECT outcome, count(*) AS n FROM adjudications GROUP BY outcome ORDER BY outcome');
    const counters = Object.fromEntries((this.stmt.counters.all() as { name: string; value: number }[]).map((c) => [c.name, c.value]));
    const total = byStatus.reduce((n, r) => n + r.n, 0);
    return {
      records: total,
      byKindAndStatus: byStatus.map((r) => ({ kind: r.kind, status: r.status, count: r.n, medfee_sumamt: y(r.medfee), fund_pay_sumamt: y(r.fund), acct_pay: y(r.acct), psn_cash_pay: y(r.cash) })),
      byGateway: byGateway.map((g) => ({ gatewayId: g.gateway_id, records: g.n, visits: g.visits })),
      rejections: rejections.map((r) => ({ code: r.code, count: r.n })),
      adjudications: Object.fromEntries(adjudications.map((a) => [a.outcome.replace('ADJUDICATION_OUTCOME_', '').toLowerCase(), a.n])),
      duplicatesReceived: counters.duplicatesReceived ?? 0,
      outOfOrder: counters.outOfOrder ?? 0,
    };
  }
}

/** Why the amounts break the wire rules or the invariants, or undefined when they hold. */
export function checkAmounts(a: AmountsInput | undefined): string | undefined {
  if (!a) return 'amounts missing';
  for (const f of AMOUNT_FIELDS) {
    const v = a[f];
    if (v === undefined || v === null || v === '') continue;
    if (!isMoney(v)) return `${f} is not a two-place yuan amount: ${JSON.stringify(v)}`;
  }
  for (const f of ['medfeeSumamt', 'fundPaySumamt', 'psnPartAmt', 'acctPay', 'psnCashPay'] as const) if (!a[f]) return `${f} missing`;
  const v = (f: (typeof AMOUNT_FIELDS)[number]): bigint => (a[f] ? yuanToFen(a[f] ?? '') : 0n);
  if (v('fundPaySumamt') + v('psnPartAmt') !== v('medfeeSumamt')) return `fund_pay_sumamt + psn_part_amt ≠ medfee_sumamt (${a.fundPaySumamt} + ${a.psnPartAmt} ≠ ${a.medfeeSumamt})`;
  if (v('acctPay') + v('psnCashPay') !== v('psnPartAmt')) return `acct_pay + psn_cash_pay ≠ psn_part_amt (${a.acctPay} + ${a.psnCashPay} ≠ ${a.psnPartAmt})`;
  return undefined;
}

/** A checked amount (checkAmounts ran first) as integer fen; absent counts as 0. */
function fen(v: string | null | undefined): number {
  return v ? Number(yuanToFen(v)) : 0;
}

function y(fenValue: number | null): string {
  return fenToYuan(BigInt(fenValue ?? 0));
}

function cstDayStart(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a yyyy-MM-dd date: ${JSON.stringify(date)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - CST_OFFSET_MS;
}

function detail(r: RawRecord): DetailLine {
  return { recordId: r.record_id, setlId: r.setl_id, insutype: r.insutype, cancellation: r.kind === 'cancellation', medfeeSumamt: y(r.medfee), fundPaySumamt: y(r.fund), acctPay: y(r.acct), psnCashPay: y(r.cash) };
}

function sameAmounts(d: DetailLine, r: RawRecord): boolean {
  return d.medfeeSumamt === y(r.medfee) && d.fundPaySumamt === y(r.fund) && d.acctPay === y(r.acct) && d.psnCashPay === y(r.cash);
}
