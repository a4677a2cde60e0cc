/**
 * GET /status — the technician's page (HTML, Chinese and English); `?part=body` is the live
 * part the page re-fetches; GET /status.json — the same facts for scripts and monitoring.
 */
import { ERROR } from '../schemas.ts';
import type { FastifyInstance } from 'fastify';
import type { StatusSnapshot } from '../../ops/status.ts';
import { renderStatusBody, renderStatusPage } from '../../ops/status-page.ts';

export interface StatusRoutesOptions {
  readonly snapshot: () => Promise<StatusSnapshot>;
}

/** The browser tab's icon (a green cross on white, SVG): served open, so a browser never fills "recent errors" with 401s. */
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#fff"/><path d="M6 2h4v4h4v4h-4v4H6v-4H2V6h4z" fill="#1a7f37"/></svg>';

export async function statusRoutes(app: FastifyInstance, options: StatusRoutesOptions): Promise<void> {
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=86400').type('image/svg+xml');
    return FAVICON;
  });

  app.get<{ Querystring: { part?: 'body' } }>('/status', {
    schema: {
      summary: 'Status page for technicians (HTML): readers and cards, centre link, backlog, offline, totals, errors',
      tags: ['ops'],
      querystring: { type: 'object', properties: { part: { type: 'string', enum: ['body'] } }, additionalProperties: false },
      response: { 200: { description: 'The page (or only its body, part=body, for the page\'s own refresh)', content: { 'text/html': { schema: { type: 'string' } } } }, '4xx': ERROR },
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
