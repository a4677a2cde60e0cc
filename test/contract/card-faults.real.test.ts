/**
 * Card faults a real counter meets, on the real stack (pcscd + vpcd + the simulator's cards)
 * through the credential service the API uses: a mute card, a second read while the first
 * waits on it, and the reader usable again once the card is out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPcscLitePort, type PcscLitePort } from '../../drivers/pcsc/pcsclite-port.ts';
import type { ReaderEvent } from '../../drivers/pcsc/port.ts';
import { CredentialService } from '../../gateway/credentials/service.ts';
import { isGatewayError } from '../../gateway/errors/gateway-error.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { VpcdLink } from '../../simulator/card/vpcd-link.ts';
import { acquireBench, type Bench } from '../support/pcsc-stack.ts';
import { nextEvent } from './pcsc-port.contract.ts';

let bench: Bench;
let port: PcscLitePort;
let user: VpcdLink;
let psam: VpcdLink;
let credentials: CredentialService;

const inserted = (reader: string) => (e: ReaderEvent) => e.type === 'card-inserted' && e.reader === reader;
/** The port's view of each slot, so that waiting for a change never misses one that came early. */
const present = new Map<string, boolean>();

async function waitFor(reader: string, wanted: boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (present.get(reader) !== wanted) {
    if (Date.now() > deadline) throw new Error(`${reader}: the card did not ${wanted ? 'arrive' : 'leave'} within 15 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function insertUser(profile: string): Promise<void> {
  await waitFor(bench.userReader, false);
  await user.insert(new VirtualCard(loadProfile(profile)));
  await waitFor(bench.userReader, true);
}

async function removeUser(): Promise<void> {
  await user.remove();
  await waitFor(bench.userReader, false);
}

async function outcome(promise: Promise<unknown>): Promise<{ ok: true } | { ok: false; code: string; legacy: unknown; ms: number }> {
  const started = Date.now();
  try {
    await promise;
    return { ok: true };
  } catch (err) {
    return { ok: false, code: isGatewayError(err) ? err.code : `not a gateway error: ${(err as Error).message}`, legacy: isGatewayError(err) ? err.details?.legacy_code : undefined, ms: Date.now() - started };
  }
}

beforeAll(async () => {
  bench = await acquireBench();
  port = await openPcscLitePort();
  port.watch((e) => {
    if (e.type === 'card-inserted') present.set(e.reader, true);
    if (e.type === 'card-removed' || e.type === 'reader-removed') present.set(e.reader, false);
  });
  for (const r of await port.listReaders()) present.set(r.name, r.card !== null);
  user = new VpcdLink({ port: bench.userPort, label: 'user slot' });
  psam = new VpcdLink({ port: bench.psamPort, label: 'PSAM slot' });
  const psamSeen = nextEvent(port, inserted(bench.psamReader));
  await psam.insert(new VirtualPsam());
  await psamSeen;
  credentials = new CredentialService({
    port,
    blocklist: { isBlocked: () => null },
    pairing: { pairs: [{ userReader: bench.userReader, psamReader: bench.psamReader }] },
    transmitTimeoutMs: 1_000,
  });
}, 60_000);

afterAll(async () => {
  await credentials?.close();
  await user?.close();
  await psam?.close();
  await port?.close();
  bench?.release();
});

describe('a card that never answers', () => {
  it('ends the read within its timeout, refuses a second read as busy, and frees the reader when the card is out', async () => {
    await insertUser('adult-resident');
    user.onCommand((apdu) => (apdu[1] === 0xb2 ? 'mute' : undefined));
    const started = Date.now();
    const first = credentials.readCard();
    await new Promise((r) => setTimeout(r, 300));
    const second = outcome(credentials.readCard());
    const a = await outcome(first);
    const firstMs = Date.now() - started;
    const b = await second;
    expect(a).toMatchObject({ ok: false, code: 'GW_CARD_TIMEOUT', legacy: -4 });
    expect(firstMs).toBeLessThan(2_500);
    expect(b.ok).toBe(false);
    if (!b.ok) {
      expect(['GW_CARD_READER_BUSY', 'GW_CARD_TIMEOUT']).toContain(b.code);
      expect(b.code).not.toBe('GW_INTERNAL');
      expect(b.ms).toBeLessThan(2_500);
    }
    // while the mute card stays in, a read answers at once that the reader is still waiting on it
    const third = await outcome(credentials.readCard());
    expect(third).toMatchObject({ ok: false, code: 'GW_CARD_TIMEOUT', legacy: -4 });
    if (!third.ok) expect(third.ms).toBeLessThan(1_500);
    // the cashier takes the card out and puts a good one in: the next read works at once
    user.onCommand(undefined);
    await removeUser();
    await insertUser('adult-resident');
    const good = await credentials.readCard();
    expect(good.certno).toHaveLength(18);
  }, 60_000);
});

describe('a card that answers garbage', () => {
  it.each([
    ['one byte, no status word', Buffer.from([0x00]), 'GW_CARD_UNREADABLE'],
    ['a record that is not TLV', Buffer.from('0102030405069000', 'hex'), 'GW_CARD_INVALID_DATA'],
    ['a status word no command answers with', Buffer.from('6F00', 'hex'), 'GW_CARD_UNREADABLE'],
  ])('%s: a clear refusal with its reader-DLL code, and the next read works', async (_label, answer, code) => {
    await removeUser();
    await insertUser('adult-resident');
    user.onCommand((apdu) => (apdu[1] === 0xb2 ? answer : undefined));
    const bad = await outcome(credentials.readCard());
    expect(bad).toMatchObject({ ok: false, code });
    if (!bad.ok) expect(typeof bad.legacy).toBe('number');
    user.onCommand(undefined);
    await removeUser();
    await insertUser('adult-resident');
    expect((await credentials.readCard()).certno).toHaveLength(18);
  }, 30_000);
});

describe('the PSAM between reads', () => {
  it('is shared: another program on the machine can use it while the gateway keeps its session', async () => {
    await removeUser();
    await insertUser('adult-resident');
    expect((await credentials.readCard()).card?.terminalNumber).toBeTruthy();
    const other = await openPcscLitePort();
    try {
      const handle = await other.connect(bench.psamReader, { share: 'shared' });
      const answer = await handle.transmit(Buffer.from('00A4040006D15600000590', 'hex'));
      expect(answer.subarray(-2).toString('hex')).toBe('9000');
      await handle.disconnect();
    } finally {
      await other.close();
    }
    // and the gateway's next read still works (its PSAM session re-diversifies if it must)
    expect((await credentials.readCard()).card?.authentication).toMatchObject({ external: true, internal: true });
  }, 30_000);

  it('a PSAM held exclusively by another program is named in the busy refusal', async () => {
    await credentials.close();
    credentials = new CredentialService({ port, blocklist: { isBlocked: () => null }, pairing: { pairs: [{ userReader: bench.userReader, psamReader: bench.psamReader }] }, transmitTimeoutMs: 1_000 });
    const other = await openPcscLitePort();
    try {
      const handle = await other.connect(bench.psamReader, { share: 'exclusive' });
      const refused = await outcome(credentials.readCard());
      expect(refused).toMatchObject({ ok: false, code: 'GW_CARD_READER_BUSY' });
      const err = await credentials.readCard().catch((e: unknown) => e);
      expect(isGatewayError(err) && err.details?.reader).toBe(bench.psamReader);
      await handle.disconnect();
    } finally {
      await other.close();
    }
    expect((await credentials.readCard()).certno).toHaveLength(18);
  }, 30_000);
});
