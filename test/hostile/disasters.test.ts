/**
 * The disasters a technician meets at a counter PC, each answered by the real command in its
 * own process with one line on stderr that says what is wrong and what to do, and a
 * non-zero exit: the port taken, the disk full, a read-only disk, a data directory with no
 * database, a date that is not a day, and a restore onto a new, empty disk.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';

const BIN = join(import.meta.dirname, '../../gateway/bin/yibao-gateway.mjs');

function run(args: string[], timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, YIBAO_PCSC_READERS: 'false', YIBAO_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** One line saying what is wrong, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0]!;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-disaster-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('serve', () => {
  let holder: Server;
  let port: number;
  beforeAll(async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    port = (holder.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => holder.close(() => resolve()));
  });

  it('on a port already in use: GW_PORT_IN_USE naming the port, exit 1', async () => {
    const r = await run(['serve', '--port', String(port), '--data-dir', join(dir, 'port')]);
    expect(r.code).toBe(1);
    const line = oneLine(r.stderr);
    expect(line).toContain('GW_PORT_IN_USE');
    expect(line).toContain(`127.0.0.1:${port}`);
    expect(line).toContain('端口已被占用');
  });

  describe('on a small disk of its own (tmpfs)', () => {
    const mnt = () => join(dir, 'mnt');
    beforeAll(() => {
      mkdirSync(mnt(), { recursive: true });
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt()]);
    });
    afterAll(() => {
      execFileSync('umount', [mnt()]);
    });

    it('full: GW_STORAGE "the disk is full", exit 1', async () => {
      writeFileSync(join(mnt(), 'filler'), Buffer.alloc(256 * 1024 - 4096));
      try {
        writeFileSync(join(mnt(), 'filler2'), Buffer.alloc(8192));
      } catch {
        // full now, as intended
      }
      const r = await run(['serve', '--port', '0', '--data-dir', join(mnt(), 'data')]);
      expect(r.code).toBe(1);
      const line = oneLine(r.stderr);
      expect(line).toContain('GW_STORAGE');
      expect(line).toContain('the disk is full');
      rmSync(join(mnt(), 'filler'), { force: true });
      rmSync(join(mnt(), 'filler2'), { force: true });
    });

    it('read-only: GW_STORAGE saying the directory cannot be written, exit 1', async () => {
      mkdirSync(join(mnt(), 'ro'), { recursive: true });
      execFileSync('mount', ['-o', 'remount,ro', mnt()]);
      try {
        const r = await run(['serve', '--port', '0', '--data-dir', join(mnt(), 'ro')]);
        expect(r.code).toBe(1);
        const line = oneLine(r.stderr);
        expect(line).toContain('GW_STORAGE');
        expect(line).toMatch(/cannot be opened for writing|cannot be written/);
      } finally {
        execFileSync('mount', ['-o', 'remount,rw', mnt()]);
      }
    });
  });
});

describe('reconcile', () => {
  for (const date of ['2026-13-45', '2026-02-30', '2026-2-3']) {
    it(`--date ${date} is bad usage (exit 2), never a match`, async () => {
      const r = await run(['reconcile', '--date', date, '--data-dir', join(dir, 'none')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--date ${date} is not a calendar day`);
      expect(r.stdout).not.toContain('MATCH');
    });
  }

  it('on a data directory without a database: GW_DATABASE_MISSING, exit 1', async () => {
    const r = await run(['reconcile', '--date', '2026-11-22', '--data-dir', join(dir, 'empty')]);
    expect(r.code).toBe(1);
    const line = oneLine(r.stderr);
    expect(line).toContain('GW_DATABASE_MISSING');
    expect(line).toContain('--data-dir');
  });
});

describe('restore onto a new disk', () => {
  it('creates the data directory that does not exist yet', async () => {
    const old = join(dir, 'old');
    const backups = join(dir, 'backups');
    expect((await run(['apikey', 'create', '--name', 'HIS', '--data-dir', old])).code).toBe(0);
    const backup = await run(['backup', '--full', '--data-dir', old, '--backup-dir', backups]);
    expect(backup.code, backup.stderr).toBe(0);
    const fresh = join(dir, 'new-disk', 'var', 'lib', 'yibao-gateway');
    const r = await run(['restore', '--actor', 'it-wang+it-li', '--data-dir', fresh, '--backup-dir', backups]);
    expect(r.code, r.stderr).toBe(0);
    const verify = await run(['verify', '--data-dir', fresh]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });
});
