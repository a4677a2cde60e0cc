/**
 * Cancelling a settlement (2208 / 2305 / 2103) and reversing a transaction whose outcome the
 * HIS does not know (2601, by its Idempotency-Key or its message id). Nothing is edited:
 * a cancellation is a new row pointing at the original, with the amounts negated, the
 * accumulator delta negated, the account payment given back, an audit entry and an outbox
 * `Cancellation` record for the centre — one transaction. The tier (approvals.ts) must be met
 * by approvals given beforehand at the gateway (approval-records.ts), which it uses up.
 *
 * A reversal that finds nothing burns the key and message id, so a request still on its way
 * can never commit afterwards: after a reversal the outcome is known either way.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { AuditLog } from '../store/audit.ts';
import { PersonStore } from '../store/persons.ts';
import { SettlementStore, type SettlementRow } from '../store/settlements.ts';
import { OutboxStore } from '../store/outbox.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { AccumulatorsDelta, SettlementResult } from '../engine/index.ts';
import { negateAccumulators } from '../engine/accumulators.ts';
import { encodeCancellationRecord } from './record.ts';
import { approvalRequired, type Tier } from './approvals.ts';
import type { ApprovalService } from './approval-records.ts';
import { newSettlementId, storageError } from './service.ts';
import { canonicalHash } from './canonical.ts';
import type { Operator } from '../auth/sessions.ts';

export interface CancelRequest {
  readonly reason: string;
}

export interface ReverseRequest extends CancelRequest {
  /** The Idempotency-Key the HIS sent with the settle request whose answer it lost. */
  readonly idempotency_key?: string;
  /** Or the HIS's message id (medins_setl_id / omsgid). */
  readonly omsgid?: string;
}

export interface CancellationView {
  readonly setl_id: string;
  readonly original_setl_id: string;
  readonly mdtrt_id: string;
  readonly psn_no: string;
  readonly reason: string;
  readonly reversal: boolean;
  readonly tier: Tier;
  /**
   * What let it through: the approvals given at the gateway, the HIS's own approval where the
   * site trusts it (approvalTrustHis), or a 2601 reversing, within reversalGraceMs and from the
   * same HIS client, an outcome its sender never received.
   */
  readonly approved_by: ApprovedBy;
  readonly approvals: ReadonlyArray<{ operator: string; role: string; approval_id?: string; approved_at?: string; via?: string }>;
  readonly operator: string;
  readonly session_id: string;
  readonly cancel_time: string;
  /** The original's setlinfo with every amount negated. */
  readonly setlinfo: Record<string, string>;
}

export type ReversalOutcome =
  | { readonly outcome: 'reversed'; readonly cancellation: CancellationView }
  | { readonly outcome: 'already_cancelled'; readonly cancellation: CancellationView }
  | { readonly outcome: 'not_settled'; readonly reversal_id: string; readonly detail: string };

export type ApprovedBy = 'gateway' | 'his' | 'reversal-grace';

interface StoredCancellation {
  readonly kind: 'cancellation';
  readonly reason: string;
  readonly reversal: boolean;
  readonly tier: Tier;
  readonly approved_by?: ApprovedBy;
  readonly setlinfo: Record<string, string>;
}

export interface CancellationDeps {
  readonly db: Db;
  readonly approvals: ApprovalService;
  /** config.approvalTrustHis: the HIS's own approval stands in for the gateway's (each marked). */
  readonly trustHisApprovals?: boolean;
  /** config.reversalGraceMs: how long after a settlement its sender may reverse it unapproved. */
  readonly reversalGraceMs?: number;
  readonly now?: (() => Date) | undefined;
}

function negateSetlinfo(s: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'balc') continue; // a balance, not an amount of the settlement: nothing to negate
    out[k] = k === 'pool_prop_selfpay' ? v : v.startsWith('-') ? v.slice(1) : v === '0.00' ? v : `-${v}`;
  }
  return out;
}

export class CancellationService {
  private readonly settlements: SettlementStore;
  private readonly persons: PersonStore;
  private readonly outbox: OutboxStore;
  private readonly audit: AuditLog;
  private readonly now: () => Date;
  private readonly burnStmt;
  private readonly burntStmt;
  private readonly clientOfStmt;

  constructor(private readonly deps: CancellationDeps) {
    this.settlements = new SettlementStore(deps.db);
    this.persons = new PersonStore(deps.db);
    this.outbox = new OutboxStore(deps.db);
    this.audit = new AuditLog(deps.db);
    this.now = deps.now ?? (() => new Date());
    this.burnStmt = deps.db.prepare('INSERT OR IGNORE INTO reversed_keys (key, reversal_id, operator, created_at) VALUES (?, ?, ?, ?)');
    this.burntStmt = deps.db.prepare('SELECT reversal_id FROM reversed_keys WHERE key = ?');
    this.clientOfStmt = deps.db.prepare('SELECT client_id FROM operator_sessions WHERE session_id = ?').pluck();
  }

  /**
   * A 2601 reversing, soon after and from the HIS client that sent it, a settlement whose
   * answer that client never received: it restores a state nobody knowingly created, so it
   * needs no approval (and is audited as such).
   */
  private withinReversalGrace(original: SettlementRow, operator: Operator, now: Date): boolean {
    const grace = this.deps.reversalGraceMs ?? 0;
    if (grace <= 0 || now.getTime() - Date.parse(original.created_at) > grace) return false;
    return this.clientOfStmt.get(original.session_id) === operator.client_id;
  }

  cancel(setlId: string, idempotencyKey: string | undefined, body: CancelRequest, operator: Operator): CancellationView {
    if (!idempotencyKey) throw new GatewayError('GW_IDEMPOTENCY_KEY_REQUIRED', { details: { path: 'headers.idempotency-key' } });
    return this.cancelRow(setlId, idempotencyKey, canonicalHash({ cancel: setlId, ...body }), body, operator, false);
  }

  reverse(idempotencyKey: string | undefined, body: ReverseRequest, operator: Operator): ReversalOutcome {
    if (!body.idempotency_key && !body.omsgid) {
      throw new GatewayError('GW_VALIDATION', { detail: 'body.idempotency_key or body.omsgid is required', details: { path: 'body.idempotency_key' } });
    }
    const original = (body.idempotency_key ? this.settlements.byIdempotencyKey(body.idempotency_key) : undefined)
      ?? (body.omsgid ? this.settlements.byMedinsSetlId(body.omsgid) : undefined);
    if (original && original.kind === 'settlement') {
      const existing = this.settlements.cancellationOf(original.setl_id);
      if (existing) return { outcome: 'already_cancelled', cancellation: this.view(existing) };
      const key = idempotencyKey ?? `reversal:${original.setl_id}`;
      return { outcome: 'reversed', cancellation: this.cancelRow(original.setl_id, key, canonicalHash({ cancel: original.setl_id, ...body }), body, operator, true) };
    }
    if (original) throw new GatewayError('GW_VALIDATION', { detail: 'the key names a cancellation, not a settlement', details: { path: 'body.idempotency_key' } });
    // Nothing committed under that key or message id: burn both so nothing ever will.
    const reversalId = newSettlementId(this.now(), 'R');
    const keys = [body.idempotency_key ? `key:${body.idempotency_key}` : null, body.omsgid ? `msgid:${body.omsgid}` : null].filter((k): k is string => k !== null);
    const at = this.now().toISOString();
    const commit = this.deps.db.transaction((): ReversalOutcome => {
      // A settlement may have committed between the lookup and this transaction.
      const late = (body.idempotency_key ? this.settlements.byIdempotencyKey(body.idempotency_key) : undefined) ?? (body.omsgid ? this.settlements.byMedinsSetlId(body.omsgid) : undefined);
      if (late) return { outcome: 'not_settled', reversal_id: '', detail: 'raced' };
      const prior = keys.map((k) => this.burntStmt.get(k) as { reversal_id: string } | undefined).find((r) => r !== undefined);
      if (prior) return { outcome: 'not_settled', reversal_id: prior.reversal_id, detail: 'nothing was settled under this key; it was reversed before and stays unusable' };
      for (const k of keys) this.burnStmt.run(k, reversalId, operator.id, at);
      this.audit.append({ actor: operator.id, action: 'reverse.none', subject: reversalId, detail: { session_id: operator.session_id, keys, reason: body.reason } }, at);
      return { outcome: 'not_settled', reversal_id: reversalId, detail: 'nothing was settled under this key; the key is now unusable' };
    });
    let outcome: ReversalOutcome;
    try {
      outcome = commit.immediate();
    } catch (cause) {
      throw storageError(cause);
    }
    // The settlement won the race: reverse it like any other.
    if (outcome.outcome === 'not_settled' && outcome.detail === 'raced') return this.reverse(idempotencyKey, body, operator);
    return outcome;
  }

  /** The reversal that made a message id unusable (a 2601 that came before the message), if one did. */
  reversalOfMsgid(msgid: string): string | undefined {
    return (this.burntStmt.get(`msgid:${msgid}`) as { reversal_id: string } | undefined)?.reversal_id;
  }

  get(setlId: string): CancellationView {
    const row = this.settlements.byId(setlId);
    if (!row || row.kind !== 'cancellation') throw new GatewayError('GW_SETTLEMENT_NOT_FOUND', { details: { setl_id: setlId } });
    return this.view(row);
  }

  private cancelRow(setlId: string, key: string, requestHash: string, body: CancelRequest, operator: Operator, reversal: boolean): CancellationView {
    const replay = this.settlements.byIdempotencyKey(key);
    if (replay) {
      if (replay.kind !== 'cancellation' || replay.request_hash !== requestHash) throw new GatewayError('GW_IDEMPOTENCY_CONFLICT', { details: { setl_id: replay.setl_id } });
      return this.view(replay);
    }
    const original = this.settlements.byId(setlId);
    if (!original || original.kind !== 'settlement') throw new GatewayError('GW_SETTLEMENT_NOT_FOUND', { details: { setl_id: setlId } });
    // Already cancelled says so, before asking for approvals that could not help.
    const earlier = this.settlements.cancellationOf(original.setl_id);
    if (earlier) throw new GatewayError('GW_ALREADY_CANCELLED', { details: { setl_id: original.setl_id, cancelled_by: earlier.setl_id } });
    const now = this.now();
    const check = this.deps.approvals.check(original, operator);
    const tier = check.tier;
    let approvedBy: ApprovedBy = 'gateway';
    if (check.kind === 'insufficient') {
      if (reversal && this.withinReversalGrace(original, operator, now)) approvedBy = 'reversal-grace';
      else if (this.deps.trustHisApprovals) approvedBy = 'his';
      else throw approvalRequired(check, original.setl_id);
    }
    const counted = check.kind === 'approved' ? check.people.filter((p) => p.approval_id !== undefined) : [];
    const originalResult = JSON.parse(original.result) as SettlementResult;
    const cancelId = newSettlementId(now, 'C');
    const recordId = randomUUID();
    const stored: StoredCancellation = { kind: 'cancellation', reason: body.reason, reversal, tier, approved_by: approvedBy, setlinfo: negateSetlinfo(originalResult.setlinfo as unknown as Record<string, string>) };
    const approvals = counted.map((p) => ({ operator: p.id, role: p.role, approval_id: p.approval_id!, approved_at: p.approved_at!, via: p.via! }));
    const row: SettlementRow = {
      ...original,
      setl_id: cancelId,
      kind: 'cancellation',
      original_setl_id: original.setl_id,
      idempotency_key: key,
      request_hash: requestHash,
      medfee_sumamt: -original.medfee_sumamt,
      fund_pay_sumamt: -original.fund_pay_sumamt,
      acct_pay: -original.acct_pay,
      psn_cash_pay: -original.psn_cash_pay,
      operator: operator.id,
      session_id: operator.session_id,
      record_id: recordId,
      medins_setl_id: null,
      reason: body.reason,
      approvals: JSON.stringify(approvals),
      result: JSON.stringify(stored),
      created_at: now.toISOString(),
    };
    const commit = this.deps.db.transaction((): CancellationView | undefined => {
      const raced = this.settlements.byIdempotencyKey(key);
      if (raced) {
        if (raced.kind !== 'cancellation' || raced.request_hash !== requestHash) throw new GatewayError('GW_IDEMPOTENCY_CONFLICT', { details: { setl_id: raced.setl_id } });
        return this.view(raced);
      }
      const already = this.settlements.cancellationOf(original.setl_id);
      if (already) throw new GatewayError('GW_ALREADY_CANCELLED', { details: { setl_id: original.setl_id, cancelled_by: already.setl_id } });
      // A stay settled in parts (中途结算) is unwound from its last settlement back: a later live
      // settlement of the stay counted this one's deductible and admission as already taken.
      if (original.med_type === 'inpatient') {
        const later = this.settlements.activeForVisit(original.mdtrt_id).find((s) => s.setl_id !== original.setl_id && s.created_at >= original.created_at);
        if (later) throw new GatewayError('GW_SETTLEMENT_NOT_LAST', { details: { setl_id: original.setl_id, later_setl_id: later.setl_id } });
      }
      // An approval counted here may have been used by a racing cancellation of the same settlement.
      if (!this.deps.approvals.use(approvals.map((a) => a.approval_id), cancelId)) throw new GatewayError('GW_ALREADY_CANCELLED', { details: { setl_id: original.setl_id } });
      const rowDigest = this.settlements.insert(row, []);
      this.persons.addDelta(original.psn_no, originalResult.benefit_year, cancelId, negateAccumulators(originalResult.accumulators_delta as Partial<AccumulatorsDelta>), now);
      if (original.acct_pay !== 0) this.persons.debitAccount(original.psn_no, -original.acct_pay);
      const seq = this.outbox.nextSeq(original.mdtrt_id);
      const payload = encodeCancellationRecord({ recordId, seq, row, original, reason: body.reason });
      this.outbox.enqueue({ id: recordId, visitId: original.mdtrt_id, seq, kind: 'cancellation', payload, createdAt: now.getTime() });
      this.audit.append({
        actor: operator.id, action: reversal ? 'reverse' : 'cancel', subject: cancelId,
        detail: { session_id: operator.session_id, original_setl_id: original.setl_id, reason: body.reason, tier, approved_by: approvedBy, approvals, record_id: recordId, row_digest: rowDigest },
      }, row.created_at);
      return undefined;
    });
    let raced: CancellationView | undefined;
    try {
      raced = commit.immediate();
    } catch (cause) {
      throw storageError(cause);
    }
    return raced ?? this.view(row);
  }

  view(row: SettlementRow): CancellationView {
    const stored = JSON.parse(row.result) as StoredCancellation;
    return {
      setl_id: row.setl_id,
      original_setl_id: row.original_setl_id ?? '',
      mdtrt_id: row.mdtrt_id,
      psn_no: row.psn_no,
      reason: stored.reason,
      reversal: stored.reversal,
      tier: stored.tier,
      approved_by: stored.approved_by ?? 'gateway',
      approvals: JSON.parse(row.approvals ?? '[]') as CancellationView['approvals'],
      operator: row.operator,
      session_id: row.session_id,
      cancel_time: row.created_at,
      setlinfo: stored.setlinfo,
    };
  }
}
