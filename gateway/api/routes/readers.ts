/**
 * Card readers and QR voucher scanners for the HIS: their status, a card read on demand, PIN
 * verify / change, and a server-sent event stream of readers, cards and voucher scans coming
 * and going (so a counter screen can say "insert the card" / "card inserted" / "voucher
 * scanned" without polling).
 *
 *   GET  /v1/readers                  → { readers: [{ id, name, psam_reader, pin_pad, card: { present, atr }, psam }] }
 *   POST /v1/readers/:id/read         → the person's credential (mdtrt_cert_type 03 …) and the reader-DLL string
 *   POST /v1/readers/:id/pin/verify   { pin? } → { outcome: 'ok' }; wrong → 403 GW_CARD_PIN_WRONG (details.tries_left), blocked → 403 GW_CARD_PIN_BLOCKED
 *   POST /v1/readers/:id/pin/change   { old_pin?, new_pin? } → the same
 *   GET  /v1/readers/events           → text/event-stream: `event: card-inserted` / `event: voucher-scanned` / `data: {…}`
 *   GET  /v1/scanners                 → { scanners: [{ path, mode, … }], scans: [the recent voucher scans, newest first] }
 *
 * PIN bodies are never logged (gateway/log.ts redacts pin, old_pin, new_pin; no route logs a body).
 */
import type { FastifyInstance } from 'fastify';
import type { CredentialEvent, CredentialService, VoucherScanEvent } from '../../credentials/service.ts';
import { credentialToWire } from '../../credentials/wire.ts';

export { credentialToWire };
import type { PinOutcome } from '../../../drivers/card/sscard.ts';
import { legacyPinCode } from '../../../drivers/card/legacy-codes.ts';
import { GatewayError } from '../../errors/gateway-error.ts';
import { ANY_OBJECT, ERROR, EVENT_STREAM } from '../schemas.ts';

export interface ReadersRoutesOptions {
  readonly credentials: CredentialService;
  /** Comment line sent to keep idle event streams open through proxies. */
  readonly heartbeatMs?: number;
}

/** A voucher scan in the national interface's vocabulary: the HIS passes it on to POST /v1/persons/identify. */
export function scanToWire(scan: VoucherScanEvent): Record<string, unknown> {
  return { scan_id: scan.scanId, mdtrt_cert_type: '01', mdtrt_cert_no: scan.token, scanner: scan.scanner, mode: scan.mode, at: scan.at };
}

/** The `data:` of an event on the stream, snake_case like the rest of the API. */
export function eventToWire(event: CredentialEvent): Record<string, unknown> {
  switch (event.type) {
    case 'voucher-scanned':
      return scanToWire(event);
    case 'reader-added':
    case 'reader-removed':
    case 'card-removed':
      return { reader: event.reader, reader_id: event.readerId, slot: event.slot, at: event.at };
    case 'card-inserted':
      return { reader: event.reader, reader_id: event.readerId, slot: event.slot, atr: event.atr, at: event.at };
    case 'card-read':
      return { reader: event.reader, reader_id: event.readerId, mdtrt_cert_type: '03', mdtrt_cert_no: event.cardNumber, certno: event.certno, psn_name: event.name, card_verified: event.verified, at: event.at };
    case 'card-refused':
      return { reader: event.reader, reader_id: event.readerId, code: event.code, legacy_code: event.legacyCode, at: event.at };
    case 'pin-entered':
      return { reader: event.reader, reader_id: event.readerId, operation: event.operation, outcome: event.outcome, tries_left: event.triesLeft, at: event.at };
    case 'service-lost':
    case 'service-restored':
      return { at: event.at };
    case 'scan-rejected':
      return { scanner: event.scanner, mode: event.mode, reason: event.reason, length: event.length, at: event.at };
    case 'scanner-attached':
    case 'scanner-detached':
      return { scanner: event.scanner, at: event.at };
    default: {
      const never: never = event;
      return never;
    }
  }
}

/** A PIN outcome as the answer: ok is 200; wrong and blocked are the card codes the HIS already switches on. */
function pinAnswer(outcome: PinOutcome, reader: string): { outcome: 'ok'; reader_id: string } {
  switch (outcome.kind) {
    case 'ok':
      return { outcome: 'ok', reader_id: reader };
    case 'wrong':
      throw new GatewayError('GW_CARD_PIN_WRONG', { details: { tries_left: outcome.triesLeft, legacy_code: legacyPinCode(outcome), reader_id: reader } });
    case 'blocked':
      throw new GatewayError('GW_CARD_PIN_BLOCKED', { details: { tries_left: 0, legacy_code: legacyPinCode(outcome), reader_id: reader } });
    default: {
      const never: never = outcome;
      return never;
    }
  }
}

/** The card's PIN: 2–12 digits (protocol/sscard/commands.ts encodePin; 6 on the social security card). */
const PIN = { type: 'string', pattern: '^[0-9]{2,12}$' } as const;
const READER_ID = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 } } } as const;
const PIN_OK = { type: 'object', properties: { outcome: { type: 'string', enum: ['ok'] }, reader_id: { type: 'string' } } } as const;

const READER = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    psam_reader: { type: ['string', 'null'] },
    pin_pad: { type: 'boolean' },
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
      readers: readers.map((r) => ({ id: r.id, name: r.name, psam_reader: r.psamReader, pin_pad: r.pinPad, card: r.card, psam: r.psam })),
    };
  });

  app.post<{ Params: { id: string } }>('/v1/readers/:id/read', {
    schema: {
      summary: 'Read the social security card in a reader: identity (credential type 03), expiry and blocklist checked',
      tags: ['readers'],
      params: READER_ID,
      response: { 200: ANY_OBJECT, '4xx': ERROR, '5xx': ERROR },
    },
  }, async (request) => credentialToWire(await credentials.readCard(request.params.id)));

  app.post<{ Params: { id: string }; Body: { pin?: string } | undefined }>('/v1/readers/:id/pin/verify', {
    schema: {
      summary: 'Verify the cardholder PIN: typed on the reader\'s PIN pad (no pin in the body), or sent by the HIS (pin)',
      description: 'Wrong PIN → 403 GW_CARD_PIN_WRONG with details.tries_left (legacy −51); blocked → 403 GW_CARD_PIN_BLOCKED (−52); '
        + 'no pin on a reader without a pad → 422 GW_CARD_PIN_PAD_MISSING. The PIN is never logged.',
      tags: ['readers'],
      params: READER_ID,
      body: { type: 'object', additionalProperties: false, properties: { pin: PIN } },
      response: { 200: PIN_OK, '4xx': ERROR, '5xx': ERROR },
    },
  }, async (request) => {
    const pin = request.body?.pin;
    const outcome = await credentials.verifyPin(request.params.id, pin === undefined ? { on: 'pad' } : { on: 'host', pin });
    request.log.info({ reader: request.params.id, entry: pin === undefined ? 'pad' : 'host', outcome: outcome.kind }, 'PIN verify');
    return pinAnswer(outcome, request.params.id);
  });

  app.post<{ Params: { id: string }; Body: { old_pin?: string; new_pin?: string } | undefined }>('/v1/readers/:id/pin/change', {
    schema: {
      summary: 'Change the cardholder PIN: on the reader\'s PIN pad (empty body), or old_pin and new_pin from the HIS',
      description: 'Outcomes as for verify, judged on the old PIN. The PINs are never logged.',
      tags: ['readers'],
      params: READER_ID,
      body: {
        type: 'object',
        additionalProperties: false,
        properties: { old_pin: PIN, new_pin: PIN },
        // Both PINs from the HIS, or neither (the pad asks): OpenAPI 3.0 has no `dependencies`.
        anyOf: [{ required: ['old_pin', 'new_pin'] }, { properties: { old_pin: { not: {} }, new_pin: { not: {} } } }],
      },
      response: { 200: PIN_OK, '4xx': ERROR, '5xx': ERROR },
    },
  }, async (request) => {
    const { old_pin: oldPin, new_pin: newPin } = request.body ?? {};
    const outcome = await credentials.changePin(
      request.params.id,
      oldPin !== undefined && newPin !== undefined ? { on: 'host', oldPin, newPin } : { on: 'pad' },
    );
    request.log.info({ reader: request.params.id, entry: oldPin === undefined ? 'pad' : 'host', outcome: outcome.kind }, 'PIN change');
    return pinAnswer(outcome, request.params.id);
  });

  app.get('/v1/scanners', {
    schema: {
      summary: 'QR voucher scanners open now, and the voucher scans of the last two minutes (newest first) as mdtrt_cert_type 01 credentials',
      description: 'Pass a scan\'s mdtrt_cert_type and mdtrt_cert_no to POST /v1/persons/identify. The same scans arrive as `voucher-scanned` on GET /v1/readers/events.',
      tags: ['readers'],
      response: {
        200: {
          type: 'object',
          properties: {
            scanners: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, mode: { type: 'string', enum: ['keyboard', 'hid-pos'] }, vendor_id: { type: 'integer' }, product_id: { type: 'integer' }, product: { type: ['string', 'null'] } },
              },
            },
            scans: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  scan_id: { type: 'integer' }, mdtrt_cert_type: { type: 'string' }, mdtrt_cert_no: { type: 'string' }, scanner: { type: 'string' }, mode: { type: 'string' }, at: { type: 'string' },
                },
              },
            },
          },
        },
        '4xx': ERROR,
        '5xx': ERROR,
      },
    },
  }, async () => ({
    scanners: credentials.listScanners().map((s) => ({ path: s.path, mode: s.mode, vendor_id: s.vendorId, product_id: s.productId, product: s.product })),
    scans: credentials.recentScans().map(scanToWire),
  }));

  app.get('/v1/readers/events', {
    schema: {
      summary: 'Server-sent events: reader-added/-removed, card-inserted/-removed, card-read/-refused, pin-entered, service-lost/-restored, voucher-scanned, scan-rejected, scanner-attached/-detached',
      description: 'Each event has an id; a client reconnecting with Last-Event-ID gets the events it missed (of the last 500), '
        + 'or an `events-missed` event first when some fell out of that window. Reader events carry `slot` (card or psam) and the '
        + 'reader_id of the pair, as GET /v1/readers lists it.',
      tags: ['readers'],
      response: EVENT_STREAM,
    },
  }, (request, reply) => {
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    out.write(': yibao gateway reader events\n\n');
    const send = (event: CredentialEvent, id: string): void => {
      out.write(`id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(eventToWire(event))}\n\n`);
    };
    // A client that reconnects gets what it missed, as the EventSource standard has it.
    const lastId = request.headers['last-event-id'];
    if (typeof lastId === 'string' && lastId !== '') {
      const { events, missed } = credentials.eventsSince(lastId);
      if (missed) out.write(`event: events-missed\ndata: ${JSON.stringify({ after: lastId })}\n\n`);
      for (const e of events) send(e.event, e.id);
    }
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
