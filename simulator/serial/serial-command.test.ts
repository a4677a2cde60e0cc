/**
 * `yibao-sim serial` end to end: the command serves the emulator, the real serialport driver
 * opens the printed path, the technician's stdin removes the card, types the PIN, quits.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../gateway/cli/command.ts';
import { serialportDriver } from '../../drivers/serial/serialport-port.ts';
import { SerialReader } from '../../drivers/serial/reader-client.ts';
import { serialCommand } from '../cli/commands/serial.ts';

function cli(): { io: CliIo; stdin: PassThrough; out: () => string; err: () => string; line: (n: number) => Promise<string>; waitErr: (text: string) => Promise<void> } {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const poll = async (ready: () => boolean): Promise<void> => {
    while (!ready()) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return {
    io: { stdin, stdout, stderr, env: {} },
    stdin,
    out: () => out,
    err: () => err,
    line: async (n) => {
      await poll(() => out.split('\n').length > n + 1);
      return out.split('\n')[n] ?? '';
    },
    waitErr: (text) => poll(() => err.includes(text)),
  };
}

describe('yibao-sim serial', () => {
  it('prints the device path; the driver reads the card, a PIN typed by --pin verifies; remove and quit from stdin', async () => {
    const c = cli();
    const done = serialCommand.run(['--profile', 'adult-resident', '--pin', '123456', '--transcript'], c.io);
    const path = await c.line(0);
    expect(path).toMatch(/^\/dev\/pts\/\d+$/);
    const reader = new SerialReader(await serialportDriver.open(path), { timeoutMs: 1000 });
    expect(await reader.status()).toBe('present');
    await reader.powerOn();
    expect(await reader.enterPin()).toEqual({ kind: 'ok' });
    const events: string[] = [];
    reader.onCardEvent((state) => events.push(state));
    c.stdin.write('remove\n');
    await c.waitErr('card removed');
    expect(await reader.status()).toBe('absent');
    expect(events).toEqual(['absent']);
    expect(c.err()).toContain('=> 00200000 <PIN hidden>');
    expect(c.err()).not.toContain('123456');
    c.stdin.write('quit\n');
    expect(await done).toBe(0);
    await reader.close();
  });

  it('without --pin the pad asks on the terminal: the next line is the PIN, an empty line cancels', async () => {
    const c = cli();
    const done = serialCommand.run(['--profile', 'adult-resident'], c.io);
    const reader = new SerialReader(await serialportDriver.open(await c.line(0)), { timeoutMs: 1000 });
    await reader.powerOn();
    const first = reader.enterPin({ timeoutSeconds: 20 });
    await c.waitErr('[PIN pad]');
    c.stdin.write('123456\n');
    expect(await first).toEqual({ kind: 'ok' });
    const second = reader.enterPin({ timeoutSeconds: 20 }).catch((err: { kind?: string }) => err.kind);
    await c.waitErr('[PIN pad] 请输入密码 (6-6 digits, empty line cancels, 20 s): [PIN pad]');
    c.stdin.write('\n');
    expect(await second).toBe('pin-cancelled');
    c.stdin.end();
    expect(await done).toBe(0);
    await reader.close();
  });

  it('refuses a missing profile name or a bad --pin with exit code 2', async () => {
    expect(await serialCommand.run([], cli().io)).toBe(2);
    expect(await serialCommand.run(['--profile', 'no-such-profile'], cli().io)).toBe(2);
    expect(await serialCommand.run(['--profile', 'adult-resident', '--pin', '12'], cli().io)).toBe(2);
  });
});
