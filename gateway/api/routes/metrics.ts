/** GET /metrics — Prometheus text exposition of the gateway's registry (gateway/ops/metrics.ts). */
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';

export async function metricsRoutes(app: FastifyInstance, options: { readonly registry: Registry }): Promise<void> {
  app.get('/metrics', { schema: { summary: 'Prometheus metrics', tags: ['ops'] } }, async (_request, reply) => {
    void reply.header('cache-control', 'no-store').type(options.registry.contentType);
    return options.registry.metrics();
  });
}
