/**
 * Settling and querying settlements. `POST /v1/pharmacy/sales` is the counter's common case:
 * a known person + lines → a committed settlement in one call. Cancellation (2208/2305/2103)
 * and reversal (2601) are new rows with tiered approvals; receipts print a settlement;
 * daily totals feed reconciliation (3201).
 */
import type { FastifyInstance } from 'fastify';
import type { SettlementService, PharmacySaleRequest } from '../../settlement/service.ts';
import type { CancellationService, CancelRequest, ReverseRequest } from '../../settlement/cancel.ts';
import { dailyTotals } from '../../settlement/totals.ts';
import { settlementViewJson } from '../../settlement/view-json.ts';
import { buildReceipt, type Paper } from '../../receipts/model.ts';
import { renderHtml } from '../../receipts/html.ts';
import { renderPdf } from '../../receipts/pdf.ts';
import { operatorOf, idempotencyKeyOf, WRITERS } from '../operator.ts';
import { ANY_OBJECT, APPROVAL_BODY, CERT_TYPE, CANCELLATION_VIEW, ERROR, FEE_LINE, IDEMPOTENT_WRITE_HEADERS, SETTLEMENT_VIEW, WRITE_HEADERS } from '../schemas.ts';

export interface SettlementRouteDeps {
  readonly settlements: SettlementService;
  readonly cancellations: CancellationService;
  /** Printed at the top of a receipt: the institution's name and code. */
  readonly institution: { readonly name: string; readonly code: string };
  /** The operator's name for a session (for the receipt), or null. */
  readonly operatorName?: (sessionId: string) => string | null;
}

const SETL_PARAMS = { type: 'object', properties: { setl_id: { type: 'string', minLength: 1, maxLength: 40 } }, required: ['setl_id'] } as const;

export function settlementRoutes(deps: SettlementRouteDeps) {
  const { settlements, cancellations } = deps;
  return async function routes(app: FastifyInstance): Promise<void> {
    app.post<{ Body: PharmacySaleRequest }>('/v1/pharmacy/sales', {
      schema: {
        summary: 'Pharmacy sale (2102): settle a person\'s purchase in one call',
        tags: ['settlement'],
        headers: IDEMPOTENT_WRITE_HEADERS,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['psn_no', 'lines'],
          properties: {
            psn_no: { type: 'string', minLength: 1, maxLength: 30 },
            lines: { type: 'array', minItems: 1, maxItems: 5000, items: FEE_LINE },
            medins_setl_id: { type: 'string', minLength: 1, maxLength: 30 },
            use_account: { type: 'boolean' },
            mdtrt_cert_type: CERT_TYPE,
          },
          examples: [{
            psn_no: '15220100000000000001',
            lines: [
              { feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '20', pric: '0.80', det_item_fee_sumamt: '16.00' },
              { feedetl_sn: '2', med_list_codg: 'DRG-C-0001', cnt: '1', pric: '35.00', det_item_fee_sumamt: '35.00' },
            ],
            medins_setl_id: 'HIS-20261122-0001',
          }],
        },
        response: { 200: SETTLEMENT_VIEW, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request, reply) => {
      const view = await settlements.pharmacySale(idempotencyKeyOf(request), request.body, operatorOf(request, WRITERS));
      request.log.info({ setl_id: view.setl_id, mdtrt_id: view.mdtrt_id, offline: view.offline }, 'settled');
      return reply.type('application/json; charset=utf-8').serializer(settlementViewJson).send(view);
    });

    app.get<{ Params: { setl_id: string } }>('/v1/settlements/:setl_id', {
      schema: {
        summary: 'Settlement query (5203): a settlement with its split, trace and cancellation state',
        tags: ['settlement'],
        params: SETL_PARAMS,
        response: { 200: SETTLEMENT_VIEW, '4xx': ERROR },
      },
    }, async (request, reply) => reply.type('application/json; charset=utf-8').serializer(settlementViewJson).send(settlements.get(request.params.setl_id)));

    app.post<{ Params: { setl_id: string }; Body: CancelRequest }>('/v1/settlements/:setl_id/cancel', {
      schema: {
        summary: 'Cancel a settlement (2208 / 2305 / 2103), with tiered approvals by amount',
        tags: ['settlement'],
        params: SETL_PARAMS,
        headers: IDEMPOTENT_WRITE_HEADERS,
        body: { type: 'object', additionalProperties: false, required: ['reason'], properties: APPROVAL_BODY },
        response: { 200: CANCELLATION_VIEW, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request) => {
      const view = cancellations.cancel(request.params.setl_id, idempotencyKeyOf(request), request.body, operatorOf(request, WRITERS));
      request.log.info({ setl_id: view.setl_id, original_setl_id: view.original_setl_id }, 'cancelled');
      return view;
    });

    app.get<{ Params: { setl_id: string } }>('/v1/cancellations/:setl_id', {
      schema: { summary: 'A cancellation or reversal', tags: ['settlement'], params: SETL_PARAMS, response: { 200: CANCELLATION_VIEW, '4xx': ERROR } },
    }, async (request) => cancellations.get(request.params.setl_id));

    app.post<{ Body: ReverseRequest }>('/v1/reversals', {
      schema: {
        summary: 'Reverse (2601) a settle request whose answer was lost, by its Idempotency-Key or message id',
        description: 'If the settlement committed it is cancelled (approvals as for a cancellation); if nothing committed, the key and message id are burnt so nothing ever will. Either way the outcome is known.',
        tags: ['settlement'],
        headers: WRITE_HEADERS,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['reason'],
          properties: {
            ...APPROVAL_BODY,
            idempotency_key: { type: 'string', minLength: 1, maxLength: 64 },
            omsgid: { type: 'string', minLength: 1, maxLength: 30 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { outcome: { type: 'string', enum: ['reversed', 'already_cancelled', 'not_settled'] }, cancellation: CANCELLATION_VIEW, reversal_id: { type: 'string' }, detail: { type: 'string' } },
          },
          '4xx': ERROR,
          '5xx': ERROR,
        },
      },
    }, async (request) => cancellations.reverse(idempotencyKeyOf(request), request.body, operatorOf(request, WRITERS)));

    app.get<{ Params: { setl_id: string }; Querystring: { format?: 'html' | 'pdf'; paper?: Paper } }>('/v1/settlements/:setl_id/receipt', {
      schema: {
        summary: 'Printable receipt (结算单), HTML or PDF, for an 80 mm roll or an A5 sheet',
        tags: ['settlement'],
        params: SETL_PARAMS,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { format: { type: 'string', enum: ['html', 'pdf'], default: 'html' }, paper: { type: 'string', enum: ['80mm', 'a5'], default: '80mm' } },
        },
        response: {
          200: {
            description: 'The receipt: an HTML page sized for the printer (CSS @page), or a PDF with the font embedded',
            content: { 'text/html': { schema: { type: 'string' } }, 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          '4xx': ERROR,
          '5xx': ERROR,
        },
      },
    }, async (request, reply) => {
      const view = settlements.get(request.params.setl_id);
      const cancelled = view.cancelled_by ? cancellations.get(view.cancelled_by) : null;
      const receipt = buildReceipt(view, settlements.persons.get(view.psn_no), settlements.settlements.lines(view.setl_id), deps.institution, cancelled, deps.operatorName?.(view.session_id) ?? null);
      const paper = request.query.paper ?? '80mm';
      if (request.query.format === 'pdf') {
        const pdf = await renderPdf(receipt, paper);
        return reply.type('application/pdf').header('content-disposition', `inline; filename="${view.setl_id}.pdf"`).send(pdf);
      }
      return reply.type('text/html; charset=utf-8').send(renderHtml(receipt, paper));
    });

    app.get<{ Querystring: { date: string } }>('/v1/totals/daily', {
      schema: {
        summary: 'Daily totals (China Standard Time day) by insurance and visit type, for reconciliation (3201)',
        tags: ['settlement'],
        querystring: { type: 'object', additionalProperties: false, required: ['date'], properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } } },
        response: { 200: ANY_OBJECT, '4xx': ERROR },
      },
    }, async (request) => dailyTotals(settlements.settlements, request.query.date));
  };
}
