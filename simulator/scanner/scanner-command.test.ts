import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../gateway/cli/command.ts';
import { scannerCommand } from '../cli/commands/scanner.ts';
import { captureIo } from '../../test/support/cli-io.ts';

function cli(input = ''): { io: CliIo; out: () => string; err: () => string } {
  const io = captureIo({}, input);
  return { io, out: io.out, err: io.err };
}

describe('yibao-sim scanner', () => {
  it.each(['keyboard', 'hid-pos'])('%s mode: the tokens come back through VoucherScanner exactly', async (mode) => {
    const c = cli();
    const code = await scannerCommand.run(['--mode', mode, '--token', 'Ab3-_.=:+/xyz', '--token', 'Q'.repeat(120), '--reports'], c.io);
    expect(code).toBe(0);
    expect(c.out()).toBe(`Ab3-_.=:+/xyz\n${'Q'.repeat(120)}\n`);
    expect(c.err()).toContain('2 scanned, 2 decoded, 0 mismatched');
    // keyboard: a down and an up report per character plus Enter; hid-pos: 1 + 3 reports
    const reports = c.err().split('\n').filter((l) => l.startsWith('report ')).length;
    expect(reports).toBe(mode === 'keyboard' ? 2 * (13 + 1) + 2 * (120 + 1) : 1 + 3);
  });

  it('scans demo tokens by count, and lines of stdin', async () => {
    const demo = cli();
    expect(await scannerCommand.run(['--count', '3'], demo.io)).toBe(0);
    expect(demo.out().trim().split('\n')).toHaveLength(3);
    const piped = cli('tok-1\n\ntok-2\n');
    expect(await scannerCommand.run(['--mode', 'hid-pos', '--stdin'], piped.io)).toBe(0);
    expect(piped.out()).toBe('tok-1\ntok-2\n');
  });

  it('a token a keyboard scanner cannot type is reported, exit code 1; bad options exit 2', async () => {
    const c = cli();
    expect(await scannerCommand.run(['--token', '医保码'], c.io)).toBe(1);
    expect(c.err()).toContain('no key on the US layout');
    expect(await scannerCommand.run(['--mode', 'serial'], cli().io)).toBe(2);
  });
});
