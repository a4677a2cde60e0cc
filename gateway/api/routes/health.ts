/**
 * GET /readyz — may this gateway take a patient now (database writable, pcscd answering,
 * centre reachable or offline allowance left, no upload record quarantined)? 200 when ready
 * or degraded, 503 when not, with every check's state and a reason. (/healthz, "the process answers", is in server.ts.)
 */
import type { FastifyInstance } from 'fastify';
import type { Readiness } from '../../ops/readiness.ts';

export interface HealthRoutesOptions {
  readonly readiness: () => Promise<Readiness>;
}

const CHECK = { type: 'object', properties: { state: { type: 'string', enum: ['ok', 'degraded', 'failed'] }, detail: { type: 'string' } } } as const;
const READINESS = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ready', 'degraded', 'not-ready'] },
    checks: { type: 'object', properties: { database: CHECK, pcscd: CHECK, centre: CHECK, uploads: CHECK } },
  },
} as const;

export async function healthRoutes(app: FastifyInstance, options: HealthRoutesOptions): Promise<void> {
  app.get('/readyz', {
    schema: { summary: 'Readiness: database writable, pcscd reachable, centre reachable or offline allowance left', tags: ['ops'], response: { 200: READINESS, 503: READINESS } },
  }, async (_request, reply) => {
    const readiness = await options.readiness();
    void reply.header('cache-control', 'no-store').status(readiness.status === 'not-ready' ? 503 : 200);
    return readiness;
  });
}
