/**
 * `yibao-sim card` through the real stack: the card server's control API inserts, removes,
 * swaps and pulls the card out mid-read while a foreign client watches the reader; the
 * transcript file hides PINs; a scenario runs through pcscd against a raw "counter".
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hex } from '../../protocol/apdu/errors.ts';
import { readRecordByTag, selectByName, SSSE_AID, verifyPin } from '../../protocol/sscard/commands.ts';
import { CardServer } from '../../simulator/card/card-server.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { loadScenario, runScenario } from '../../simulator/card/scenario.ts';
import { VirtualCard } from '../../simulator/card/virtual-card.ts';
import { VpcdLink } from '../../simulator/card/vpcd-link.ts';
import { acquireBench, type Bench } from '../support/pcsc-stack.ts';
import { openscAtr } from './foreign-tools.ts';
import { watchReader, type RawReaderWatch } from './raw-pcsc.ts';

let bench: Bench;
let server: CardServer | undefined;
let user: RawReaderWatch;
let psam: RawReaderWatch;
const dir = mkdtempSync(join(tmpdir(), 'yibao-card-server-'));
const transcriptFile = join(dir, 'transcript.txt');

beforeAll(async () => {
  bench = await acquireBench();
  user = await watchReader(bench.userReader);
  psam = await watchReader(bench.psamReader);
});

afterAll(async () => {
  await server?.close();
  user?.close();
  psam?.close();
  bench?.release();
});

async function control(method: 'GET' | 'POST', path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server!.controlUrl}${path}`, { method });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function atrBecomes(expected: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await user.waitFor(true);
    const atr = await openscAtr(bench.userReader).catch(() => '');
    if (atr === expected) return;
    if (Date.now() > deadline) throw new Error(`reader ATR ${atr}, expected ${expected}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('card server and control API through pcscd', () => {
  it('serves the card and the PSAM; insert, remove, swap and pull-on work from the control API', async () => {
    server = await CardServer.start({ port: bench.userPort, psamPort: bench.psamPort, profile: loadProfile('adult-resident'), controlPort: 0, transcript: transcriptFile });
    await user.waitFor(true);
    await psam.waitFor(true);
    expect((await control('GET', '/status')).body).toMatchObject({ inserted: true, profile: 'adult-resident', psam: { inserted: true } });

    expect((await control('POST', '/remove')).body).toMatchObject({ inserted: false });
    await user.waitFor(false);
    expect((await control('POST', '/remove')).status).toBe(409);

    await control('POST', '/insert?profile=student');
    await atrBecomes(hex(new VirtualCard(loadProfile('student')).atr()));

    expect((await control('POST', '/swap?profile=gen1-no-name-extension')).body).toMatchObject({ inserted: true, profile: 'gen1-no-name-extension' });
    await atrBecomes(hex(new VirtualCard(loadProfile('gen1-no-name-extension')).atr()));
    expect((await control('POST', '/swap?profile=nobody')).status).toBe(400);

    // a PIN try goes into the transcript masked
    await user.exchange([verifyPin('123456')]);

    // pulled out in the middle of a read: the second READ RECORD never gets an answer
    await control('POST', '/swap?profile=employee-account');
    await atrBecomes(hex(new VirtualCard(loadProfile('employee-account')).atr()));
    expect((await control('POST', '/pull-on?command=00B2&nth=2')).status).toBe(202);
    // vpcd reports a card that vanished during a command as an empty response (no SW1 SW2) — not an error
    const answers = await user.exchange([selectByName(SSSE_AID), readRecordByTag(7, 9, 5), readRecordByTag(8, 18, 6)]);
    expect(answers.map((a) => hex(a).slice(-4))).toEqual(['9000', '9000', '']);
    await user.waitFor(false);
    expect((await control('GET', '/status')).body).toMatchObject({ inserted: false });

    await server.close();
    server = undefined;
    await psam.waitFor(false);
    const transcript = readFileSync(transcriptFile, 'utf8');
    expect(transcript).toMatch(/^=> 0020000003\*{6}$/m);
    expect(transcript).not.toMatch(/123456/);
    expect(transcript).toMatch(/^=> 00B207280B$/m);
    expect(transcript).toMatch(/card pulled out while this command ran/);
  });

  it('runs a scenario through pcscd against a raw counter (swap-cards)', async () => {
    const link = new VpcdLink({ port: bench.userPort });
    const names: string[] = [];
    let stop = false;
    const counter = (async () => {
      // reads the card number whenever a card is present and has not been read yet
      let lastAtr = '';
      while (!stop) {
        await user.waitFor(true, 60_000).catch(() => undefined);
        if (stop) break;
        const atr = await openscAtr(bench.userReader).catch(() => '');
        if (atr && atr !== lastAtr) {
          const [, number] = await user.exchange([selectByName(SSSE_AID), readRecordByTag(7, 9, 5)]).catch(() => []);
          if (number) {
            names.push(number.subarray(2, 11).toString('latin1'));
            lastAtr = atr;
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    try {
      const result = await runScenario(loadScenario('swap-cards'), link, { defaultTimeoutMs: 20_000 });
      // every card-side step done; what this raw counter showed nobody observed: not certified
      expect(result.steps.every((s) => s.ok), JSON.stringify(result.steps)).toBe(true);
      expect(result.outcome).toBe('not-certified');
    } finally {
      stop = true;
      await link.close();
      await counter;
    }
    expect(names).toEqual([loadProfile('employee-account').ef05.cardNumber, loadProfile('student').ef05.cardNumber]);
  });
});
