import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureIo } from '../../../test/support/cli-io.ts';
import { approveCommand, operatorCommand } from './operator.ts';
import { openDatabase } from '../../store/db.ts';
import { AuditLog } from '../../store/audit.ts';
import { SettlementStore, type SettlementRow } from '../../store/settlements.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-operator-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = async (command: typeof operatorCommand, args: string[], stdin?: string) => {
  const io = captureIo({}, stdin);
  const code = await command.run([...args, '--data-dir', dir], io);
  return { code, out: io.out(), err: io.err() };
};

describe('yibao-gateway operator', () => {
  it('registers a supervisor with a secret read from stdin (never argv), lists, resets and disables, all audited', async () => {
    expect((await run(operatorCommand, ['add', '--id', 's1', '--name', '张主任', '--role', 'supervisor'], 'zr-secret-9\n')).code).toBe(0);
    const listed = JSON.parse((await run(operatorCommand, ['list', '--json'])).out) as Array<Record<string, unknown>>;
    expect(listed).toEqual([expect.objectContaining({ operator_id: 's1', name: '张主任', role: 'supervisor', has_secret: true })]);
    expect(JSON.stringify(listed)).not.toContain('zr-secret-9');
    expect((await run(operatorCommand, ['reset', '--id', 's1'], 'new-secret-1\n')).out).toMatch(/^s1 +supervisor +secret +active/);
    expect((await run(operatorCommand, ['disable', '--id', 's1'])).out).toMatch(/disabled/);
    const db = openDatabase({ file: join(dir, 'gateway.sqlite') });
    expect(db.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all()).toEqual(['operator.add', 'operator.reset', 'operator.disable']);
    expect(new AuditLog(db).verify().ok).toBe(true);
    db.close();
  });

  it('says what to do on bad usage and refuses a supervisor without a secret', async () => {
    expect((await run(operatorCommand, ['add', '--id', 's2', '--name', 'x', '--role', 'boss'])).err).toMatch(/--role must be one of cashier, supervisor, auditor/);
    expect((await run(operatorCommand, ['add', '--id', 's2', '--name', 'x', '--role', 'supervisor', '--no-secret'])).code).toBe(2);
    const short = await run(operatorCommand, ['add', '--id', 's2', '--name', 'x', '--role', 'supervisor'], '123\n');
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/GW_VALIDATION .*6 to 64 characters/);
    expect((await run(operatorCommand, ['disable'])).err).toMatch(/--id is required/);
    expect((await run(operatorCommand, ['disable', '--id', 'nobody'])).err).toMatch(/GW_OPERATOR_UNKNOWN/);
  });
});

describe('yibao-gateway approve', () => {
  it('approves a settlement\'s cancellation at the gateway with the approver\'s secret', async () => {
    await run(operatorCommand, ['add', '--id', 's1', '--name', '张主任', '--role', 'supervisor'], 'zr-secret-9\n');
    const db = openDatabase({ file: join(dir, 'gateway.sqlite') });
    const row: SettlementRow = {
      setl_id: 'S1', kind: 'settlement', original_setl_id: null, mdtrt_id: 'M1', psn_no: 'P1', insutype: 'resident', med_type: 'outpatient', idempotency_key: 'k1',
      request_hash: 'h', policy_id: 'p', medfee_sumamt: 10_000, fund_pay_sumamt: 5_000, acct_pay: 0, psn_cash_pay: 5_000, offline: 0, operator: 'c1', session_id: 's',
      record_id: 'r1', medins_setl_id: null, reason: null, approvals: null, result: '{}', created_at: new Date().toISOString(),
    };
    new SettlementStore(db).insert(row, []);
    db.close();
    expect((await run(approveCommand, ['--setl-id', 'S1', '--id', 's1'], 'wrong-secret\n')).err).toMatch(/GW_OPERATOR_SECRET_WRONG/);
    const ok = await run(approveCommand, ['--setl-id', 'S1', '--id', 's1', '--json'], 'zr-secret-9\n');
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ setl_id: 'S1', tier: 1, approvals: [{ id: 's1', role: 'supervisor', via: 'cli' }] });
  });
});
