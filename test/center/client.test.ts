/**
 * CenterClient against the in-process centre simulator: each failure of the link becomes the
 * GatewayError the uploader and the settlement path switch on, with its cause kept.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CenterClient, keyFromConfig, parseRetryAfter } from '../../gateway/center/client.ts';
import { GatewayError } from '../../gateway/errors/gateway-error.ts';
import { AckStatus, encodeRecord, PersonStatus, seal, SyncKind } from '../../protocol/center/index.ts';
import { DEMO_GATEWAY_KEY, startCenter, type CenterHandle } from '../../simulator/center/server.ts';
import { settlementRecord } from './fixtures.ts';

let centre: CenterHandle;
let client: CenterClient;

beforeAll(async () => {
  centre = await startCenter({});
  client = new CenterClient({ baseUrl: `${centre.url}/`, gatewayId: 'GW-T', keyId: 'k1', key: DEMO_GATEWAY_KEY, timeoutMs: 2_000 });
});
afterAll(async () => {
  await centre.close();
});
beforeEach(() => centre.resetFaults());

async function failure(p: Promise<unknown>): Promise<GatewayError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(GatewayError);
  return err as GatewayError;
}

describe('CenterClient', () => {
  it('uploads and decodes the acknowledgement', async () => {
    const ack = await client.upload('b1', [encodeRecord(settlementRecord({ recordId: 'c-1', visitId: 'V', seq: 1, totalFen: 1234 }))]);
    expect(ack.acks).toHaveLength(1);
    expect(ack.acks[0]).toMatchObject({ recordId: 'c-1', status: AckStatus.ACK_STATUS_ACCEPTED });
  });

  it('outage → GW_CENTER_UNREACHABLE with the socket error as cause', async () => {
    centre.setFaults({ outageSeconds: 30 });
    const err = await failure(client.upload('b', []));
    expect(err.code).toBe('GW_CENTER_UNREACHABLE');
    expect(err.cause).toBeInstanceOf(Error);
  });

  it('nothing listening → GW_CENTER_UNREACHABLE naming the refusal', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const nowhere = new CenterClient({ baseUrl: `http://127.0.0.1:${port}`, gatewayId: 'GW-T', keyId: 'k1', key: DEMO_GATEWAY_KEY });
    const err = await failure(nowhere.upload('b', []));
    expect(err.code).toBe('GW_CENTER_UNREACHABLE');
    expect(err.message).toMatch(/ECONNREFUSED/);
  });

  it('no answer in time → GW_CENTER_TIMEOUT', async () => {
    centre.setFaults({ timeoutRate: 1 });
    const err = await failure(client.upload('b', [], { timeoutMs: 100 }));
    expect(err.code).toBe('GW_CENTER_TIMEOUT');
    expect(err.details).toMatchObject({ endpoint: 'upload', timeoutMs: 100 });
  });

  it('429 / 503 → GW_CENTER_BUSY with Retry-After in ms', async () => {
    centre.setFaults({ backPressureRate: 1, backPressureStatus: 429, retryAfterSeconds: 7 });
    const err = await failure(client.upload('b', []));
    expect(err.code).toBe('GW_CENTER_BUSY');
    expect(err.details).toMatchObject({ status: 429, retryAfterMs: 7_000, centreCode: 'OVERLOADED' });
    centre.setFaults({ backPressureStatus: 503 });
    expect((await failure(client.upload('b', []))).details).toMatchObject({ status: 503, centreCode: 'UNAVAILABLE' });
  });

  it('500 → GW_CENTER_HTTP', async () => {
    centre.setFaults({ errorRate: 1 });
    const err = await failure(client.upload('b', []));
    expect(err.code).toBe('GW_CENTER_HTTP');
    expect(err.details).toMatchObject({ status: 500, centreCode: 'INTERNAL' });
  });

  it('a wrong key → GW_CENTER_AUTH (the centre answers 401 BAD_MAC)', async () => {
    const wrong = new CenterClient({ baseUrl: centre.url, gatewayId: 'GW-T', keyId: 'k1', key: keyFromConfig('another-key') });
    const err = await failure(wrong.upload('b', []));
    expect(err.code).toBe('GW_CENTER_AUTH');
    expect(err.details).toMatchObject({ status: 401, centreCode: 'BAD_MAC' });
  });

  it('a reply that does not answer our request → GW_CENTER_BAD_REPLY', async () => {
    // A man in the middle replays a correctly signed reply made for another nonce.
    const replay = seal(DEMO_GATEWAY_KEY, { gatewayId: 'GW-T', keyId: 'k1', timestampMs: Date.now(), nonce: new Uint8Array(16), bodyType: 'yibao.center.v1.UploadAck', body: new Uint8Array() });
    const server = createServer((_req, res) => res.end(Buffer.from(replay)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const mitm = new CenterClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, gatewayId: 'GW-T', keyId: 'k1', key: DEMO_GATEWAY_KEY });
      const err = await failure(mitm.upload('b', []));
      expect(err.code).toBe('GW_CENTER_BAD_REPLY');
      expect(err.details).toMatchObject({ check: 'nonce' });
    } finally {
      server.close();
    }
  });

  it('person query within budget: answered, or a timeout value when the centre is slow', async () => {
    const answered = await client.queryPersonWithin({ mdtrtCertType: '02', mdtrtCertNo: '152201199002022346' }, 1_000);
    expect(answered.kind).toBe('answered');
    if (answered.kind === 'answered') {
      expect(answered.reply.status).toBe(PersonStatus.PERSON_STATUS_FOUND);
      expect(answered.reply.accumulators?.fundPaid).toBe('3200.00');
      expect(answered.reply.eligible).toBe(true);
    }
    centre.setFaults({ latencyMs: 400 });
    const slow = await client.queryPersonWithin({ psnNo: '15220100000000000001' }, 80);
    expect(slow.kind).toBe('timeout');
    centre.setFaults({ outageSeconds: 10 });
    const down = await client.queryPersonWithin({ psnNo: '15220100000000000001' }, 500);
    expect(down.kind).toBe('failed');
    if (down.kind === 'failed') expect(down.error.code).toBe('GW_CENTER_UNREACHABLE');
  });

  it('sync: full, then up to date, then a delta when a card is blocked', async () => {
    const full = await client.sync({ kind: SyncKind.SYNC_KIND_CATALOGUE, haveVersion: '' });
    expect(full.full).toBe(true);
    expect(full.catalogue.length).toBeGreaterThan(3);
    expect((await client.sync({ kind: SyncKind.SYNC_KIND_CATALOGUE, haveVersion: full.version })).upToDate).toBe(true);
    const before = await client.sync({ kind: SyncKind.SYNC_KIND_BLOCKLIST, haveVersion: '' });
    centre.sync.blockCard({ cardNo: 'A00000003', reason: 'LOST', sinceMs: Date.now() });
    const delta = await client.sync({ kind: SyncKind.SYNC_KIND_BLOCKLIST, haveVersion: before.version });
    expect(delta).toMatchObject({ full: false, upToDate: false });
    expect(delta.blocklist.map((b) => b.cardNo)).toEqual(['A00000003']);
    const person = await client.queryPerson({ mdtrtCertType: '03', mdtrtCertNo: 'A00000003' });
    expect(person).toMatchObject({ eligible: false, ineligibleReason: 'CARD_BLOCKED' });
    centre.sync.unblockCard('A00000003');
    const removal = await client.sync({ kind: SyncKind.SYNC_KIND_BLOCKLIST, haveVersion: delta.version });
    expect(removal.removed).toEqual(['A00000003']);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

describe('person query for the card simulator\'s holders', () => {
  it('answers for a profile card, and refuses the profile marked lost', async () => {
    const { loadAllProfiles } = await import('../../simulator/card/profile.ts');
    const profiles = loadAllProfiles();
    const ok = profiles.find((p) => !p.insurance.blocklisted);
    const lost = profiles.find((p) => p.insurance.blocklisted);
    const a = await client.queryPerson({ mdtrtCertType: '03', mdtrtCertNo: ok?.ef05.cardNumber ?? '' });
    expect(a).toMatchObject({ status: PersonStatus.PERSON_STATUS_FOUND, eligible: true });
    expect(a.person?.certno).toBe(ok?.ef06.idNumber);
    const b = await client.queryPerson({ mdtrtCertType: '03', mdtrtCertNo: lost?.ef05.cardNumber ?? '' });
    expect(b).toMatchObject({ eligible: false, ineligibleReason: 'CARD_BLOCKED' });
  });
});
