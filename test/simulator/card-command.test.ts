/**
 * `yibao-sim card` end to end on a bench: the command serves the card and the PSAM, the
 * technician's prompt (stdin as a terminal) removes, inserts and swaps it, and `quit` stops it
 * cleanly — a raw pcsclite client follows every step.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../gateway/cli/command.ts';
import { cardCommand } from '../../simulator/cli/commands/card.ts';
import { acquireBench, type Bench } from '../support/pcsc-stack.ts';
import { openscAtr } from './foreign-tools.ts';
import { watchReader, type RawReaderWatch } from './raw-pcsc.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard } from '../../simulator/card/virtual-card.ts';
import { hex } from '../../protocol/apdu/errors.ts';

let bench: Bench;
let user: RawReaderWatch;
let psam: RawReaderWatch;

beforeAll(async () => {
  bench = await acquireBench();
  user = await watchReader(bench.userReader);
  psam = await watchReader(bench.psamReader);
});

afterAll(() => {
  user?.close();
  psam?.close();
  bench?.release();
});

describe('yibao-sim card on a bench', () => {
  it('serves until quit; the prompt removes, inserts and swaps the card', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d: Buffer) => (out += d.toString()));
    const io: CliIo = { stdin, stdout, stderr: stdout, env: {} };
    const listenersBefore = process.listenerCount('SIGINT');
    const running = cardCommand.run(['--profile', 'student', '--port', String(bench.userPort), '--control-port', '0'], io);
    await user.waitFor(true);
    await psam.waitFor(true);
    expect(out).toMatch(new RegExp(`card student in vpcd port ${bench.userPort} \\(port ${bench.userPort}\\); PSAM \\(standard\\) in port ${bench.psamPort}`));
    expect(out).toMatch(/control: http:\/\/127\.0\.0\.1:\d+/);
    stdin.write('remove\n');
    await user.waitFor(false);
    stdin.write('insert\n');
    await user.waitFor(true);
    stdin.write('swap gen1-no-name-extension\n');
    const t0 = hex(new VirtualCard(loadProfile('gen1-no-name-extension')).atr());
    for (let i = 0; i < 50 && (await openscAtr(bench.userReader).catch(() => '')) !== t0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await openscAtr(bench.userReader)).toBe(t0);
    stdin.write('frobnicate\n');
    stdin.write('quit\n');
    expect(await running).toBe(0);
    await user.waitFor(false);
    await psam.waitFor(false);
    expect(out).toMatch(/"profile":"gen1-no-name-extension"/);
    expect(out).toMatch(/commands: insert \[NAME\] \| remove/);
    expect(out).toMatch(/card server stopped/);
    expect(process.listenerCount('SIGINT')).toBe(listenersBefore);
  });
});
