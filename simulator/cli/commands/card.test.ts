import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidCardNumber, isValidIdNumber } from '../../../protocol/sscard/check-chars.ts';
import { loadProfileFile, profileNames } from '../../card/profile.ts';
import { cardCommand, cardNewCommand } from './card.ts';
import { scenarioCommand } from './card-scenario.ts';
import { captureIo, type CapturedIo } from '../../../test/support/cli-io.ts';

function io(): CapturedIo {
  return captureIo();
}

describe('yibao-sim card', () => {
  it('--list prints one profile a line: name, two spaces, description', async () => {
    const t = io();
    expect(await cardCommand.run(['--list'], t)).toBe(0);
    const lines = t.out().trimEnd().split('\n');
    expect(lines.map((l) => l.split('  ')[0])).toEqual(profileNames());
    expect(lines.find((l) => l.startsWith('cloned-card  '))).toMatch(/internal authentication fails/);
  });

  it('new --from TEMPLATE --out FILE writes a valid profile with fresh numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-card-new-'));
    const out = join(dir, 'counter-7.json');
    const t = io();
    expect(await cardCommand.run(['new', '--from', 'minor-blood-disease', '--out', out, '--holder', '高小雨', '--seed', 's1'], t)).toBe(0);
    const p = loadProfileFile(out);
    expect(p.name).toBe('counter-7');
    expect(p.ef06.name).toBe('高小雨');
    expect(isValidIdNumber(p.ef06.idNumber)).toBe(true);
    expect(isValidCardNumber(p.ef05.cardNumber)).toBe(true);
    expect(p.insurance.bloodDisease).toBe(true);
    expect(t.out()).toContain(p.ef05.cardNumber);
    expect(t.out()).not.toContain(p.ef06.idNumber); // the ID number is not printed whole
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(p);
  });

  it('explains bad arguments with exit code 2', async () => {
    const t = io();
    expect(await cardNewCommand.run(['--from', 'student'], t)).toBe(2);
    expect(t.err()).toMatch(/--from and --out are required/);
    const u = io();
    expect(await cardCommand.run(['--profile', 'student', '--slot', '3'], u)).toBe(2);
    const v = io();
    expect(await cardCommand.run([], v)).toBe(2);
    const w = io();
    expect(await cardCommand.run(['--profile', 'nobody-at-all'], w)).toBe(1);
    expect(w.err()).toMatch(/nobody-at-all/);
  });
});

describe('yibao-sim scenario', () => {
  it('--list prints the scenarios', async () => {
    const t = io();
    expect(await scenarioCommand.run(['--list'], t)).toBe(0);
    expect(t.out()).toMatch(/^certify-counter {2}insert, remove during the read/m);
  });

  it('refuses an unknown scenario', async () => {
    const t = io();
    expect(await scenarioCommand.run(['no-such-scenario'], t)).toBe(1);
    expect(t.err()).toMatch(/cannot read scenario/);
  });

  it('needs a key to follow a gateway, and says when the gateway cannot be reached', async () => {
    const noKey = io();
    expect(await scenarioCommand.run(['lost-card', '--gateway', 'http://127.0.0.1:9'], noKey)).toBe(2);
    expect(noKey.err()).toMatch(/--gateway needs --key/);
    const both = io();
    expect(await scenarioCommand.run(['lost-card', '--gateway', 'http://127.0.0.1:9', '--confirm'], both)).toBe(2);
    const down = io();
    expect(await scenarioCommand.run(['lost-card', '--gateway', 'http://127.0.0.1:9', '--key', 'k'], down)).toBe(1);
    expect(down.err()).toMatch(/cannot reach the gateway at http:\/\/127\.0\.0\.1:9/);
  });
});
