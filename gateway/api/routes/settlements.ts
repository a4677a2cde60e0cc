/**
 * Settling and querying settlements. `POST /v1/pharmacy/sales` is the counter's common case:
 * a known person + lines → a committed settlement in one call.
 */
import type { FastifyInstance } from 'fastify';
import type { SettlementService, PharmacySaleRequest } from '../../settlement/service.ts';
import { operatorOf } from '../operator.ts';
import { ANY_OBJECT, ERROR, FEE_LINE } from '../schemas.ts';

const SETTLEMENT_VIEW = {
  type: 'object',
  properties: {
    setl_id: { type: 'string' },
    mdtrt_id: { type: 'string' },
    psn_no: { type: 'string' },
    med_type: { type: 'string' },
    offline: { type: 'boolean' },
    setl_time: { type: 'string' },
    medins_setl_id: { type: ['string', 'null'] },
    cancelled_by: { type: ['string', 'null'] },
    result: ANY_OBJECT,
  },
} as const;

export function settlementRoutes(settlements: SettlementService) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.post<{ Body: PharmacySaleRequest }>('/v1/pharmacy/sales', {
      schema: {
        summary: 'Pharmacy sale: settle a person\'s purchase in one call',
        tags: ['settlement'],
        headers: {
          type: 'object',
          required: ['idempotency-key', 'x-operator-id'],
          properties: { 'idempotency-key': { type: 'string', minLength: 1, maxLength: 64 }, 'x-operator-id': { type: 'string', minLength: 1 } },
        },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['psn_no', 'lines'],
          properties: {
            psn_no: { type: 'string', minLength: 1, maxLength: 30 },
            lines: { type: 'array', minItems: 1, maxItems: 5000, items: FEE_LINE },
            medins_setl_id: { type: 'string', maxLength: 30 },
            use_account: { type: 'boolean' },
          },
        },
        response: { 200: SETTLEMENT_VIEW, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request) => {
      const key = request.headers['idempotency-key'];
      const view = settlements.pharmacySale(typeof key === 'string' ? key : undefined, request.body, operatorOf(request));
      request.log.info({ setl_id: view.setl_id, mdtrt_id: view.mdtrt_id }, 'settled');
      return view;
    });

    app.get<{ Params: { setl_id: string } }>('/v1/settlements/:setl_id', {
      schema: {
        summary: 'A settlement with its split, trace and cancellation state',
        tags: ['settlement'],
        params: { type: 'object', properties: { setl_id: { type: 'string' } }, required: ['setl_id'] },
        response: { 200: SETTLEMENT_VIEW, '4xx': ERROR },
      },
    }, async (request) => settlements.get(request.params.setl_id));
  };
}
