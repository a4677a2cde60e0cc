/**
 * Card readers for the HIS: their status, a card read on demand, and a server-sent event
 * stream of readers and cards coming and going (so a counter screen can say "insert the
 * card" / "card inserted" without polling).
 *
 *   GET  /v1/readers              → { readers: [{ id, name, psam_reader, card: { present, atr }, psam }] }
 *   POST /v1/readers/:id/read     → the person's credential (mdtrt_cert_type 03 …) and the reader-DLL string
 *   GET  /v1/readers/events       → text/event-stream: `event: card-inserted` / `data: {…}`
 */
import type { FastifyInstance } from 'fastify';
import type { CredentialEvent, CredentialService, PersonCredential } from '../../credentials/service.ts';
import { ANY_OBJECT, ERROR } from '../schemas.ts';

export interface ReadersRoutesOptions {
  readonly credentials: CredentialService;
  /** Comment line sent to keep idle event streams open through proxies. */
  readonly heartbeatMs?: number;
}

/** The wire form of a credential, in the national interface's vocabulary (1101 input fields). */
export function credentialToWire(person: PersonCredential): Record<string, unknown> {
  return {
    mdtrt_cert_type: person.credentialType,
    mdtrt_cert_no: person.credentialNo,
    ...(person.card ? { card_sn: person.card.cardIdCode } : {}),
    psn_cert_type: '01',
    certno: person.certno,
    psn_name: person.name,
    gend: person.sex,
    brdy: person.birthDate ? `${person.birthDate.slice(0, 4)}-${person.birthDate.slice(4, 6)}-${person.birthDate.slice(6, 8)}` : null,
    insuplc_admdvs: person.region,
    ...(person.card
      ? {
          card: {
            card_no: person.card.cardNumber,
            card_id_code: person.card.cardIdCode,
            spec_version: person.card.specVersion,
            issue_date: person.card.issueDate,
            expiry_date: person.card.expiryDate,
            atr: person.card.atr,
            terminal_number: person.card.terminalNumber ?? null,
            authentication: person.card.authentication,
          },
          legacy: person.legacy,
        }
      : {}),
    ...(person.reader ? { reader: person.reader } : {}),
    read_at: person.readAt,
  };
}

const READER = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    psam_reader: { type: ['string', 'null'] },
    card: { type: 'object', properties: { present: { type: 'boolean' }, atr: { type: ['string', 'null'] } } },
    psam: { type: ['object', 'null'], properties: { present: { type: 'boolean' } } },
  },
} as const;

export async function readersRoutes(app: FastifyInstance, options: ReadersRoutesOptions): Promise<void> {
  const { credentials } = options;
  // open event streams, ended when the server closes (a stream never ends by itself)
  const streams = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const end of [...streams]) end();
  });

  app.get('/v1/readers', {
    schema: {
      summary: 'Card readers (user-card slot paired with its PSAM slot) and whether a card is in each',
      tags: ['readers'],
      response: { 200: { type: 'object', properties: { readers: { type: 'array', items: READER } } }, '4xx': ERROR, '5xx': ERROR },
    },
  }, async () => {
    const readers = await credentials.listReaders();
    return {
      readers: readers.map((r) => ({ id: r.id, name: r.name, psam_reader: r.psamReader, card: r.card, psam: r.psam })),
    };
  });

  app.post<{ Params: { id: string } }>('/v1/readers/:id/read', {
    schema: {
      summary: 'Read the social security card in a reader: identity (credential type 03), expiry and blocklist checked',
      tags: ['readers'],
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 } } },
      response: { 200: ANY_OBJECT, '4xx': ERROR, '5xx': ERROR },
    },
  }, async (request) => credentialToWire(await credentials.readCard(request.params.id)));

  app.get('/v1/readers/events', {
    schema: { summary: 'Server-sent events: reader-added/-removed, card-inserted/-removed, service-lost/-restored', tags: ['readers'] },
  }, (request, reply) => {
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    out.write(': yibao gateway reader events\n\n');
    let id = 0;
    const send = (event: CredentialEvent): void => {
      id += 1;
      const { type, ...rest } = event;
      const data = 'readerId' in rest ? { ...rest, reader_id: rest.readerId, readerId: undefined } : rest;
      out.write(`id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const stop = credentials.watch(send);
    const heartbeat = setInterval(() => out.write(': keep-alive\n\n'), options.heartbeatMs ?? 15_000);
    heartbeat.unref();
    const close = (): void => {
      clearInterval(heartbeat);
      stop();
      streams.delete(end);
    };
    const end = (): void => {
      close();
      out.end();
    };
    streams.add(end);
    request.raw.on('close', close);
    out.on('close', close);
  });
}
