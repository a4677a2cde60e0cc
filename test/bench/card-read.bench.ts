/**
 * Card-read figures over the real stack (pcscd + vpcd + the simulator's 3.0 card and PSAM):
 *
 * 1. Full identity read — EF05 + EF06 + external authentication through the PSAM — of a card
 *    the PSAM has no key loaded for, PSAM session open (the application is selected once per
 *    PSAM connection; the first read's count, with that, is printed too): APDUs (target ≤ 16),
 *    median time, and the ratio to the same number of
 *    raw `transmit` round trips (same split between card and PSAM) measured in the same run
 *    (target ≤ 1.3): what the driver adds on top of the wire.
 * 2. Card insertion → identity available (the credential service's read, clone check
 *    included, triggered by the port's `card-inserted` event): p50 and p99 over 200
 *    insertions (`CARD_BENCH_INSERTIONS` to change). pcscd's presence poll (~0.4 s on vpcd)
 *    is part of this figure, as it is at a real counter.
 */
import { CardChannel } from '../../drivers/pcsc/card-channel.ts';
import { openPcscLitePort } from '../../drivers/pcsc/pcsclite-port.ts';
import type { PcscPort, ReaderEvent } from '../../drivers/pcsc/port.ts';
import { Psam } from '../../drivers/card/psam.ts';
import { algorithmFor, cardFactor, cityFactor, KEY_ID } from '../../protocol/sscard/crypto.ts';
import { SocialSecurityCard } from '../../drivers/card/sscard.ts';
import { CredentialService } from '../../gateway/credentials/service.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { VpcdLink } from '../../simulator/card/vpcd-link.ts';
import { acquireBench } from '../support/pcsc-stack.ts';
import { median, percentile, round } from './stats.ts';

const READS = 40;
const PROFILE = 'adult-resident';

function waitEvent(port: PcscPort, match: (e: ReaderEvent) => boolean, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no PC/SC event within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = port.watch((e) => {
      if (!match(e)) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const insertions = Number(process.env.CARD_BENCH_INSERTIONS ?? 200);
  const bench = await acquireBench();
  const port = await openPcscLitePort();
  const userLink = new VpcdLink({ port: bench.userPort, label: 'bench user slot' });
  const psamLink = new VpcdLink({ port: bench.psamPort, label: 'bench PSAM slot' });
  const isUser = (type: string) => (e: ReaderEvent) => e.type === type && 'reader' in e && e.reader === bench.userReader;
  try {
    const psamSeen = waitEvent(port, (e) => e.type === 'card-inserted' && e.reader === bench.psamReader);
    await psamLink.insert(new VirtualPsam());
    await psamSeen;
    const profile = loadProfile(PROFILE);
    const cardSeen = waitEvent(port, isUser('card-inserted'));
    await userLink.insert(new VirtualCard(profile));
    await cardSeen;

    // ---- 1. identity read vs raw round trips ---------------------------------------------
    const user = await port.connect(bench.userReader);
    const psamHandle = await port.connect(bench.psamReader);
    const psam = new Psam(new CardChannel(psamHandle));
    const first = await new SocialSecurityCard(new CardChannel(user)).readIdentity({ psam });
    const firstApdus = first.apdus.card + first.apdus.psam;
    let cardApdus = 0;
    let psamApdus = 0;
    const readTimes: number[] = [];
    const rawTimes: number[] = [];
    const challenge = Buffer.from('0084000008', 'hex');
    const terminal = Buffer.from('00B0960006', 'hex');
    // Each timed read must cost what a new card costs: load another key into the PSAM first
    // (untimed), so the read diversifies again instead of reusing the previous read's key.
    const otherKey = { keyId: KEY_ID.IKSSSE, algorithm: algorithmFor(profile.generation), cityFactor: cityFactor(profile.ef05.cardIdCode), cardFactor: cardFactor(profile.ef05.cardIdCode) };
    for (let i = 0; i < READS; i++) {
      await psam.prepare(otherKey);
      // interleave the two measurements so drift in the machine's load hits both alike
      const t0 = performance.now();
      const identity = await new SocialSecurityCard(new CardChannel(user)).readIdentity({ psam });
      readTimes.push(performance.now() - t0);
      cardApdus = identity.apdus.card;
      psamApdus = identity.apdus.psam;
      const t1 = performance.now();
      for (let k = 0; k < cardApdus; k++) await user.transmit(challenge);
      for (let k = 0; k < psamApdus; k++) await psamHandle.transmit(terminal);
      rawTimes.push(performance.now() - t1);
    }
    await user.disconnect();
    await psamHandle.disconnect();
    const readMs = median(readTimes);
    const rawMs = median(rawTimes);

    // ---- 2. insertion → identity -------------------------------------------------------
    await userLink.remove();
    await waitEvent(port, isUser('card-removed')).catch(() => undefined);
    const credentials = new CredentialService({ port, blocklist: { isBlocked: () => null }, pairing: { pairs: [{ userReader: bench.userReader, psamReader: bench.psamReader }] } });
    const latencies: number[] = [];
    try {
      for (let i = 0; i < insertions; i++) {
        const identified = new Promise<number>((resolve, reject) => {
          const stop = port.watch((e) => {
            if (!isUser('card-inserted')(e)) return;
            stop();
            credentials.readCard(bench.userReader).then(() => resolve(performance.now()), reject);
          });
        });
        const inserted = performance.now();
        await userLink.insert(new VirtualCard(profile));
        latencies.push((await identified) - inserted);
        const removed = waitEvent(port, isUser('card-removed'));
        await userLink.remove();
        await removed;
      }
    } finally {
      await credentials.close();
    }
    latencies.sort((a, b) => a - b);

    return {
      card: `${PROFILE} (${profile.generation}, ${profile.protocol ?? 'T=1'})`,
      identity_apdus: cardApdus + psamApdus,
      identity_apdus_card: cardApdus,
      identity_apdus_psam: psamApdus,
      identity_apdus_first_read_incl_psam_open: firstApdus,
      identity_read_ms_p50: round(readMs),
      raw_round_trips_ms_p50: round(rawMs),
      ratio_to_raw_transmits: round(readMs / rawMs, 3),
      insertions,
      insert_to_identity_ms_p50: round(percentile(latencies, 50)),
      insert_to_identity_ms_p99: round(percentile(latencies, 99)),
      insert_to_identity_ms_max: round(latencies.at(-1) ?? NaN),
    };
  } finally {
    await userLink.close();
    await psamLink.close();
    await port.close();
    bench.release();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await run();
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name.padEnd(44)} ${value}\n`);
}
