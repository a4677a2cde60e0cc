/**
 * The API's front door, one hook for every route: the HIS client's API key
 * (`Authorization: Bearer yk_…` or `X-Api-Key`) and, when the request names one, the
 * operator session (`X-Session-Id`). Registered without encapsulation so it covers the
 * routes of every area, not only this file's. Health, metrics, the status page and `/docs` stay open.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GatewayError } from '../errors/gateway-error.ts';
import type { ApiClient, ApiKeys } from './api-keys.ts';
import type { Operator, OperatorSessions } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The HIS client whose API key authenticated the request (null when keys are off). */
    apiClient: ApiClient | null;
    /** The operator of the session named in X-Session-Id, when there is one. */
    operator: Operator | null;
  }
}

export interface AuthOptions {
  readonly keys: ApiKeys;
  readonly sessions: OperatorSessions;
  /** false only for a gateway reachable from 127.0.0.1 alone in a lab; production keeps true. */
  readonly requireApiKey: boolean;
}

// The technician's status page and the monitoring endpoints carry no personal data and must
// work from a browser or a Prometheus scraper that holds no HIS key.
export const OPEN_ROUTES = /^\/(healthz|readyz|metrics|status(\.json)?|docs|favicon\.ico|approve)(\/|$|\?)/;

/** The gateway API key a request presents: `Authorization: Bearer …` or `X-Api-Key`. */
export function presentedKey(request: Pick<FastifyRequest, 'headers'>): string | undefined {
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7).trim();
  const key = request.headers['x-api-key'];
  return typeof key === 'string' ? key : undefined;
}

export function authPlugin(options: AuthOptions) {
  const plugin = async function auth(app: FastifyInstance): Promise<void> {
    app.decorateRequest('apiClient', null);
    app.decorateRequest('operator', null);
    app.addHook('onRequest', async (request) => {
      if (OPEN_ROUTES.test(request.url)) return;
      // The national endpoint authenticates its callers itself, and answers a refusal in the national shape.
      if ((request.routeOptions.config as { selfAuthenticated?: boolean } | undefined)?.selfAuthenticated === true) return;
      if (options.requireApiKey) {
        const key = presentedKey(request);
        const client = key === undefined ? undefined : options.keys.verify(key);
        if (!client) throw new GatewayError('GW_UNAUTHORIZED', { details: { path: key === undefined ? 'headers.authorization' : 'headers.authorization (unknown or revoked key)' } });
        request.apiClient = client;
      }
      const sessionId = request.headers['x-session-id'];
      if (typeof sessionId === 'string' && sessionId !== '') request.operator = options.sessions.resolve(sessionId);
    });
  };
  // Same as fastify-plugin's skip-override: the hook belongs to the root context.
  (plugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
  return plugin;
}
