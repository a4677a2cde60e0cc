/**
 * What the centre made of the gateway's settlements, for the HIS: rejections and
 * adjudication differences, by query and as they arrive:
 *
 *   GET /v1/settlements/:setl_id/center   the record's upload state (pending, delivered,
 *                                         duplicate, rejected with the centre's code and
 *                                         reason) and the centre's adjudication, if any;
 *   GET /v1/adjudications?since=N         results after cursor N, oldest first; with
 *                                         wait_ms the call waits (long poll) until one
 *                                         arrives — the HIS's event feed without a socket;
 *   GET /v1/adjudications/events?since=N  the same as server-sent events: every result after
 *                                         N, then each new one as it is stored (event
 *                                         `adjudication`, id = cursor, so a reconnecting
 *                                         EventSource resumes with Last-Event-ID).
 *
 * A rejection at upload (the centre refused the record) shows in `upload`; a later decision
 * (accepted, adjusted amounts, rejected lines) shows in `adjudication`.
 */
import type { FastifyInstance } from 'fastify';
import { GatewayError } from '../../errors/gateway-error.ts';
import type { AdjudicationView, SqliteAdjudicationSink } from '../../center/store-adjudications.ts';
import { ANY_OBJECT, ERROR, EVENT_STREAM } from '../schemas.ts';

export interface AdjudicationRoutesDeps {
  readonly store: Pick<SqliteAdjudicationSink, 'since' | 'forSettlement' | 'uploadOf'>;
  /** Subscribes to "a result was stored"; returns the unsubscribe. */
  readonly onChange: (listener: () => void) => () => void;
  /** Comment line sent this often on an idle event stream (default 15 s). */
  readonly heartbeatMs?: number;
}

const MAX_WAIT_MS = 30_000;

const UPLOAD = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['pending', 'delivered', 'duplicate', 'rejected'] },
    record_id: { type: 'string' },
    code: { type: ['string', 'null'] },
    reason: { type: ['string', 'null'] },
    attempts: { type: 'integer' },
    settled_at: { type: ['string', 'null'] },
    last_error: { type: ['string', 'null'] },
  },
} as const;

const ADJUDICATION = {
  type: 'object',
  properties: {
    record_id: { type: 'string' },
    setl_id: { type: 'string' },
    outcome: { type: 'string', enum: ['accepted', 'adjusted', 'rejected', 'unspecified'] },
    code: { type: 'string' },
    reason: { type: 'string' },
    adjusted: { anyOf: [ANY_OBJECT, { type: 'null' }] },
    lines: { type: 'array', items: ANY_OBJECT },
    decided_at: { type: 'string' },
    cursor: { type: 'integer' },
  },
} as const;

export function adjudicationRoutes(deps: AdjudicationRoutesDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Params: { setl_id: string } }>('/v1/settlements/:setl_id/center', {
      schema: {
        summary: 'The settlement at the centre: upload state (rejections with code and reason) and adjudication',
        tags: ['settlement'],
        params: { type: 'object', properties: { setl_id: { type: 'string', minLength: 1, maxLength: 40 } }, required: ['setl_id'] },
        response: {
          200: { type: 'object', properties: { setl_id: { type: 'string' }, upload: UPLOAD, adjudication: { anyOf: [ADJUDICATION, { type: 'null' }] } } },
          '4xx': ERROR,
        },
      },
    }, async (request) => {
      const { setl_id } = request.params;
      const upload = deps.store.uploadOf(setl_id);
      if (!upload) throw new GatewayError('GW_SETTLEMENT_NOT_FOUND', { details: { path: 'params.setl_id' } });
      return { setl_id, upload, adjudication: deps.store.forSettlement(setl_id) };
    });

    // Query values arrive as strings (the server does not coerce types): whole numbers by pattern.
    app.get<{ Querystring: { since?: string; limit?: string; wait_ms?: string } }>('/v1/adjudications', {
      schema: {
        summary: 'Adjudication results after a cursor (rejections, adjusted amounts); wait_ms long-polls for the next one',
        tags: ['settlement'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            since: { type: 'string', pattern: '^[0-9]{1,15}$', description: 'cursor of the last result seen (default 0: from the start)' },
            limit: { type: 'string', pattern: '^[0-9]{1,4}$', description: `1–1000 results (default 200)` },
            wait_ms: { type: 'string', pattern: '^[0-9]{1,5}$', description: `with no result yet, wait up to this long for one (at most ${MAX_WAIT_MS})` },
          },
        },
        response: {
          200: { type: 'object', properties: { results: { type: 'array', items: ADJUDICATION }, next: { type: 'integer' } } },
          '4xx': ERROR,
        },
      },
    }, async (request) => {
      const since = Number(request.query.since ?? 0);
      const limit = Number(request.query.limit ?? 200);
      const waitMs = Number(request.query.wait_ms ?? 0);
      if (limit < 1 || limit > 1000) throw new GatewayError('GW_VALIDATION', { detail: 'limit must be 1–1000', details: { path: 'querystring.limit' } });
      if (waitMs > MAX_WAIT_MS) throw new GatewayError('GW_VALIDATION', { detail: `wait_ms must be at most ${MAX_WAIT_MS}`, details: { path: 'querystring.wait_ms' } });
      let results = deps.store.since(since, limit);
      if (results.length === 0 && waitMs > 0) {
        results = await waitForResults(deps, since, limit, waitMs);
      }
      return { results, next: results.at(-1)?.cursor ?? since };
    });

    // Open event streams, ended before the server closes: a stream never ends by itself, and
    // server.close() waits for every open connection (onClose would run only after that).
    const streams = new Set<() => void>();
    app.addHook('preClose', async () => {
      for (const end of [...streams]) end();
    });

    app.get<{ Querystring: { since?: string } }>('/v1/adjudications/events', {
      schema: {
        summary: 'Server-sent events: each adjudication result after `since` (or Last-Event-ID), then each new one',
        tags: ['settlement'],
        querystring: { type: 'object', additionalProperties: false, properties: { since: { type: 'string', pattern: '^[0-9]{1,15}$' } } },
        response: EVENT_STREAM,
      },
    }, (request, reply) => {
      const lastEventId = request.headers['last-event-id'];
      let cursor = Number(typeof lastEventId === 'string' && /^[0-9]{1,15}$/.test(lastEventId) ? lastEventId : request.query.since ?? 0);
      reply.hijack();
      const out = reply.raw;
      // Connection: close — once the stream ends (server shutdown) the socket goes too, instead of idling
      // as keep-alive until the client drops it (server.close() would wait for that).
      out.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
      out.write(': yibao gateway adjudication results\n\n');
      const flush = (): void => {
        for (;;) {
          const page = deps.store.since(cursor, 200);
          for (const r of page) out.write(`id: ${r.cursor}\nevent: adjudication\ndata: ${JSON.stringify(r)}\n\n`);
          cursor = page.at(-1)?.cursor ?? cursor;
          if (page.length < 200) return;
        }
      };
      const unsubscribe = deps.onChange(flush);
      const heartbeat = setInterval(() => out.write(': keep-alive\n\n'), deps.heartbeatMs ?? 15_000);
      heartbeat.unref();
      const close = (): void => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(end);
      };
      const end = (): void => {
        close();
        out.end();
      };
      streams.add(end);
      out.on('close', close);
      flush();
    });
  };
}

/** Resolves with the first results after `since` to arrive, or [] after waitMs. */
function waitForResults(deps: AdjudicationRoutesDeps, since: number, limit: number, waitMs: number): Promise<AdjudicationView[]> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (results: AdjudicationView[]): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(results);
    };
    const unsubscribe = deps.onChange(() => {
      const results = deps.store.since(since, limit);
      if (results.length > 0) finish(results);
    });
    const timer = setTimeout(() => finish([]), waitMs);
  });
}
