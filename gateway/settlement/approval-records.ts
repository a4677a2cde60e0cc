/**
 * Approvals of a cancellation as records, not sessions: who approved which settlement's
 * cancellation, when, proven by their own secret at that moment (the gateway's approval page,
 * its CLI, or a call from the person's own device — never through the HIS). An approval is
 * given before the cancellation arrives, so an unchanged national client's 2208 / 2305 / 2103
 * goes through once the people its tier needs have approved; it expires after `validMs`
 * and is used up by the cancellation that counts it.
 *
 * Who may approve: a registered cashier (as 复核) or supervisor with a secret — never an
 * auditor, never the cashier who settled it; the one asking for the cancellation counts as
 * one person and not again as an approver; each person counts once (one record per person and
 * settlement: approving again renews it).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { AuditLog } from '../store/audit.ts';
import { SettlementStore } from '../store/settlements.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { OperatorRegistry } from '../auth/operators.ts';
import { checkApprovals, tierFor, ZHOUSHAN_APPROVALS, type ApprovalPolicy, type Person, type Requirement, type Tier } from './approvals.ts';

export type ApprovalChannel = 'page' | 'api' | 'cli';

export interface ApprovalRecord extends Person {
  readonly approval_id: string;
  readonly setl_id: string;
  readonly name: string;
  readonly via: ApprovalChannel;
  readonly approved_at: string;
  readonly expires_at: string;
}

/** What a settlement's cancellation needs and has so far. */
export interface ApprovalStatus {
  readonly setl_id: string;
  readonly tier: Tier;
  /** Counting the one who will ask for the cancellation as one person. */
  readonly required: Requirement;
  readonly approvals: readonly ApprovalRecord[];
}

export interface ApproveRequest {
  readonly setl_id: string;
  readonly opter: string;
  readonly secret: string;
  readonly via: ApprovalChannel;
}

export class ApprovalService {
  private readonly settlements: SettlementStore;
  private readonly audit: AuditLog;
  private readonly liveStmt;
  private readonly useStmt;
  private readonly now: () => Date;
  private readonly validMs: number;
  readonly policy: ApprovalPolicy;

  constructor(private readonly db: Db, private readonly registry: OperatorRegistry, options: { readonly now?: (() => Date) | undefined; readonly validMs?: number | undefined; readonly policy?: ApprovalPolicy | undefined } = {}) {
    this.settlements = new SettlementStore(db);
    this.audit = new AuditLog(db);
    this.now = options.now ?? (() => new Date());
    this.validMs = options.validMs ?? 30 * 60_000;
    this.policy = options.policy ?? ZHOUSHAN_APPROVALS;
    this.liveStmt = db.prepare(`SELECT a.approval_id, a.setl_id, a.operator_id AS id, o.name, a.role, a.via, a.approved_at, a.expires_at
      FROM approvals a JOIN operators o USING (operator_id)
      WHERE a.setl_id = ? AND a.used_by IS NULL AND a.expires_at > ? AND o.disabled_at IS NULL ORDER BY a.approved_at`);
    this.useStmt = db.prepare('UPDATE approvals SET used_by = ? WHERE approval_id = ? AND used_by IS NULL');
  }

  async approve(request: ApproveRequest): Promise<ApprovalStatus> {
    const original = this.settlements.byId(request.setl_id);
    if (!original || original.kind !== 'settlement') throw new GatewayError('GW_SETTLEMENT_NOT_FOUND', { details: { setl_id: request.setl_id } });
    const person = await this.registry.prove(request.opter, request.secret, `approve ${request.setl_id}`);
    if (person.role === 'auditor') throw new GatewayError('GW_APPROVER_NOT_ALLOWED', { detail: 'an auditor never approves (separation of duties)', details: { operator_id: person.operator_id, reason: 'auditor' } });
    if (person.operator_id === original.operator) throw new GatewayError('GW_APPROVER_NOT_ALLOWED', { detail: 'the cashier who settled it may not approve its cancellation', details: { operator_id: person.operator_id, reason: 'settled_it' } });
    const cancelled = this.settlements.cancellationOf(original.setl_id);
    if (cancelled) throw new GatewayError('GW_ALREADY_CANCELLED', { details: { setl_id: original.setl_id, cancelled_by: cancelled.setl_id } });
    const now = this.now();
    const at = now.toISOString();
    const expires = new Date(now.getTime() + this.validMs).toISOString();
    const id = randomUUID();
    this.db.transaction(() => {
      this.db.prepare(`INSERT INTO approvals (approval_id, setl_id, operator_id, role, via, approved_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (setl_id, operator_id) DO UPDATE SET approval_id = excluded.approval_id, role = excluded.role, via = excluded.via,
          approved_at = excluded.approved_at, expires_at = excluded.expires_at WHERE approvals.used_by IS NULL`)
        .run(id, original.setl_id, person.operator_id, person.role, request.via, at, expires);
      this.audit.append({ actor: person.operator_id, action: 'approve', subject: original.setl_id, detail: { approval_id: id, role: person.role, via: request.via, expires_at: expires } }, at);
    }).immediate();
    return this.status(original.setl_id);
  }

  /** The approvals that still count for a settlement's cancellation, and what its tier needs. */
  status(setlId: string): ApprovalStatus {
    const original = this.settlements.byId(setlId);
    if (!original || original.kind !== 'settlement') throw new GatewayError('GW_SETTLEMENT_NOT_FOUND', { details: { setl_id: setlId } });
    const tier = tierFor(original.med_type, original.fund_pay_sumamt, this.policy);
    return { setl_id: setlId, tier, required: this.policy.requirements[tier], approvals: this.live(setlId) };
  }

  live(setlId: string): ApprovalRecord[] {
    return this.liveStmt.all(setlId, this.now().toISOString()) as ApprovalRecord[];
  }

  /**
   * Whether the one asking and the approvals given beforehand meet the settlement's tier: the
   * approvals that count (never the requester's own, never the settling cashier's), or the
   * shortfall. Call inside the cancellation's transaction, then `use` what it counted.
   */
  check(original: { setl_id: string; med_type: string; fund_pay_sumamt: number; operator: string }, requester: Person) {
    const tier = tierFor(original.med_type, original.fund_pay_sumamt, this.policy);
    const approvers = this.live(original.setl_id).filter((a) => a.id !== requester.id && a.id !== original.operator);
    return checkApprovals<Person & Partial<ApprovalRecord>>(tier, requester, approvers, this.policy);
  }

  /** Marks approvals as used by a cancellation; false when one was used meanwhile. */
  use(approvalIds: readonly string[], cancellationId: string): boolean {
    return approvalIds.every((id) => this.useStmt.run(cancellationId, id).changes === 1);
  }
}
