/**
 * GET /v1/reconciliation?date=YYYY-MM-DD[&to=…][&detail=false][&format=text]: the day's
 * settlements compared with the centre (gateway/center/reconcile.ts) — the JSON report, or
 * the printable zh/en text the insurance office files (format=text). The same as
 * `yibao-gateway reconcile`.
 */
import type { FastifyInstance } from 'fastify';
import { requireCalendarDay } from '../../china-time.ts';
import { GatewayError } from '../../errors/gateway-error.ts';
import type { ReconcileReport } from '../../center/reconcile.ts';
import { ERROR } from '../schemas.ts';

export interface ReconcileRoutesDeps {
  readonly reconcile: (period: { start: string; end: string; detail: boolean }) => Promise<ReconcileReport>;
  readonly format: (report: ReconcileReport) => string;
}

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2026-11-22'] } as const;

const SIDE = { type: ['object', 'null'], additionalProperties: true } as const;
const RECONCILE_REPORT = {
  type: 'object',
  additionalProperties: true,
  required: ['periodStart', 'periodEnd', 'result', 'totals', 'mismatches', 'detailCompared'],
  properties: {
    periodStart: { type: 'string' },
    periodEnd: { type: 'string' },
    result: { type: 'string', enum: ['match', 'mismatch'] },
    totals: { type: 'array', items: { type: 'object', additionalProperties: true, required: ['insutype', 'gateway', 'centre', 'differs'], properties: { insutype: { type: 'string' }, gateway: SIDE, centre: SIDE, differs: { type: 'boolean' } } } },
    mismatches: { type: 'array', items: { type: 'object', additionalProperties: true, required: ['recordId', 'kind', 'gateway', 'centre'], properties: { recordId: { type: 'string' }, kind: { type: 'string' }, gateway: SIDE, centre: SIDE } } },
    detailCompared: { type: 'boolean' },
  },
} as const;

export function reconcileRoutes(deps: ReconcileRoutesDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Querystring: { date: string; to?: string; detail?: 'true' | 'false'; format?: 'json' | 'text' } }>('/v1/reconciliation', {
      schema: {
        summary: 'Reconcile a day (or period) of settlements with the centre: totals per insurance type and mismatched records',
        tags: ['reconciliation'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['date'],
          properties: { date: DATE, to: DATE, detail: { type: 'string', enum: ['true', 'false'] }, format: { type: 'string', enum: ['json', 'text'], default: 'json' } },
        },
        response: {
          200: {
            description: 'The reconciliation report: per insurance type both sides\' totals, and every record that differs (format=text: the printed report, zh/en)',
            content: {
              'application/json': { schema: RECONCILE_REPORT },
              'text/plain': { schema: { type: 'string' } },
            },
          },
          '4xx': ERROR,
          '5xx': ERROR,
        },
      },
    }, async (request, reply) => {
      const { date, format = 'json' } = request.query;
      const detail = request.query.detail !== 'false';
      requireCalendarDay(date, 'querystring.date');
      const to = requireCalendarDay(request.query.to ?? date, 'querystring.to');
      if (to < date) throw new GatewayError('GW_VALIDATION', { detail: 'to is before date', details: { path: 'querystring.to' } });
      const report = await deps.reconcile({ start: date, end: to, detail });
      if (format === 'text') {
        void reply.type('text/plain; charset=utf-8');
        return deps.format(report);
      }
      return report;
    });
  };
}
