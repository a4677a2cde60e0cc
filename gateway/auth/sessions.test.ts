import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/db.ts';
import { OperatorSessions } from './sessions.ts';

describe('operator sessions (remembered open sessions)', () => {
  it('refuses a session signed out through another OperatorSessions on the same connection', () => {
    const db = openDatabase({ file: ':memory:' });
    const hook = new OperatorSessions(db);
    const session = new OperatorSessions(db).signIn({ opter: 'c1', role: 'cashier' }, 'k1');
    const operator = hook.resolve(session.session_id);
    expect(hook.resolve(session.session_id)).toBe(operator); // remembered
    new OperatorSessions(db).signOut(operator);
    expect(() => hook.resolve(session.session_id)).toThrow(expect.objectContaining({ code: 'GW_SESSION_CLOSED' }));
  });

  it('refuses a session closed by another connection at the next request, and never remembers an unknown one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-sessions-'));
    try {
      const service = openDatabase({ file: join(dir, 'g.sqlite') });
      const cli = openDatabase({ file: join(dir, 'g.sqlite') });
      const hook = new OperatorSessions(service);
      expect(() => hook.resolve('nope')).toThrow(expect.objectContaining({ code: 'GW_SESSION_REQUIRED' }));
      const session = hook.signIn({ opter: 'c1', role: 'cashier' }, 'k1');
      const operator = hook.resolve(session.session_id);
      new OperatorSessions(cli).signOut(operator);
      expect(() => hook.resolve(session.session_id)).toThrow(expect.objectContaining({ code: 'GW_SESSION_CLOSED' }));
      service.close();
      cli.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
