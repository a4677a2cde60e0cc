/**
 * Operator sessions (national interface 9001 sign-in → `sign_no`, 9002 sign-out). A write
 * names its session in `X-Session-Id`; the session says who the operator is and in which
 * role, and which HIS client (API key) opened it.
 */
import type { Db } from './db.ts';

export type Role = 'cashier' | 'supervisor' | 'auditor';
export const ROLES: readonly Role[] = ['cashier', 'supervisor', 'auditor'];

export interface SessionRow {
  readonly session_id: string;
  readonly operator_id: string;
  readonly operator_name: string;
  readonly role: Role;
  readonly client_id: string;
  readonly opened_at: string;
  readonly closed_at: string | null;
  /** Last use, written at most once a minute (null: not since sign-in). */
  readonly last_seen_at?: string | null;
}

export class SessionStore {
  private readonly insertStmt;
  private readonly getStmt;
  private readonly closeStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(`INSERT INTO operator_sessions (session_id, operator_id, operator_name, role, client_id, opened_at, closed_at)
      VALUES (@session_id, @operator_id, @operator_name, @role, @client_id, @opened_at, @closed_at)`);
    this.getStmt = db.prepare('SELECT * FROM operator_sessions WHERE session_id = ?');
    this.closeStmt = db.prepare('UPDATE operator_sessions SET closed_at = ? WHERE session_id = ? AND closed_at IS NULL');
  }

  open(row: SessionRow): void {
    this.insertStmt.run(row);
  }

  get(sessionId: string): SessionRow | undefined {
    return this.getStmt.get(sessionId) as SessionRow | undefined;
  }

  close(sessionId: string, at: string): boolean {
    return this.closeStmt.run(at, sessionId).changes === 1;
  }
}
