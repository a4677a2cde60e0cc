/**
 * `yibao-sim center`, `center report` and `center faults`: the long-running command in a
 * child process (it runs until SIGTERM), the two control commands in-process against it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../gateway/cli/command.ts';
import { centerCommand, centerFaultsCommand, centerReportCommand } from '../../simulator/cli/commands/center.ts';
import { captureIo } from '../support/cli-io.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function io(): { io: CliIo; out: () => string; err: () => string } {
  const io = captureIo();
  return { io, out: io.out, err: io.err };
}

describe('yibao-sim center', () => {
  const dir = mkdtempSync(join(tmpdir(), 'centre-cli-'));
  let child: ReturnType<typeof spawn>;
  let url = '';

  beforeAll(async () => {
    const script = `import { centerCommand } from './simulator/cli/commands/center.ts';
      process.exitCode = await centerCommand.run(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });`;
    child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', '--port', '0', '--data-dir', dir, '--fault', 'latencyMs=1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (d: Buffer) => {
        printed += d.toString();
        const m = /listening on (http:\/\/[\d.:]+)/.exec(printed);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${printed}`)));
    });
  });

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts with the faults given as flags, and `center faults` changes them at run time', async () => {
    const show = io();
    expect(await centerFaultsCommand.run(['--url', url], show.io)).toBe(0);
    expect(JSON.parse(show.out())).toMatchObject({ latencyMs: 1, dropAckRate: 0 });
    const set = io();
    expect(await centerFaultsCommand.run(['--url', url, 'reset', 'dropAckRate=0.5,reorder=true'], set.io)).toBe(0);
    expect(JSON.parse(set.out())).toMatchObject({ latencyMs: 0, dropAckRate: 0.5, reorder: true });
    const bad = io();
    expect(await centerFaultsCommand.run(['--url', url, 'dropAckRate=7'], bad.io)).toBe(2);
    expect(bad.out()).toMatch(/between 0 and 1/);
  });

  it('`center report` prints what the centre holds', async () => {
    const r = io();
    expect(await centerReportCommand.run(['--url', url], r.io)).toBe(0);
    const report = JSON.parse(r.out()) as { holds: { records: number }; store: string };
    expect(report.holds.records).toBe(0);
    expect(report.store).toBe(join(dir, 'center.sqlite'));
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a bad port or fault flag with exit code 2', async () => {
    const a = io();
    expect(await centerCommand.run(['--port', '70000'], a.io)).toBe(2);
    expect(a.err()).toMatch(/--port must be 0–65535/);
    const b = io();
    expect(await centerCommand.run(['--port', '0', '--fault', 'nonsense=1'], b.io)).toBe(2);
    expect(b.err()).toMatch(/unknown fault switch/);
    const c = io();
    expect(await centerReportCommand.run(['--url', 'http://127.0.0.1:1'], c.io)).toBe(1);
    expect(c.err()).toMatch(/no centre simulator/);
  });
});
