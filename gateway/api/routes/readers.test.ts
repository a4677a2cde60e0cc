import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MockPcscPort } from '../../../drivers/pcsc/mock-port.ts';
import { loadProfile } from '../../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../../simulator/card/virtual-card.ts';
import { CredentialService } from '../../credentials/service.ts';
import { createLogger } from '../../log.ts';
import { buildServer } from '../server.ts';
import { readersRoutes } from './readers.ts';

const USER = 'Counter 3 00 00';
const PSAM = 'Counter 3 00 01';

function cardOf(card: VirtualCard | VirtualPsam) {
  const atr = card.atr();
  return { atr, protocol: ((atr[1] ?? 0) & 0x80 ? 'T1' : 'T0') as 'T0' | 'T1', powerOn: () => void card.powerOn(), respond: (a: Buffer) => card.transmit(a) };
}

const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function setUp(blocked: string[] = []) {
  const port = new MockPcscPort([USER, PSAM]);
  port.insertCard(PSAM, cardOf(new VirtualPsam()));
  const credentials = new CredentialService({ port, blocklist: { isBlocked: (k) => (blocked.includes(k) ? { reason: 'lost' } : null) } });
  const app = await buildServer({ logger: createLogger({ level: 'silent' }), version: 'test', routes: [(a) => readersRoutes(a, { credentials, heartbeatMs: 60_000 })] });
  closers.push(() => app.close(), () => credentials.close());
  return { port, app, credentials };
}

describe('readers routes', () => {
  it('GET /v1/readers pairs the user slot with its PSAM slot and shows the card state', async () => {
    const { app, port } = await setUp();
    port.insertCard(USER, cardOf(new VirtualCard(loadProfile('student'))));
    const res = await app.inject({ method: 'GET', url: '/v1/readers' });
    expect(res.statusCode).toBe(200);
    expect(res.json().readers).toEqual([
      { id: 'counter-3-00-00', name: USER, psam_reader: PSAM, pin_pad: false, card: { present: true, atr: expect.stringMatching(/^3B/) }, psam: { present: true } },
    ]);
  });

  it('POST /v1/readers/:id/read answers the national 1101 credential fields and the DLL string', async () => {
    const { app, port } = await setUp();
    const p = loadProfile('adult-resident');
    port.insertCard(USER, cardOf(new VirtualCard(p)));
    const res = await app.inject({ method: 'POST', url: '/v1/readers/counter-3-00-00/read' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ mdtrt_cert_type: '03', mdtrt_cert_no: p.ef05.cardNumber, card_sn: p.ef05.cardIdCode, certno: p.ef06.idNumber });
    expect(body.legacy.split('|')).toHaveLength(12);
  });

  it('a read with no card is 409 GW_CARD_NO_CARD with the legacy code; a blocked card 403', async () => {
    const { app, port } = await setUp([loadProfile('lost-card').ef05.cardNumber]);
    const empty = await app.inject({ method: 'POST', url: '/v1/readers/counter-3-00-00/read' });
    expect(empty.statusCode).toBe(409);
    expect(empty.json()).toMatchObject({ code: 'GW_CARD_NO_CARD', details: { legacy_code: -2 } });
    port.insertCard(USER, cardOf(new VirtualCard(loadProfile('lost-card'))));
    const lost = await app.inject({ method: 'POST', url: '/v1/readers/counter-3-00-00/read' });
    expect(lost.statusCode).toBe(403);
    expect(lost.json().code).toBe('GW_CARD_BLOCKLISTED');
    const unknown = await app.inject({ method: 'POST', url: '/v1/readers/nope/read' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('GW_CARD_READER_NOT_FOUND');
  });

  it('GET /v1/readers/events streams card insertions and removals as server-sent events', async () => {
    const { app, port } = await setUp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port: tcp } = app.server.address() as AddressInfo;
    const text = await new Promise<string>((resolve, reject) => {
      const req = get({ host: '127.0.0.1', port: tcp, path: '/v1/readers/events' }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let body = '';
        res.on('data', (chunk: Buffer) => {
          body += chunk.toString();
          if (body.includes('event: card-removed')) {
            req.destroy();
            resolve(body);
          }
        });
        port.insertCard(USER, cardOf(new VirtualCard(loadProfile('student'))));
        port.removeCard(USER);
      });
      req.on('error', reject);
    });
    const events = [...text.matchAll(/event: (\S+)\ndata: (.*)\n/g)].map((m) => [m[1], JSON.parse(m[2]!).reader_id]);
    expect(events).toEqual([
      ['card-inserted', 'counter-3-00-00'],
      ['card-removed', 'counter-3-00-00'],
    ]);
  });

  it('streams read outcomes and PSAM-slot events under the pair\'s id, and replays what a reconnecting client missed', async () => {
    const { app, port } = await setUp([loadProfile('lost-card').ef05.cardNumber]);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port: tcp } = app.server.address() as AddressInfo;
    const listed = (await app.inject({ method: 'GET', url: '/v1/readers' })).json().readers.map((r: { id: string }) => r.id);
    /** Opens the stream, runs `act`, and collects events until `last` arrives. */
    const stream = (act: () => Promise<unknown> | void, last: string, headers: Record<string, string> = {}) =>
      new Promise<Array<{ id: string | undefined; event: string; data: Record<string, unknown> }>>((resolve, reject) => {
        const req = get({ host: '127.0.0.1', port: tcp, path: '/v1/readers/events', headers }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => {
            body += chunk.toString();
            if (body.includes(`event: ${last}\n`) && body.endsWith('\n\n')) {
              req.destroy();
              resolve([...body.matchAll(/(?:id: (\S+)\n)?event: (\S+)\ndata: (.*)\n/g)].map((m) => ({ id: m[1], event: m[2]!, data: JSON.parse(m[3]!) })));
            }
          });
          void act();
        });
        req.on('error', reject);
      });

    const first = await stream(async () => {
      port.removeCard(PSAM);
      port.insertCard(PSAM, cardOf(new VirtualPsam()));
      port.insertCard(USER, cardOf(new VirtualCard(loadProfile('lost-card'))));
      await app.inject({ method: 'POST', url: '/v1/readers/counter-3-00-00/read' });
    }, 'card-refused');
    const psamEvents = first.filter((e) => e.data.reader === PSAM);
    expect(psamEvents.map((e) => [e.event, e.data.reader_id, e.data.slot])).toEqual([
      ['card-removed', 'counter-3-00-00', 'psam'],
      ['card-inserted', 'counter-3-00-00', 'psam'],
    ]);
    // every reader_id an event carries is one GET /v1/readers lists
    for (const e of first) if (e.data.reader_id !== undefined) expect(listed).toContain(e.data.reader_id);
    expect(first.at(-1)).toMatchObject({ event: 'card-refused', data: { reader_id: 'counter-3-00-00', code: 'GW_CARD_BLOCKLISTED', legacy_code: -32 } });

    // the client was away while a good card was read; it reconnects with the last id it saw
    const lastSeen = first.at(-1)!.id!;
    port.removeCard(USER);
    const p = loadProfile('student');
    port.insertCard(USER, cardOf(new VirtualCard(p)));
    expect((await app.inject({ method: 'POST', url: '/v1/readers/counter-3-00-00/read' })).statusCode).toBe(200);
    const replayed = await stream(() => undefined, 'card-read', { 'last-event-id': lastSeen });
    expect(replayed.map((e) => e.event)).toEqual(['card-removed', 'card-inserted', 'card-read']);
    expect(replayed.at(-1)!.data).toMatchObject({ mdtrt_cert_no: p.ef05.cardNumber, certno: p.ef06.idNumber, card_verified: true });
    expect(replayed.map((e) => Number(e.id!.split('.')[1]))).toEqual(replayed.map((_, i) => Number(lastSeen.split('.')[1]) + 1 + i));
  });
});
