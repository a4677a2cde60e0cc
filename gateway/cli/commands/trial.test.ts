import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../command.ts';
import { trialJson } from '../../engine/testing.ts';
import { trialCommand } from './trial.ts';
import { captureIo } from '../../../test/support/cli-io.ts';

function io(stdinText: string): { io: CliIo; out: () => string; err: () => string } {
  const io = captureIo({}, stdinText);
  return { io, out: io.out, err: io.err };
}

const request = trialJson({ policy: 'cn-xingan-resident-2008', lines: [['SRV-A-0002', '1', '3000.00', '3000.00'], ['DRG-A-0001', '100', '0.80', '80.00']] });

describe('yibao-gateway trial', () => {
  it('reads the request on stdin and prints the result', async () => {
    const t = io(JSON.stringify(request));
    expect(await trialCommand.run([], t.io)).toBe(0);
    const result = JSON.parse(t.out());
    expect(result.setlinfo).toMatchObject({ medfee_sumamt: '3080.00', hifp_pay: '1474.00', psn_cash_pay: '1606.00' });
  });

  it('reads the request from --input FILE', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'trial-')), 'req.json');
    writeFileSync(file, JSON.stringify(request));
    const t = io('');
    expect(await trialCommand.run(['--input', file], t.io)).toBe(0);
    expect(JSON.parse(t.out()).policy).toBe('cn-xingan-resident-2008');
  });

  it('answers bad input with a JSON error and exit 1', async () => {
    const bad = { ...request, lines: [{ ...(request.lines as object[])[0], cnt: 'two' }] };
    const t = io(JSON.stringify(bad));
    expect(await trialCommand.run([], t.io)).toBe(1);
    expect(JSON.parse(t.out())).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'lines[0].cnt' } });
    expect(JSON.parse(t.out()).message_zh).toBeTruthy();
  });

  it('answers text that is not JSON with a JSON error', async () => {
    const t = io('{ not json');
    expect(await trialCommand.run([], t.io)).toBe(1);
    expect(JSON.parse(t.out())).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'stdin' } });
  });

  it('refuses a key sent twice and text that cannot be kept, naming where', async () => {
    const dup = io('{"policy":"a","policy":"b"}');
    expect(await trialCommand.run([], dup.io)).toBe(1);
    expect(JSON.parse(dup.out())).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'stdin.policy' } });
    const bidi = io('{"policy":"cn-\\u202e"}');
    expect(await trialCommand.run([], bidi.io)).toBe(1);
    expect(JSON.parse(bidi.out())).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'stdin.policy' } });
  });

  it('a missing input file is a JSON error too', async () => {
    const t = io('');
    expect(await trialCommand.run(['--input', '/nonexistent/req.json'], t.io)).toBe(1);
    expect(JSON.parse(t.out()).code).toBe('GW_VALIDATION');
  });

  it('an unknown option is a usage error (exit 2)', async () => {
    const t = io('');
    expect(await trialCommand.run(['--bogus'], t.io)).toBe(2);
    expect(t.err()).toContain('Usage: yibao-gateway trial');
  });
});
