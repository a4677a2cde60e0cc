/**
 * Operator sign-in / sign-out (national interface 9001 / 9002). The HIS authenticates its
 * staff; the gateway trusts the HIS client (its API key) to name the operator and role, and
 * records the client that opened each session, so every write traces back to a person, a
 * role and an HIS installation.
 *
 * Every request names its session, so open sessions are remembered per database connection
 * while no other connection has committed (`PRAGMA data_version`, as for API keys): a
 * sign-out through this connection forgets its session at once, one by another process at
 * the next request. Unknown and closed sessions are never remembered: always refused.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { SessionStore, type Role, type SessionRow } from '../store/sessions.ts';
import { AuditLog } from '../store/audit.ts';
import { GatewayError } from '../errors/gateway-error.ts';

export interface Operator {
  readonly id: string;
  readonly role: Role;
  readonly session_id: string;
}

export interface SignInRequest {
  readonly opter: string;
  readonly opter_name?: string;
  readonly role: Role;
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

/** Open sessions of one connection, valid while its data_version stays the same. */
interface OpenSessions {
  dataVersion: number;
  readonly operators: Map<string, Operator>;
}

const OPEN = new WeakMap<Db, OpenSessions>();
/** A counter has a few operators a shift; more than this is not worth keeping. */
const MAX_REMEMBERED = 4096;

export class OperatorSessions {
  private readonly store: SessionStore;
  private readonly audit: AuditLog;
  private readonly dataVersion;
  private readonly open: OpenSessions;

  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {
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

  signIn(request: SignInRequest, clientId: string): SessionView {
    const at = this.now().toISOString();
    const row: SessionRow = {
      session_id: randomUUID(),
      operator_id: request.opter,
      operator_name: request.opter_name ?? '',
      role: request.role,
      client_id: clientId,
      opened_at: at,
      closed_at: null,
    };
    this.db.transaction(() => {
      this.store.open(row);
      this.audit.append({ actor: request.opter, action: 'sign-in', subject: row.session_id, detail: { role: request.role, client_id: clientId } }, at);
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

  /** The operator behind an open session; refuses unknown and signed-out sessions. */
  resolve(sessionId: string): Operator {
    const version = this.dataVersion.get() as number;
    const { operators } = this.open;
    if (version !== this.open.dataVersion || operators.size >= MAX_REMEMBERED) {
      operators.clear();
      this.open.dataVersion = version;
    }
    const known = operators.get(sessionId);
    if (known) return known;
    const row = this.store.get(sessionId);
    if (!row) throw new GatewayError('GW_SESSION_REQUIRED', { details: { path: 'headers.x-session-id' } });
    if (row.closed_at !== null) throw new GatewayError('GW_SESSION_CLOSED', { details: { session_id: sessionId } });
    const operator: Operator = { id: row.operator_id, role: row.role, session_id: row.session_id };
    // Not from inside a transaction: a rolled-back sign-in must not be remembered.
    if (!this.db.inTransaction) operators.set(sessionId, operator);
    return operator;
  }
}
