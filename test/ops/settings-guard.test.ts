/**
 * Settings that govern money change only with two people: a gateway whose offline floor was
 * raised in its configuration refuses to serve until two registered operators — one a
 * supervisor, neither an auditor — approve the change with their own secrets, which takes a
 * backup first and audits the change, its approvers and the backup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../gateway/app.ts';
import { loadConfig } from '../../gateway/config.ts';
import { createLogger } from '../../gateway/log.ts';
import { openDatabase } from '../../gateway/store/db.ts';
import { OperatorRegistry } from '../../gateway/auth/operators.ts';
import { AuditLog } from '../../gateway/store/audit.ts';
import { listBackups } from '../../gateway/ops/backup.ts';
import { settingsCommand } from '../../gateway/cli/commands/settings.ts';
import { captureIo } from '../support/cli-io.ts';

let dir: string;
const env = () => ({ YIBAO_DATA_DIR: join(dir, 'data'), YIBAO_BACKUP_DIR: join(dir, 'backups') });
const start = async (extra: Record<string, string> = {}) => createGateway(loadConfig({ env: { ...env(), ...extra }, overrides: { port: 0, uploadIntervalMs: 3_600_000, pcscReaders: false } }), { logger: createLogger({ level: 'silent' }) });
const settings = async (args: string[], stdin: string, extra: Record<string, string> = {}) => {
  const io = captureIo({ ...env(), ...extra }, stdin);
  const code = await settingsCommand.run(args, io);
  return { code, out: io.out(), err: io.err() };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-settings-'));
  const first = await start();
  const registry = first.api.operators;
  await registry.add({ operator_id: 's1', name: '张主任', role: 'supervisor', secret: 'zr-secret-9' }, 'test:it');
  await registry.add({ operator_id: 'c1', name: '李复核', role: 'cashier', secret: 'fh-secret-7' }, 'test:it');
  await registry.add({ operator_id: 'a1', name: '赵审计', role: 'auditor', secret: 'sj-secret-5' }, 'test:it');
  await first.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('settings that govern money', () => {
  const RAISED = { YIBAO_OFFLINE_FLOOR_FEN: '60000' };

  it('a changed offline floor stops the gateway from serving, saying what changed and what to do', async () => {
    await expect(start(RAISED)).rejects.toMatchObject({ code: 'GW_SETTINGS_UNAPPROVED', details: { changed: { offlineFloorFen: { from: 50_000, to: 60_000 } } } });
    expect((await settings(['status'], '', RAISED)).out).toContain('offlineFloorFen: approved 50000, configured 60000');
  });

  it('one person, the same person twice, or an auditor cannot approve it; a wrong secret is refused', async () => {
    expect((await settings(['approve', '--id', 's1'], 'zr-secret-9\n', RAISED)).code).toBe(2);
    expect((await settings(['approve', '--id', 's1', '--id', 's1'], 'zr-secret-9\nzr-secret-9\n', RAISED)).err).toMatch(/GW_TWO_PEOPLE_REQUIRED/);
    expect((await settings(['approve', '--id', 's1', '--id', 'a1'], 'zr-secret-9\nsj-secret-5\n', RAISED)).err).toMatch(/GW_TWO_PEOPLE_REQUIRED/);
    expect((await settings(['approve', '--id', 's1', '--id', 'c1'], 'zr-secret-9\nnot-it-at-all\n', RAISED)).err).toMatch(/GW_OPERATOR_SECRET_WRONG/);
    expect(listBackups(join(dir, 'backups'))).toEqual([]);
    await expect(start(RAISED)).rejects.toMatchObject({ code: 'GW_SETTINGS_UNAPPROVED' });
  });

  it('two people approve it after a backup, audited; then the gateway serves on the new value', async () => {
    const ok = await settings(['approve', '--id', 's1', '--id', 'c1', '--json'], 'zr-secret-9\nfh-secret-7\n', RAISED);
    expect(ok.code, ok.err).toBe(0);
    const { backupId } = JSON.parse(ok.out) as { backupId: string };
    expect(listBackups(join(dir, 'backups')).map((b) => b.id)).toEqual([backupId]);
    const db = openDatabase({ file: join(dir, 'data', 'gateway.sqlite') });
    const entry = db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'settings.change'").get() as { actor: string; detail: string };
    expect(entry.actor).toBe('s1+c1');
    expect(JSON.parse(entry.detail)).toEqual({ changed: { offlineFloorFen: { from: 50_000, to: 60_000 } }, approved_by: [{ operator: 's1', role: 'supervisor' }, { operator: 'c1', role: 'cashier' }], backup_id: backupId });
    expect(new AuditLog(db).verify().ok).toBe(true);
    expect(new OperatorRegistry(db).locked()).toEqual([]);
    db.close();
    const gw = await start(RAISED);
    expect(gw.config.offlineFloorFen).toBe(60_000);
    await gw.close();
  });
});
