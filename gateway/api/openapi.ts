/**
 * The OpenAPI document of the HIS API (`/docs/json`, browsable at `/docs`), generated from the
 * route schemas. This file adds what the routes do not say one by one: the servers, the two
 * ways to send an API key (so `/docs` has an Authorize button and generated clients send it),
 * which routes are open, and an `operationId` for every operation, derived from its method and
 * path unless the route names its own (`POST /v1/pharmacy/sales` → `postPharmacySales`).
 *
 * test/api/openapi.test.ts holds it to a strict validator (@apidevtools/swagger-parser),
 * `redocly lint`, and a client compiled against types generated from it (openapi-typescript).
 */
import type { FastifySchema, RouteOptions } from 'fastify';
import { OPEN_ROUTES } from '../auth/plugin.ts';


export const SECURITY_SCHEMES = {
  bearer: { type: 'http', scheme: 'bearer', description: 'The HIS client\'s API key: `Authorization: Bearer yk_…` (yibao-gateway apikey create)' },
  apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'The same key in a header of its own' },
} as const;

/** `/v1/visits/{mdtrt_id}/fee-lines` → `VisitsByMdtrtIdFeeLines` (after the method). */
function pathWords(url: string): string {
  return url
    .split('/')
    .filter((part) => part !== '' && part !== 'v1')
    .map((part) => {
      const param = /^[:{](\w+)}?$/.exec(part);
      const word = (param ? `by_${param[1]}` : part).split(/[_\-.]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
      return word;
    })
    .join('');
}

export function operationIdOf(method: string, url: string): string {
  return `${method.toLowerCase()}${pathWords(url)}`;
}

/** The @fastify/swagger `transform`: operationId and security for every route. */
export function transformRoute({ schema, url, route }: { schema: FastifySchema; url: string; route: RouteOptions }): { schema: FastifySchema; url: string } {
  const method = Array.isArray(route.method) ? route.method[0]! : route.method;
  const own = schema as FastifySchema & { operationId?: string; security?: unknown };
  return {
    url,
    schema: {
      ...schema,
      operationId: own.operationId ?? operationIdOf(method, url),
      ...(OPEN_ROUTES.test(url) ? { security: [] } : {}),
    } as FastifySchema,
  };
}
