/**
 * The HIS-facing HTTP API (fastify). Routes live one area a file under `routes/`; this file
 * assembles them, maps every error to the registry's `{ code, message, message_zh }` shape,
 * and publishes the OpenAPI document generated from the route schemas at `/docs`.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyError } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Logger } from 'pino';
import { GatewayError, isGatewayError } from '../errors/gateway-error.ts';

export interface ServerOptions {
  readonly logger: Logger;
  /** Area plugins to register, each `async (app) => { app.post(...) }`. */
  readonly routes: ReadonlyArray<(app: FastifyInstance) => Promise<void>>;
  readonly version: string;
  /** PEM certificate and key: the API answers HTTPS only (config tlsCertFile/tlsKeyFile). */
  readonly https?: { readonly cert: Buffer; readonly key: Buffer } | undefined;
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
  if (fe.statusCode === 413) return new GatewayError('GW_VALIDATION', { cause: err, detail: 'request body too large', details: { path: 'body' } });
  if (fe.statusCode === 404) return new GatewayError('GW_NOT_FOUND', { cause: err });
  return new GatewayError('GW_INTERNAL', { cause: err });
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.https ? { https: { cert: options.https.cert, key: options.https.key } } : {}),
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: 8 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Yibao Gateway HIS API',
        description: 'Local API of the hospital settlement gateway. Money is a decimal string with two places.',
        version: options.version,
      },
    },
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
