/**
 * The backup timer's service, run as systemd would run it: its ExecStart line (paths mapped
 * to this checkout and a temporary data directory) against a database the gateway made, then
 * `verify --backup latest` from the same binary. Proves the unit, the CLI table and the
 * backup code agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase } from '../../gateway/store/db.ts';
import { AuditLog } from '../../gateway/store/audit.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-timer-'));
  const db = openDatabase({ file: join(dir, 'data', 'gateway.sqlite') });
  const audit = new AuditLog(db);
  db.transaction(() => { for (let i = 0; i < 20; i++) audit.append({ actor: 'cashier-01', action: 'identify', subject: `P${i}`, detail: {} }); })();
  db.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** ExecStart of the unit with the installation's paths mapped to this checkout. */
function execStart(unit: string): { file: string; args: string[]; env: NodeJS.ProcessEnv } {
  const text = readFileSync(join(ROOT, 'deploy/systemd', unit), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('ExecStart='))!.slice('ExecStart='.length);
  const map = (word: string): string => word
    .replace('/usr/bin/node', process.execPath)
    .replace('/opt/yibao-gateway/', ROOT)
    .replace('/etc/yibao-gateway/gateway.json', join(ROOT, 'deploy/gateway.example.json'));
  const [file, ...args] = line.trim().split(/\s+/).map(map);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  for (const l of text.split('\n').filter((x) => x.startsWith('Environment='))) {
    const [key, value] = l.slice('Environment='.length).split('=') as [string, string];
    env[key] = value.replace('/var/lib/yibao-gateway', join(dir, 'data')).replace('/var/backups/yibao-gateway', join(dir, 'backups'));
  }
  return { file: file!, args, env };
}

describe('yibao-gateway-backup.service', () => {
  it('its ExecStart takes the first (full) backup, then an incremental; verify --backup latest passes', async () => {
    const cmd = execStart('yibao-gateway-backup.service');
    expect(cmd.args).toContain('--auto');
    expect(cmd.env.YIBAO_BACKUP_DIR).toBe(join(dir, 'backups'));
    const first = await run(cmd.file, cmd.args, { cwd: ROOT, env: cmd.env, timeout: 60_000 });
    expect(first.stdout).toMatch(/^full backup \S+-full: /);
    const second = await run(cmd.file, cmd.args, { cwd: ROOT, env: cmd.env, timeout: 60_000 });
    expect(second.stdout).toMatch(/^incremental backup \S+-incr: /);
    const verify = await run(process.execPath, ['gateway/bin/yibao-gateway.mjs', 'verify', '--backup', 'latest'], { cwd: ROOT, env: cmd.env, timeout: 60_000 });
    expect(verify.stdout).toContain('audit chain   ok (20 entries)');
    expect(verify.stdout).toContain('verify: OK');
  });
});
