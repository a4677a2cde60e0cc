/**
 * Card-read figures over the real stack (pcscd + vpcd + the simulator's 3.0 card and PSAM):
 *
 * 1. Full identity read — EF05 + EF06 + external authentication through the PSAM + DF04's
 *    insured region — of a card the PSAM has no key loaded for, PSAM session open (the
 *    application is selected once per PSAM connection; the first read's count, with that, is
 *    printed too): APDUs (target ≤ 17), median time, and the ratio to the same number of
 *    raw `transmit` round trips (same split between card and PSAM) measured in the same run
 *    (target ≤ 1.3): what the driver adds on top of the wire.
 *    1b. The same read as the HIS gets it, POST /v1/readers/:id/read from a client in its own
 *    process (clone check included): its time and ratio to raw round trips, and the credential
 *    service's part alone (connect, APDUs, disconnect with the card's reset, no HTTP).
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
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { buildServer } from '../../gateway/api/server.ts';
import { readersRoutes } from '../../gateway/api/routes/readers.ts';
import { readerId as readerIdOf } from '../../gateway/credentials/readers.ts';
import { createLogger } from '../../gateway/log.ts';
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

/**
 * An HIS in its own process: keeps one HTTP connection, POSTs when told (a line on stdin) and
 * answers each read's milliseconds (a line on stdout); a status other than 200 is an error line.
 */
class HisClient {
  readonly #child: ChildProcess;
  readonly #pending: Array<{ resolve: (ms: number) => void; reject: (e: Error) => void }> = [];

  constructor(url: string) {
    const script = `
      const http = require('node:http');
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const url = new URL(${JSON.stringify(url)});
      require('node:readline').createInterface({ input: process.stdin }).on('line', () => {
        const t0 = performance.now();
        const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-length': '0' } }, (res) => {
          res.resume();
          res.on('end', () => process.stdout.write(res.statusCode === 200 ? (performance.now() - t0) + '\\n' : 'error ' + res.statusCode + '\\n'));
        });
        req.on('error', (e) => process.stdout.write('error ' + e.message + '\\n'));
        req.end();
      });`;
    this.#child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
    let buffer = '';
    this.#child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const waiter = this.#pending.shift();
        if (!waiter) continue;
        if (line.startsWith('error')) waiter.reject(new Error(`the API read failed: ${line}`));
        else waiter.resolve(Number(line));
      }
    });
  }

  read(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ resolve, reject });
      this.#child.stdin!.write('\n');
    });
  }

  close(): void {
    this.#child.kill();
  }
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

    // ---- 1b. the same through the HIS API: POST /v1/readers/:id/read, clone check included,
    // sent by a client in its own process (as an HIS is), each read timed by that client ------
    const apiCredentials = new CredentialService({ port, blocklist: { isBlocked: () => null }, pairing: { pairs: [{ userReader: bench.userReader, psamReader: bench.psamReader }] } });
    const server = await buildServer({ logger: createLogger({ level: 'silent' }), version: 'bench', routes: [(a) => readersRoutes(a, { credentials: apiCredentials, heartbeatMs: 60_000 })] });
    let apiApdus = { card: 0, psam: 0 };
    const apiTimes: number[] = [];
    /** the credential service's read alone (connect, APDUs, disconnect), no HTTP */
    const serviceTimes: number[] = [];
    const apiRawTimes: number[] = [];
    try {
      await server.listen({ port: 0, host: '127.0.0.1' });
      const { port: tcp } = server.server.address() as AddressInfo;
      const client = new HisClient(`http://127.0.0.1:${tcp}/v1/readers/${readerIdOf(bench.userReader)}/read`);
      try {
        apiApdus = (await apiCredentials.readCard(bench.userReader)).card!.apdus;
        await client.read(); // the client's connection warm
        for (let i = 0; i < READS; i++) {
          apiTimes.push(await client.read());
          const t0 = performance.now();
          await apiCredentials.readCard(bench.userReader);
          serviceTimes.push(performance.now() - t0);
          const rawUser = await port.connect(bench.userReader);
          const rawPsam = await port.connect(bench.psamReader, { share: 'shared' });
          const t1 = performance.now();
          for (let k = 0; k < apiApdus.card; k++) await rawUser.transmit(challenge);
          for (let k = 0; k < apiApdus.psam; k++) await rawPsam.transmit(terminal);
          apiRawTimes.push(performance.now() - t1);
          await rawUser.disconnect();
          await rawPsam.disconnect();
        }
      } finally {
        client.close();
      }
    } finally {
      await server.close();
      await apiCredentials.close();
    }
    const apiMs = median(apiTimes);
    const apiRawMs = median(apiRawTimes);

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
      api_read_apdus: apiApdus.card + apiApdus.psam,
      api_read_ms_p50: round(apiMs),
      service_read_ms_p50: round(median(serviceTimes)),
      api_raw_round_trips_ms_p50: round(apiRawMs),
      api_ratio_to_raw_transmits: round(apiMs / apiRawMs, 3),
      service_ratio_to_raw_transmits: round(median(serviceTimes) / apiRawMs, 3),
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
