/**
 * The HIS-facing HTTP API (fastify). Routes live one area a file under `routes/`; this file
 * assembles them, maps every error to the registry's `{ code, message, message_zh }` shape,
 * and publishes the OpenAPI document generated from the route schemas at `/docs`.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyError } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { GatewayError, isGatewayError } from '../errors/gateway-error.ts';
import { parseRequestJson } from '../boundary/json.ts';
import { requireCleanText } from '../boundary/text.ts';
import { SECURITY_SCHEMES, transformRoute } from './openapi.ts';

export interface ServerOptions {
  readonly logger: Logger;
  /** Area plugins to register, each `async (app) => { app.post(...) }`. */
  readonly routes: ReadonlyArray<(app: FastifyInstance) => Promise<void>>;
  readonly version: string;
  /** PEM certificate and key: the API answers HTTPS only (config tlsCertFile/tlsKeyFile). */
  readonly https?: { readonly cert: Buffer; readonly key: Buffer } | undefined;
  /** Connection limits (config httpIdleTimeoutMs, httpRequestTimeoutMs); defaults below. */
  readonly timeouts?: Partial<HttpTimeouts>;
}

export interface HttpTimeouts {
  /** A socket that sends nothing for this long is closed (idle keep-alive, stalled upload). */
  readonly idleMs: number;
  /** A request's headers and body must have arrived within this (slow-sender defence). */
  readonly requestMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { idleMs: 30_000, requestMs: 30_000 };

/**
 * Refusals the HTTP parser makes before fastify sees a request (oversized headers, broken
 * framing, a request that did not arrive in time), written in the gateway's error format.
 */
function clientErrorAnswer(err: NodeJS.ErrnoException): GatewayError {
  if (err.code === 'HPE_HEADER_OVERFLOW') return new GatewayError('GW_HEADERS_TOO_LARGE', { cause: err });
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return new GatewayError('GW_REQUEST_TIMEOUT', { cause: err });
  return new GatewayError('GW_MALFORMED_REQUEST', { cause: err, detail: `the HTTP request could not be parsed (${err.code ?? 'framing error'})` });
}

function writeClientError(log: FastifyBaseLogger, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const gwErr = clientErrorAnswer(err);
  log.info({ code: gwErr.code, err: { name: err.name, code: err.code } }, 'request refused before parsing');
  if (socket.writable) {
    const body = JSON.stringify(gwErr.toJSON());
    socket.write(`HTTP/1.1 ${gwErr.status} ${STATUS_CODES[gwErr.status] ?? 'Error'}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

/** Turns anything thrown into a GatewayError, keeping the cause. */
export function toGatewayError(err: unknown): GatewayError {
  if (isGatewayError(err)) return err;
  const fe = err as Partial<FastifyError> & { validation?: Array<{ instancePath?: string; message?: string; params?: Record<string, unknown> }> };
  if (fe.validation) {
    const first = fe.validation[0];
    const missing = first?.params?.missingProperty;
    const extra = first?.params?.additionalProperty;
    const base = `${fe.validationContext ?? 'body'}${(first?.instancePath ?? '').replaceAll('/', '.')}`;
    const path = missing ? `${base}.${String(missing)}` : extra ? `${base}.${String(extra)}` : base;
    return new GatewayError('GW_VALIDATION', { cause: err, detail: `${path} ${first?.message ?? ''}`.trim(), details: { path } });
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.statusCode === 400 || fe.statusCode === 415) {
    return new GatewayError('GW_VALIDATION', { cause: err, detail: fe.message ?? 'malformed request', details: { path: 'body' } });
  }
  if (fe.statusCode === 413) return new GatewayError('GW_REQUEST_TOO_LARGE', { cause: err, details: { path: 'body' } });
  if (fe.statusCode === 404) return new GatewayError('GW_NOT_FOUND', { cause: err });
  return new GatewayError('GW_INTERNAL', { cause: err });
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const timeouts = { ...DEFAULT_HTTP_TIMEOUTS, ...options.timeouts };
  const log = options.logger as FastifyBaseLogger;
  const app = Fastify({
    ...(options.https ? { https: { cert: options.https.cert, key: options.https.key } } : {}),
    loggerInstance: log,
    bodyLimit: 8 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: Math.min(timeouts.idleMs, 10_000),
    requestTimeout: timeouts.requestMs,
    // Node checks the request timeout of half-received requests only every so often (30 s by
    // default): check often enough that a slow sender is cut off near the limit.
    ...(options.https ? {} : { http: { headersTimeout: timeouts.requestMs, connectionsCheckingInterval: Math.max(250, Math.min(5_000, Math.floor(timeouts.requestMs / 4))) } }),
    clientErrorHandler: (err, socket) => writeClientError(log, err as NodeJS.ErrnoException, socket as Socket),
  });

  // JSON bodies: nesting, duplicate keys and text refused at the door, naming the field
  // (boundary/json.ts); query strings and path parameters follow the same text rules.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseRequestJson(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.addHook('preValidation', async (request) => {
    requireCleanText(request.query, 'querystring');
    requireCleanText(request.params, 'params');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Yibao Gateway HIS API',
        description: 'Local API of the hospital settlement gateway (医保结算网关). Money is a decimal string with two places. Every error is `{ code, message, message_zh, details }` with a stable `GW_…` code.',
        version: options.version,
        license: { name: 'Proprietary: licensed to the installing hospital or pharmacy' },
      },
      servers: [{ url: 'http://127.0.0.1:8860', description: 'the gateway on this PC, embedded defaults (port: config port)' }],
      components: { securitySchemes: SECURITY_SCHEMES },
      security: [{ bearer: [] }, { apiKey: [] }],
    },
    transform: transformRoute,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.setErrorHandler((err, request, reply) => {
    const gwErr = toGatewayError(err);
    if (gwErr.status >= 500) request.log.error({ err, code: gwErr.code }, 'request failed');
    else request.log.info({ code: gwErr.code, detail: gwErr.message }, 'request refused');
    void reply.status(gwErr.status).send(gwErr.toJSON());
  });
  app.setNotFoundHandler((request, reply) => {
    const err = new GatewayError('GW_NOT_FOUND', { detail: `${request.method} ${request.url}` });
    void reply.status(err.status).send(err.toJSON());
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok', version: options.version }));
  for (const routes of options.routes) await app.register(routes);
  return app;
}
