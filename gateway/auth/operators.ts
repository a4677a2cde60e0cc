/**
 * The operators the IT office registered (Zhoushan 信息系统管理办法: permissions follow the role
 * the IT office configured). Each has an id, a name and a role; a role that approves or
 * audits (supervisor, auditor) needs a secret only that person knows, and a cashier may have
 * one to act as the second person of a tier-1 approval (复核). Secrets are kept as scrypt
 * hashes (secrets.ts). After `maxFailures` wrong secrets in a row the operator is locked until
 * the IT office resets it. Every change, every wrong secret and every lockout is audited.
 *
 * The HIS never learns a secret: it is typed at the gateway's approval page, at its CLI, or
 * sent from the person's own device (POST /approve), and checked here.
 */
import type { Db } from '../store/db.ts';
import { AuditLog } from '../store/audit.ts';
import type { Role } from '../store/sessions.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import { requireCleanText } from '../boundary/text.ts';
import { checkNewSecret, hashSecret, NO_OPERATOR_HASH, secretMatches } from './secrets.ts';

/** Roles whose power rests on the person's own secret. */
export const SECRET_ROLES: ReadonlySet<Role> = new Set(['supervisor', 'auditor']);

export interface OperatorView {
  readonly operator_id: string;
  readonly name: string;
  readonly role: Role;
  readonly has_secret: boolean;
  readonly failed_count: number;
  readonly locked_at: string | null;
  readonly disabled_at: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

interface OperatorRow extends Omit<OperatorView, 'has_secret'> {
  readonly secret_hash: string | null;
}

export interface NewOperator {
  readonly operator_id: string;
  readonly name: string;
  readonly role: Role;
  readonly secret?: string | undefined;
}

const view = ({ secret_hash, ...row }: OperatorRow): OperatorView => ({ ...row, has_secret: secret_hash !== null });

export class OperatorRegistry {
  private readonly audit: AuditLog;
  private readonly getStmt;
  private readonly now: () => Date;
  readonly maxFailures: number;

  constructor(private readonly db: Db, options: { readonly now?: (() => Date) | undefined; readonly maxFailures?: number | undefined } = {}) {
    this.audit = new AuditLog(db);
    this.getStmt = db.prepare('SELECT * FROM operators WHERE operator_id = ?');
    this.now = options.now ?? (() => new Date());
    this.maxFailures = options.maxFailures ?? 5;
  }

  get(operatorId: string): OperatorView | undefined {
    const row = this.row(operatorId);
    return row ? view(row) : undefined;
  }

  list(): OperatorView[] {
    return (this.db.prepare('SELECT * FROM operators ORDER BY operator_id').all() as OperatorRow[]).map(view);
  }

  /** Operators a wrong secret locked, for the technician's status page. */
  locked(): OperatorView[] {
    return (this.db.prepare('SELECT * FROM operators WHERE locked_at IS NOT NULL ORDER BY locked_at').all() as OperatorRow[]).map(view);
  }

  async add(input: NewOperator, actor: string): Promise<OperatorView> {
    requireCleanText(input.operator_id, 'operator_id');
    requireCleanText(input.name, 'name');
    const { operator_id: id, name } = input;
    if (id.length < 1 || id.length > 30) throw new GatewayError('GW_VALIDATION', { detail: 'operator_id must be 1 to 30 characters (the national opter)', details: { path: 'operator_id' } });
    if (name.length < 1 || name.length > 50) throw new GatewayError('GW_VALIDATION', { detail: 'name must be 1 to 50 characters', details: { path: 'name' } });
    if (SECRET_ROLES.has(input.role) && input.secret === undefined) {
      throw new GatewayError('GW_VALIDATION', { detail: `a ${input.role} approves or audits with a secret of their own: give one`, details: { path: 'secret' } });
    }
    const hash = input.secret === undefined ? null : await hashSecret(checkNewSecret(input.secret, 'secret'));
    const at = this.now().toISOString();
    this.db.transaction(() => {
      if (this.row(id)) throw new GatewayError('GW_OPERATOR_EXISTS', { details: { operator_id: id } });
      this.db.prepare('INSERT INTO operators (operator_id, name, role, secret_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, name, input.role, hash, at, at);
      this.audit.append({ actor, action: 'operator.add', subject: id, detail: { name, role: input.role, has_secret: hash !== null } }, at);
    }).immediate();
    return this.get(id)!;
  }

  disable(operatorId: string, actor: string): OperatorView {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      this.existing(operatorId);
      this.db.prepare('UPDATE operators SET disabled_at = coalesce(disabled_at, ?), updated_at = ? WHERE operator_id = ?').run(at, at, operatorId);
      // A disabled operator's open sessions end with it.
      this.db.prepare('UPDATE operator_sessions SET closed_at = ? WHERE operator_id = ? AND closed_at IS NULL').run(at, operatorId);
      this.audit.append({ actor, action: 'operator.disable', subject: operatorId, detail: {} }, at);
    }).immediate();
    return this.get(operatorId)!;
  }

  /** A new secret (or none, for a cashier), and the lock and failure count cleared. */
  async reset(operatorId: string, secret: string | undefined, actor: string): Promise<OperatorView> {
    const current = this.existing(operatorId);
    if (secret === undefined && SECRET_ROLES.has(current.role)) {
      throw new GatewayError('GW_VALIDATION', { detail: `a ${current.role} needs a secret: give the new one`, details: { path: 'secret' } });
    }
    const hash = secret === undefined ? null : await hashSecret(checkNewSecret(secret, 'secret'));
    const at = this.now().toISOString();
    this.db.transaction(() => {
      this.db.prepare('UPDATE operators SET secret_hash = ?, failed_count = 0, locked_at = NULL, disabled_at = NULL, updated_at = ? WHERE operator_id = ?').run(hash, at, operatorId);
      this.audit.append({ actor, action: 'operator.reset', subject: operatorId, detail: { has_secret: hash !== null, was_locked: current.locked_at !== null } }, at);
    }).immediate();
    return this.get(operatorId)!;
  }

  setRole(operatorId: string, role: Role, actor: string): OperatorView {
    const current = this.existing(operatorId);
    if (SECRET_ROLES.has(role) && current.secret_hash === null) {
      throw new GatewayError('GW_OPERATOR_NO_SECRET', { detail: `set a secret first (operator reset) to make ${operatorId} a ${role}`, details: { operator_id: operatorId } });
    }
    const at = this.now().toISOString();
    this.db.transaction(() => {
      this.db.prepare('UPDATE operators SET role = ?, updated_at = ? WHERE operator_id = ?').run(role, at, operatorId);
      this.audit.append({ actor, action: 'operator.role', subject: operatorId, detail: { from: current.role, to: role } }, at);
    }).immediate();
    return this.get(operatorId)!;
  }

  /**
   * The operator, once they proved who they are with their own secret. A wrong secret counts
   * towards the lockout and is audited, even though the caller's request then fails.
   */
  async prove(operatorId: string, secret: string, context: string): Promise<OperatorView> {
    const row = typeof operatorId === 'string' ? this.row(operatorId) : undefined;
    const matches = await secretMatches(typeof secret === 'string' ? secret : '', row?.secret_hash ?? NO_OPERATOR_HASH);
    if (!row) throw new GatewayError('GW_OPERATOR_SECRET_WRONG', { details: { operator_id: operatorId } });
    if (row.disabled_at) throw new GatewayError('GW_OPERATOR_DISABLED', { details: { operator_id: operatorId } });
    if (row.locked_at) throw new GatewayError('GW_OPERATOR_LOCKED', { details: { operator_id: operatorId, locked_at: row.locked_at } });
    if (row.secret_hash === null) throw new GatewayError('GW_OPERATOR_NO_SECRET', { details: { operator_id: operatorId } });
    if (matches) {
      if (row.failed_count > 0) this.db.prepare('UPDATE operators SET failed_count = 0 WHERE operator_id = ?').run(operatorId);
      return view({ ...row, failed_count: 0 });
    }
    const at = this.now().toISOString();
    const failures = this.db.transaction(() => {
      const count = (this.row(operatorId)?.failed_count ?? 0) + 1;
      const lock = count >= this.maxFailures;
      this.db.prepare('UPDATE operators SET failed_count = ?, locked_at = CASE WHEN ? THEN ? ELSE locked_at END, updated_at = ? WHERE operator_id = ?').run(count, lock ? 1 : 0, at, at, operatorId);
      this.audit.append({ actor: operatorId, action: 'operator.secret-wrong', subject: operatorId, detail: { context, failed_count: count } }, at);
      if (lock) this.audit.append({ actor: operatorId, action: 'operator.locked', subject: operatorId, detail: { context, failed_count: count } }, at);
      return count;
    }).immediate();
    if (failures >= this.maxFailures) throw new GatewayError('GW_OPERATOR_LOCKED', { details: { operator_id: operatorId, locked_at: at } });
    throw new GatewayError('GW_OPERATOR_SECRET_WRONG', { details: { operator_id: operatorId, attempts_left: this.maxFailures - failures } });
  }

  private row(operatorId: string): OperatorRow | undefined {
    return this.getStmt.get(operatorId) as OperatorRow | undefined;
  }

  private existing(operatorId: string): OperatorRow {
    const row = this.row(operatorId);
    if (!row) throw new GatewayError('GW_OPERATOR_UNKNOWN', { details: { operator_id: operatorId } });
    return row;
  }
}
