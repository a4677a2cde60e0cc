/**
 * Visits (2201 registration, 2401 admission, 2402 discharge, 2405 cancel discharge, 2202 / 2404
 * cancel the registration / admission), diagnoses, fee lines (2204/2301 add with per-line split,
 * 2205/2302 cancel one or all with "0000"), the trial (2206/2303, no side effects) and the
 * settlement (2207/2304, `interim: true` for an interim settlement 中途结算) of a visit.
 */
import type { FastifyInstance } from 'fastify';
import type { DiagnosisInput, FeeLineInput, SettleBody, VisitRequest, VisitService } from '../../settlement/visits.ts';
import { MED_TYPES, SPECIAL_DISEASES, EXCLUSION_CAUSES, ACCIDENTS, REFERRALS, type MedType } from '../../engine/types.ts';
import { operatorOf, idempotencyKeyOf, WRITERS } from '../operator.ts';
import { settlementViewJson } from '../../settlement/view-json.ts';
import { ANY_OBJECT, CERT_TYPE, DIAGNOSIS, ERROR, IDEMPOTENT_WRITE_HEADERS, SETTLEMENT_VIEW, VISIT_FEE_LINE, WRITE_HEADERS } from '../schemas.ts';

const VISIT_PARAMS = { type: 'object', required: ['mdtrt_id'], properties: { mdtrt_id: { type: 'string', minLength: 1, maxLength: 40 } } } as const;
const DATETIME = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z?)?$' } as const;

const VISIT_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['psn_no', 'ipt_otp_no', 'med_type'],
  properties: {
    psn_no: { type: 'string', minLength: 1, maxLength: 30 },
    ipt_otp_no: { type: 'string', minLength: 1, maxLength: 30, description: 'the HIS visit number; registering it again returns the same visit' },
    med_type: { type: 'string', enum: [...MED_TYPES] },
    begntime: DATETIME,
    special_disease: { anyOf: [{ type: 'string', enum: [...SPECIAL_DISEASES] }, { type: 'null' }] },
    exclusion_cause: { anyOf: [{ type: 'string', enum: [...EXCLUSION_CAUSES] }, { type: 'null' }] },
    accident: { anyOf: [{ type: 'string', enum: [...ACCIDENTS] }, { type: 'null' }] },
    referral: { type: 'string', enum: [...REFERRALS] },
    remote: { type: 'boolean' },
    dept_codg: { type: 'string', maxLength: 30 },
    dr_codg: { type: 'string', maxLength: 30 },
    diagnoses: { type: 'array', maxItems: 50, items: DIAGNOSIS },
  },
  examples: [{ psn_no: '15220100000000000001', ipt_otp_no: 'MZ20261122-0042', med_type: 'outpatient', begntime: '2026-11-22 09:12:00', diagnoses: [{ diag_type: '1', diag_code: 'J06.900', diag_name: '急性上呼吸道感染', maindiag_flag: '1' }] }],
} as const;

const INTERIM = { type: 'boolean', description: 'interim settlement (中途结算, national mid_setl_flag "1") of an inpatient stay before discharge: settles the lines not settled yet; the stay stays open' } as const;

const LINE_ANSWERS = {
  type: 'object',
  properties: { lines: { type: 'array', items: { type: 'object', properties: { feedetl_sn: { type: 'string' }, status: { type: 'string' }, split: ANY_OBJECT } } } },
} as const;

export function visitRoutes(visits: VisitService) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const visitView = { 200: ANY_OBJECT, '4xx': ERROR, '5xx': ERROR } as const;
    // trial, settle and discharge have only optional fields: a POST without a body means {}.
    app.addHook('preValidation', async (request) => {
      if (request.method === 'POST' && request.body === undefined) request.body = {};
    });

    app.post<{ Body: VisitRequest }>('/v1/visits/outpatient', {
      schema: { summary: 'Register an outpatient visit (2201)', tags: ['visits'], headers: WRITE_HEADERS, body: VISIT_BODY, response: visitView },
    }, async (request) => visits.register(request.body, operatorOf(request, WRITERS)));

    app.post<{ Body: VisitRequest }>('/v1/visits/inpatient', {
      schema: { summary: 'Admit an inpatient (2401)', tags: ['visits'], headers: WRITE_HEADERS, body: VISIT_BODY, response: visitView },
    }, async (request) => visits.admit(request.body, operatorOf(request, WRITERS)));

    app.get<{ Params: { mdtrt_id: string } }>('/v1/visits/:mdtrt_id', {
      schema: { summary: 'A visit with its diagnoses, fee lines and settlements', tags: ['visits'], params: VISIT_PARAMS, response: { 200: ANY_OBJECT, '4xx': ERROR } },
    }, async (request) => visits.get(request.params.mdtrt_id));

    app.post<{ Params: { mdtrt_id: string }; Body: { endtime?: string; diagnoses?: DiagnosisInput[] } }>('/v1/visits/:mdtrt_id/discharge', {
      schema: {
        summary: 'Discharge (2402), with the discharge diagnoses',
        tags: ['visits'],
        params: VISIT_PARAMS,
        headers: WRITE_HEADERS,
        body: { type: 'object', additionalProperties: false, properties: { endtime: DATETIME, diagnoses: { type: 'array', maxItems: 50, items: DIAGNOSIS } } },
        response: visitView,
      },
    }, async (request) => visits.discharge(request.params.mdtrt_id, request.body ?? {}, operatorOf(request, WRITERS)));

    app.post<{ Params: { mdtrt_id: string } }>('/v1/visits/:mdtrt_id/cancel-discharge', {
      schema: { summary: 'Cancel a discharge (2405)', tags: ['visits'], params: VISIT_PARAMS, headers: WRITE_HEADERS, response: visitView },
    }, async (request) => visits.cancelDischarge(request.params.mdtrt_id, operatorOf(request, WRITERS)));

    app.post<{ Params: { mdtrt_id: string } }>('/v1/visits/:mdtrt_id/cancel', {
      schema: {
        summary: 'Cancel the outpatient registration (2202) or the admission (2404): only without a live settlement and after every fee line is cancelled; repeating it answers the cancelled visit',
        tags: ['visits'],
        params: VISIT_PARAMS,
        headers: WRITE_HEADERS,
        body: { type: 'object', additionalProperties: false, properties: {} },
        response: visitView,
      },
    }, async (request) => visits.cancel(request.params.mdtrt_id, operatorOf(request, WRITERS)));

    app.put<{ Params: { mdtrt_id: string }; Body: { med_type: MedType; special_disease?: string | null } }>('/v1/visits/:mdtrt_id/med-type', {
      schema: {
        summary: 'Change the visit type (2203 med_type) while the visit has no fee line standing; within its kind',
        tags: ['visits'],
        params: VISIT_PARAMS,
        headers: WRITE_HEADERS,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['med_type'],
          properties: { med_type: { type: 'string', enum: [...MED_TYPES] }, special_disease: { anyOf: [{ type: 'string', enum: [...SPECIAL_DISEASES] }, { type: 'null' }] } },
        },
        response: visitView,
      },
    }, async (request) => visits.setMedType(request.params.mdtrt_id, request.body.med_type, request.body.special_disease ?? null, operatorOf(request, WRITERS)));

    app.put<{ Params: { mdtrt_id: string }; Body: { diagnoses: DiagnosisInput[] } }>('/v1/visits/:mdtrt_id/diagnoses', {
      schema: {
        summary: 'Replace the visit\'s diagnoses',
        tags: ['visits'],
        params: VISIT_PARAMS,
        headers: WRITE_HEADERS,
        body: { type: 'object', additionalProperties: false, required: ['diagnoses'], properties: { diagnoses: { type: 'array', maxItems: 50, items: DIAGNOSIS } } },
        response: visitView,
      },
    }, async (request) => visits.setDiagnoses(request.params.mdtrt_id, request.body.diagnoses, operatorOf(request, WRITERS)));

    app.post<{ Params: { mdtrt_id: string }; Body: { lines: FeeLineInput[] } }>('/v1/visits/:mdtrt_id/fee-lines', {
      schema: {
        summary: 'Add fee lines (2204 / 2301): idempotent by feedetl_sn; refunds name init_feedetl_sn with a negative count; answers each line\'s split',
        tags: ['visits'],
        params: VISIT_PARAMS,
        headers: WRITE_HEADERS,
        body: {
          type: 'object', additionalProperties: false, required: ['lines'], properties: { lines: { type: 'array', minItems: 1, maxItems: 5000, items: VISIT_FEE_LINE } },
          examples: [{ lines: [{ feedetl_sn: '0001', med_list_codg: 'SRV-A-0007', cnt: '1', pric: '10.00', det_item_fee_sumamt: '10.00', fee_ocur_time: '2026-11-22 09:30:00' }, { feedetl_sn: '0002', init_feedetl_sn: '0001', med_list_codg: 'SRV-A-0007', cnt: '-1', pric: '10.00', det_item_fee_sumamt: '-10.00' }] }],
        },
        response: { 200: LINE_ANSWERS, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request) => ({ lines: visits.addLines(request.params.mdtrt_id, request.body.lines, operatorOf(request, WRITERS)) }));

    app.delete<{ Params: { mdtrt_id: string; feedetl_sn: string } }>('/v1/visits/:mdtrt_id/fee-lines/:feedetl_sn', {
      schema: {
        summary: 'Cancel a fee line and its refunds (2205 / 2302); feedetl_sn "0000" cancels all',
        tags: ['visits'],
        params: { type: 'object', required: ['mdtrt_id', 'feedetl_sn'], properties: { mdtrt_id: { type: 'string', minLength: 1, maxLength: 40 }, feedetl_sn: { type: 'string', minLength: 1, maxLength: 30 } } },
        headers: WRITE_HEADERS,
        response: { 200: { type: 'object', properties: { cancelled: { type: 'integer' } } }, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request) => visits.cancelLines(request.params.mdtrt_id, request.params.feedetl_sn, operatorOf(request, WRITERS)));

    app.post<{ Params: { mdtrt_id: string }; Body: { use_account?: boolean; interim?: boolean } }>('/v1/visits/:mdtrt_id/trial', {
      schema: {
        summary: 'Pre-settlement (2206 / 2303): what settling now gives (the lines no live settlement has settled); writes nothing',
        tags: ['visits'],
        params: VISIT_PARAMS,
        body: { type: 'object', additionalProperties: false, properties: { use_account: { type: 'boolean' }, interim: INTERIM } },
        response: { 200: ANY_OBJECT, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request) => visits.trial(request.params.mdtrt_id, request.body ?? {}));

    app.post<{ Params: { mdtrt_id: string }; Body: SettleBody }>('/v1/visits/:mdtrt_id/settle', {
      schema: {
        summary: 'Settle the visit (2207 / 2304): finally once (a stay after discharge), or `interim` while the stay goes on; the same Idempotency-Key and body return the same settlement',
        tags: ['visits'],
        params: VISIT_PARAMS,
        headers: IDEMPOTENT_WRITE_HEADERS,
        body: { type: 'object', additionalProperties: false, properties: { use_account: { type: 'boolean' }, medins_setl_id: { type: 'string', minLength: 1, maxLength: 30 }, interim: INTERIM, mdtrt_cert_type: CERT_TYPE } },
        response: { 200: SETTLEMENT_VIEW, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request, reply) => {
      const view = await visits.settle(request.params.mdtrt_id, idempotencyKeyOf(request), request.body ?? {}, operatorOf(request, WRITERS));
      request.log.info({ setl_id: view.setl_id, mdtrt_id: view.mdtrt_id, offline: view.offline, interim: view.interim }, 'settled');
      return reply.type('application/json; charset=utf-8').serializer(settlementViewJson).send(view);
    });
  };
}
