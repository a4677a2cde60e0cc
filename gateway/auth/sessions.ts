/**
 * Operator sign-in / sign-out (national interface 9001 / 9002). The HIS authenticates its
 * counter staff, so its API key may open a cashier's session; the role is never taken from
 * the request: an operator the IT office registered (operators.ts) signs in under the name it
 * registered, a disabled or locked one not at all, and one it did not register only as a
 * cashier. A supervisor's or auditor's session takes the person's own secret (sent from their
 * own device: `signInWithSecret`); approvals are never a session's power but records proven
 * by a secret at that moment (settlement/approval-records.ts). Each session records the HIS client that opened
 * it, so every write traces back to a person, a role and an HIS installation.
 *
 * A session left idle longer than `idleMs` signs itself out (Zhoushan: an operator leaving
 * the post must not leave a usable session behind); its last use is written at most once a
 * minute, so the sale path does not write for it.
 *
 * Every request names its session, so open sessions are remembered per database connection
 * while no other connection has committed (`PRAGMA data_version`, as for API keys): a
 * sign-out through this connection forgets its session at once, one by another process at
 * the next request. Unknown and closed sessions are never remembered: always refused.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { SessionStore, type Role, type SessionRow } from '../store/sessions.ts';
import { AuditLog } from '../store/audit.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { OperatorRegistry } from './operators.ts';

export interface Operator {
  readonly id: string;
  readonly role: Role;
  readonly session_id: string;
  /** The HIS client (API key id) that opened the session. */
  readonly client_id: string;
}

export interface SignInRequest {
  readonly opter: string;
  readonly opter_name?: string;
  /** Only `cashier` may be asked for: roles are assigned by the IT office, not claimed. */
  readonly role?: Role;
}

export interface SessionView {
  readonly session_id: string;
  readonly opter: string;
  readonly opter_name: string;
  readonly role: Role;
  readonly opened_at: string;
  readonly closed_at: string | null;
}

function view(row: SessionRow): SessionView {
  return { session_id: row.session_id, opter: row.operator_id, opter_name: row.operator_name, role: row.role, opened_at: row.opened_at, closed_at: row.closed_at };
}

interface Remembered {
  readonly operator: Operator;
  /** When the session was last used, and when that was last written (ms). */
  lastSeen: number;
  written: number;
}

/** Open sessions of one connection, valid while its data_version stays the same. */
interface OpenSessions {
  dataVersion: number;
  readonly operators: Map<string, Remembered>;
}

/** A session's last use is written at most this often. */
const TOUCH_EVERY_MS = 60_000;

const OPEN = new WeakMap<Db, OpenSessions>();

/**
 * A session id, which the national interface calls sign_no: 30 hex characters (120 random
 * bits), so it fits the 30-character sign_no columns of HIS software.
 */
function newSessionId(): string {
  return randomBytes(15).toString('hex');
}
/** A counter has a few operators a shift; more than this is not worth keeping. */
const MAX_REMEMBERED = 4096;

export class OperatorSessions {
  private readonly store: SessionStore;
  private readonly audit: AuditLog;
  private readonly dataVersion;
  private readonly open: OpenSessions;

  private readonly now: () => Date;
  private readonly idleMs: number;
  private readonly touchStmt;

  constructor(private readonly db: Db, private readonly registry: OperatorRegistry, options: { readonly now?: (() => Date) | undefined; readonly idleMs?: number | undefined } = {}) {
    this.now = options.now ?? (() => new Date());
    this.idleMs = options.idleMs ?? 30 * 60_000;
    this.touchStmt = db.prepare('UPDATE operator_sessions SET last_seen_at = ? WHERE session_id = ? AND closed_at IS NULL');
    this.store = new SessionStore(db);
    this.audit = new AuditLog(db);
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    let open = OPEN.get(db);
    if (!open) {
      open = { dataVersion: -1, operators: new Map() };
      OPEN.set(db, open);
    }
    this.open = open;
  }

  /** A cashier's session, opened for an operator the HIS authenticated. */
  signIn(request: SignInRequest, clientId: string): SessionView {
    if (request.role !== undefined && request.role !== 'cashier') {
      throw new GatewayError('GW_ROLE_NOT_ASSIGNED', { details: { path: 'role', role: request.role } });
    }
    const registered = this.registry.get(request.opter);
    if (registered?.disabled_at) throw new GatewayError('GW_OPERATOR_DISABLED', { details: { operator_id: request.opter } });
    if (registered?.locked_at) throw new GatewayError('GW_OPERATOR_LOCKED', { details: { operator_id: request.opter, locked_at: registered.locked_at } });
    return this.openSession(request.opter, registered?.name ?? request.opter_name ?? '', 'cashier', clientId, { registered: registered !== undefined, secret: false });
  }

  /**
   * A session in the role the IT office registered (a supervisor's, an auditor's), opened with
   * the person's own secret — sent from their own device, never held by the HIS.
   */
  async signInWithSecret(request: SignInRequest & { readonly secret: string }, clientId: string): Promise<SessionView> {
    const person = await this.registry.prove(request.opter, request.secret, 'sign-in');
    if (request.role !== undefined && request.role !== person.role) {
      throw new GatewayError('GW_ROLE_NOT_ASSIGNED', { detail: `${person.operator_id} is registered as ${person.role}`, details: { path: 'role', role: request.role } });
    }
    return this.openSession(person.operator_id, person.name, person.role, clientId, { registered: true, secret: true });
  }

  private openSession(operatorId: string, name: string, role: Role, clientId: string, how: { registered: boolean; secret: boolean }): SessionView {
    const at = this.now().toISOString();
    const row: SessionRow = { session_id: newSessionId(), operator_id: operatorId, operator_name: name, role, client_id: clientId, opened_at: at, closed_at: null };
    this.db.transaction(() => {
      this.store.open(row);
      this.audit.append({ actor: operatorId, action: 'sign-in', subject: row.session_id, detail: { role, client_id: clientId, ...how } }, at);
    }).immediate();
    return view(row);
  }

  signOut(operator: Operator): SessionView {
    const at = this.now().toISOString();
    this.open.operators.delete(operator.session_id);
    this.db.transaction(() => {
      if (this.store.close(operator.session_id, at)) this.audit.append({ actor: operator.id, action: 'sign-out', subject: operator.session_id, detail: {} }, at);
    }).immediate();
    return view(this.store.get(operator.session_id)!);
  }

  /** The name an operator signed in with for that session (for receipts), or null when none was given. */
  operatorName(sessionId: string): string | null {
    const name = this.store.get(sessionId)?.operator_name;
    return name ? name : null;
  }

  /** The operator behind an open session; refuses unknown, signed-out and idle sessions. */
  resolve(sessionId: string): Operator {
    const version = this.dataVersion.get() as number;
    const { operators } = this.open;
    if (version !== this.open.dataVersion || operators.size >= MAX_REMEMBERED) {
      operators.clear();
      this.open.dataVersion = version;
    }
    const nowMs = this.now().getTime();
    let known = operators.get(sessionId);
    if (!known) {
      const row = this.store.get(sessionId);
      if (!row) throw new GatewayError('GW_SESSION_REQUIRED', { details: { path: 'headers.x-session-id' } });
      if (row.closed_at !== null) throw new GatewayError('GW_SESSION_CLOSED', { details: { session_id: sessionId } });
      const seen = Date.parse(row.last_seen_at ?? row.opened_at);
      known = { operator: { id: row.operator_id, role: row.role, session_id: row.session_id, client_id: row.client_id }, lastSeen: seen, written: seen };
      // Not from inside a transaction: a rolled-back sign-in must not be remembered.
      if (!this.db.inTransaction) operators.set(sessionId, known);
    }
    if (this.idleMs > 0 && nowMs - known.lastSeen > this.idleMs) {
      operators.delete(sessionId);
      this.expire(known.operator, known.lastSeen);
      throw new GatewayError('GW_SESSION_EXPIRED', { details: { session_id: sessionId, idle_minutes: Math.round(this.idleMs / 60_000) } });
    }
    known.lastSeen = Math.max(known.lastSeen, nowMs);
    if (nowMs - known.written >= TOUCH_EVERY_MS && !this.db.inTransaction) {
      this.touchStmt.run(new Date(nowMs).toISOString(), sessionId);
      known.written = nowMs;
    }
    return known.operator;
  }

  /** Signs out a session left idle, audited as such (not from inside another transaction). */
  private expire(operator: Operator, lastSeen: number): void {
    if (this.db.inTransaction) return;
    const at = this.now().toISOString();
    this.db.transaction(() => {
      if (this.store.close(operator.session_id, at)) {
        this.audit.append({ actor: operator.id, action: 'sign-out.idle', subject: operator.session_id, detail: { last_seen_at: new Date(lastSeen).toISOString() } }, at);
      }
    }).immediate();
  }
}
