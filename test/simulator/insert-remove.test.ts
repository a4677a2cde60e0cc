/**
 * Hundreds of insert/remove cycles in a row through pcscd without a
 * leaked connection or a stuck reader. Both readers of a bench cycle at once (the user
 * card in slot 0, the PSAM in slot 1) — of two benches when a second one is free right now;
 * after every insert a raw pcsclite client must see the card, after every remove it must see
 * none, and every tenth insert it must talk to it. pcscd polls vpcd about every 0.4 s, so one
 * cycle takes about 0.8 s whatever the machine: 200 cycles on two readers take ~90 s, on four
 * ~45 s (waiting, not computing).
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hex } from '../../protocol/apdu/errors.ts';
import { PSAM, selectByName, SSSE_AID } from '../../protocol/sscard/commands.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { VpcdLink, type VpcdCard } from '../../simulator/card/vpcd-link.ts';
import { acquireBench, type Bench } from '../support/pcsc-stack.ts';
import { openscSend, run } from './foreign-tools.ts';
import { watchReader, type RawReaderWatch } from './raw-pcsc.ts';

/** Cycles in all; the readers share them. */
const TOTAL = Number(process.env.YIBAO_SIM_CYCLES ?? 200);

const benches: Bench[] = [];
/** Open file descriptors once both readers are warm (after two cycles each). */
const fdSamples: number[] = [];
const links: VpcdLink[] = [];
const watches: RawReaderWatch[] = [];

beforeAll(async () => {
  benches.push(await acquireBench());
  try {
    benches.push(await acquireBench(0)); // a second bench only if one is free now
  } catch {
    // one bench: its two readers do all the cycles
  }
});

afterAll(async () => {
  for (const l of links) await l?.close();
  for (const w of watches) w?.close();
  for (const b of benches) b.release();
});

function openFds(): number {
  return readdirSync('/proc/self/fd').length;
}

/** TCP connections (any state but LISTEN) on the bench's vpcd ports, as `ss` shows them. */
async function connectionsOn(ports: readonly number[]): Promise<string[]> {
  const out = await run('ss', ['-tanH']);
  return out
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('LISTEN') && ports.some((p) => l.includes(`:${p} `)));
}

interface Counts {
  cycles: number;
  seenIn: number;
  seenOut: number;
  talked: number;
}

/** Cycles one reader; its link and watch go to `links[slot]` and `watches[slot]`. */
async function cycle(slot: number, reader: string, port: number, card: VpcdCard, probe: Buffer, expectSw: string, cycles: number): Promise<Counts> {
  const link = new VpcdLink({ port, label: reader });
  links[slot] = link;
  const watch = await watchReader(reader);
  watches[slot] = watch;
  const counts = { cycles: 0, seenIn: 0, seenOut: 0, talked: 0 };
  for (let i = 0; i < cycles; i++) {
    if (i === 2) fdSamples.push(openFds());
    await link.insert(card);
    await watch.waitFor(true);
    counts.seenIn++;
    if (i % 10 === 0) {
      const [answer] = await watch.exchange([probe]);
      expect(hex(answer!).endsWith(expectSw), `cycle ${i}: ${hex(answer!)}`).toBe(true);
      counts.talked++;
    }
    await link.remove();
    await watch.waitFor(false);
    counts.seenOut++;
    counts.cycles++;
  }
  return counts;
}

describe('insert/remove through pcscd', () => {
  it(`survives ${TOTAL} insert/remove cycles in a row`, { timeout: 60_000 + TOTAL * 1_000 }, async () => {
    const readers = benches.flatMap((b) => [
      { reader: b.userReader, port: b.userPort, card: new VirtualCard(loadProfile('adult-resident')) as VpcdCard, probe: selectByName(SSSE_AID) },
      { reader: b.psamReader, port: b.psamPort, card: new VirtualPsam() as VpcdCard, probe: PSAM.select() },
    ]);
    const per = Math.ceil(TOTAL / readers.length);
    const counts = await Promise.all(readers.map((r, slot) => cycle(slot, r.reader, r.port, r.card, r.probe, '9000', per)));
    for (const c of counts) expect(c).toEqual({ cycles: per, seenIn: per, seenOut: per, talked: Math.ceil(per / 10) });
    const total = counts.reduce((n, c) => n + c.cycles, 0);
    expect(total).toBeGreaterThanOrEqual(TOTAL);
    // no leaked connection: nothing open on the vpcd ports, no file descriptors left behind
    expect(links.every((l) => !l.inserted)).toBe(true);
    expect(await connectionsOn(readers.map((r) => r.port))).toEqual([]);
    expect(Math.max(...fdSamples)).toBeGreaterThan(0);
    // a leak per cycle would add hundreds; allow a few transient handles of the test runner
    expect(openFds(), `open fds after the cycles vs after two cycles: ${fdSamples.join(', ')}`).toBeLessThanOrEqual(Math.max(...fdSamples) + 4);
    // no stuck reader: one more insert, and a foreign client reads the card
    const profile = loadProfile('adult-resident');
    await links[0]!.insert(new VirtualCard(profile));
    await watches[0]!.waitFor(true);
    const got = await openscSend(readers[0]!.reader, ['00A404000F7378312E73682EC9E7BBE1B1A3D5CF', '00B207280B']);
    expect(got[1]!.received).toBe(`0709${Buffer.from(profile.ef05.cardNumber).toString('hex').toUpperCase()}9000`);
  });
});
