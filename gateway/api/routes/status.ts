/**
 * GET /status — the technician's page (HTML, Chinese and English); `?part=body` is the live
 * part the page re-fetches; GET /status.json — the same facts for scripts and monitoring.
 */
import type { FastifyInstance } from 'fastify';
import type { StatusSnapshot } from '../../ops/status.ts';
import { renderStatusBody, renderStatusPage } from '../../ops/status-page.ts';

export interface StatusRoutesOptions {
  readonly snapshot: () => Promise<StatusSnapshot>;
}

export async function statusRoutes(app: FastifyInstance, options: StatusRoutesOptions): Promise<void> {
  app.get<{ Querystring: { part?: 'body' } }>('/status', {
    schema: {
      summary: 'Status page for technicians (HTML): readers and cards, centre link, backlog, offline, totals, errors',
      tags: ['ops'],
      querystring: { type: 'object', properties: { part: { type: 'string', enum: ['body'] } }, additionalProperties: false },
    },
  }, async (request, reply) => {
    const snapshot = await options.snapshot();
    void reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    return request.query.part === 'body' ? renderStatusBody(snapshot) : renderStatusPage(snapshot);
  });

  app.get('/status.json', {
    schema: { summary: 'The status page\'s facts as JSON', tags: ['ops'] },
  }, async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    return options.snapshot();
  });
}
