/** `yibao-gateway backup / verify / restore` as a technician runs them, in-process. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../../gateway/cli/commands/backup.ts';
import { restoreCommand } from '../../gateway/cli/commands/restore.ts';
import { verifyCommand } from '../../gateway/cli/commands/verify.ts';
import { startHarness, type OpsHarness } from './fixtures.ts';
import { captureIo } from '../support/cli-io.ts';

let h: OpsHarness;
let loc: string[];

beforeAll(async () => {
  h = await startHarness();
  for (let i = 0; i < 5; i++) await h.sell(`cli-${i}`);
  loc = ['--data-dir', `${h.dir}/data`, '--backup-dir', h.backupDir];
});

afterAll(async () => {
  await h?.close();
});

describe('backup, verify and restore commands', () => {
  it('backup --auto takes a full backup first, then incrementals; --list shows them', async () => {
    const first = captureIo();
    expect(await backupCommand.run(['--auto', ...loc], first)).toBe(0);
    expect(first.out()).toMatch(/^full backup \d{8}T\d{6}Z-full: /);
    await h.sell('cli-after-full');
    const second = captureIo();
    expect(await backupCommand.run(['--json', ...loc], second)).toBe(0);
    expect(JSON.parse(second.out()).entry.kind).toBe('incremental');
    const list = captureIo();
    expect(await backupCommand.run(['--list', ...loc], list)).toBe(0);
    expect(list.out().split('\n').filter((l) => /-(full|incr)/.test(l))).toHaveLength(2);
  });

  it('refuses two modes at once and unknown options with the usage (exit 2)', async () => {
    const io = captureIo();
    expect(await backupCommand.run(['--full', '--incremental', ...loc], io)).toBe(2);
    expect(io.err()).toContain('choose one of');
    const bad = captureIo();
    expect(await backupCommand.run(['--fulll', ...loc], bad)).toBe(2);
    expect(bad.err()).toContain('Usage: yibao-gateway backup');
  });

  it('verify checks the live database and the newest backup', async () => {
    const live = captureIo();
    expect(await verifyCommand.run(loc, live)).toBe(0);
    expect(live.out()).toContain('audit chain   ok (');
    expect(live.out()).toContain('verify: OK');
    const backup = captureIo();
    expect(await verifyCommand.run(['--backup', 'latest', '--json', ...loc], backup)).toBe(0);
    expect(JSON.parse(backup.out()).settlements).toBe(6);
  });

  it('restore needs an actor, refuses over an existing database without --force, then restores with --force', async () => {
    const noActor = captureIo();
    expect(await restoreCommand.run(loc, noActor)).toBe(2);
    const exists = captureIo();
    expect(await restoreCommand.run(['--actor', 'it-wang+it-li', ...loc], exists)).toBe(1);
    expect(exists.err()).toContain('GW_RESTORE_REFUSED');
    await h.gateway.close();
    const done = captureIo();
    expect(await restoreCommand.run(['--actor', 'it-wang+it-li', '--force', ...loc], done)).toBe(0);
    expect(done.out()).toContain('verify: OK');
    expect(done.out()).toMatch(/moved to .*gateway\.sqlite\.before-restore-/);
    const missing = captureIo();
    expect(await restoreCommand.run(['--actor', 'x', '--force', '--id', 'nope', ...loc], missing)).toBe(1);
    expect(missing.err()).toContain('GW_BACKUP_NOT_FOUND');
  });
});
