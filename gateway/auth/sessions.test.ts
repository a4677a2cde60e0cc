import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../store/db.ts';
import { AuditLog } from '../store/audit.ts';
import { OperatorSessions } from './sessions.ts';
import { OperatorRegistry } from './operators.ts';

const sessionsOf = (db: Db, options: ConstructorParameters<typeof OperatorSessions>[2] = {}) => new OperatorSessions(db, new OperatorRegistry(db), options);
const actions = (db: Db) => (db.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all() as string[]);

describe('operator sessions (remembered open sessions)', () => {
  it('refuses a session signed out through another OperatorSessions on the same connection', () => {
    const db = openDatabase({ file: ':memory:' });
    const hook = sessionsOf(db);
    const session = sessionsOf(db).signIn({ opter: 'c1' }, 'k1');
    const operator = hook.resolve(session.session_id);
    expect(hook.resolve(session.session_id)).toBe(operator); // remembered
    sessionsOf(db).signOut(operator);
    expect(() => hook.resolve(session.session_id)).toThrow(expect.objectContaining({ code: 'GW_SESSION_CLOSED' }));
  });

  it('refuses a session closed by another connection at the next request, and never remembers an unknown one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-sessions-'));
    try {
      const service = openDatabase({ file: join(dir, 'g.sqlite') });
      const cli = openDatabase({ file: join(dir, 'g.sqlite') });
      const hook = sessionsOf(service);
      expect(() => hook.resolve('nope')).toThrow(expect.objectContaining({ code: 'GW_SESSION_REQUIRED' }));
      const session = hook.signIn({ opter: 'c1', role: 'cashier' }, 'k1');
      const operator = hook.resolve(session.session_id);
      sessionsOf(cli).signOut(operator);
      expect(() => hook.resolve(session.session_id)).toThrow(expect.objectContaining({ code: 'GW_SESSION_CLOSED' }));
      service.close();
      cli.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('who a session says the operator is', () => {
  it('never takes a role from the request: a claimed supervisor or auditor is refused, nothing is opened', () => {
    const db = openDatabase({ file: ':memory:' });
    const sessions = sessionsOf(db);
    for (const role of ['supervisor', 'auditor'] as const) {
      expect(() => sessions.signIn({ opter: 'boss', role }, 'k1')).toThrow(expect.objectContaining({ code: 'GW_ROLE_NOT_ASSIGNED' }));
    }
    expect(db.prepare('SELECT count(*) FROM operator_sessions').pluck().get()).toBe(0);
  });

  it('a registered supervisor signed in by the HIS holds a cashier\'s session under the registered name', async () => {
    const db = openDatabase({ file: ':memory:' });
    const registry = new OperatorRegistry(db);
    await registry.add({ operator_id: 's1', name: '张主任', role: 'supervisor', secret: 'correct-horse' }, 'cli:it');
    const session = new OperatorSessions(db, registry).signIn({ opter: 's1', opter_name: 'whatever the HIS says' }, 'k1');
    expect(session).toMatchObject({ role: 'cashier', opter_name: '张主任' });
  });

  it('refuses a disabled or locked operator, and a disabled one\'s open sessions end', async () => {
    const db = openDatabase({ file: ':memory:' });
    const registry = new OperatorRegistry(db, { maxFailures: 2 });
    const sessions = new OperatorSessions(db, registry);
    await registry.add({ operator_id: 'c1', name: '王芳', role: 'cashier' }, 'cli:it');
    const open = sessions.signIn({ opter: 'c1' }, 'k1');
    registry.disable('c1', 'cli:it');
    expect(() => sessions.resolve(open.session_id)).toThrow(expect.objectContaining({ code: 'GW_SESSION_CLOSED' }));
    expect(() => sessions.signIn({ opter: 'c1' }, 'k1')).toThrow(expect.objectContaining({ code: 'GW_OPERATOR_DISABLED' }));
    await registry.add({ operator_id: 's1', name: '张主任', role: 'supervisor', secret: 'correct-horse' }, 'cli:it');
    await expect(registry.prove('s1', 'wrong-1', 'test')).rejects.toMatchObject({ code: 'GW_OPERATOR_SECRET_WRONG' });
    await expect(registry.prove('s1', 'wrong-2', 'test')).rejects.toMatchObject({ code: 'GW_OPERATOR_LOCKED' });
    expect(() => sessions.signIn({ opter: 's1' }, 'k1')).toThrow(expect.objectContaining({ code: 'GW_OPERATOR_LOCKED' }));
  });

  it('signs out a session left idle, audited, and keeps one in use alive', () => {
    const db = openDatabase({ file: ':memory:' });
    let now = Date.parse('2026-12-03T08:00:00Z');
    const sessions = sessionsOf(db, { now: () => new Date(now), idleMs: 30 * 60_000 });
    const busy = sessions.signIn({ opter: 'c1' }, 'k1');
    const idle = sessions.signIn({ opter: 'c2' }, 'k1');
    for (let i = 0; i < 4; i++) {
      now += 20 * 60_000;
      sessions.resolve(busy.session_id);
    }
    expect(() => sessions.resolve(idle.session_id)).toThrow(expect.objectContaining({ code: 'GW_SESSION_EXPIRED' }));
    expect(() => sessions.resolve(idle.session_id)).toThrow(expect.objectContaining({ code: 'GW_SESSION_CLOSED' }));
    // Another process reads the last use written (at most a minute old) and keeps the busy one too.
    now += 60_000;
    expect(sessionsOf(db, { now: () => new Date(now), idleMs: 30 * 60_000 }).resolve(busy.session_id).id).toBe('c1');
    expect(actions(db)).toContain('sign-out.idle');
    expect(new AuditLog(db).verify().ok).toBe(true);
  });
});
