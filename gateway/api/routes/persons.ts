/**
 * Identifying the insured person by credential (national interface 1101): the centre's
 * answer within the time budget, or the cached record offline.
 */
import type { FastifyInstance } from 'fastify';
import type { CredentialInput, PersonService } from '../../persons/identify.ts';
import { operatorOf } from '../operator.ts';
import { ANY_OBJECT, ERROR } from '../schemas.ts';

export function personRoutes(persons: PersonService) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.post<{ Body: CredentialInput }>('/v1/persons/identify', {
      schema: {
        summary: 'Identify the insured person from a credential (01 voucher, 02 ID number, 03 card)',
        tags: ['persons'],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['mdtrt_cert_type', 'mdtrt_cert_no'],
          properties: {
            mdtrt_cert_type: { type: 'string', enum: ['01', '02', '03'] },
            mdtrt_cert_no: { type: 'string', minLength: 1, maxLength: 600 },
            card_sn: { type: 'string', maxLength: 32 },
            // a card read's answer may be passed on whole: its holder fields are checked against the person
            psn_cert_type: { type: 'string', maxLength: 6 },
            certno: { type: 'string', maxLength: 50 },
            psn_name: { type: 'string', maxLength: 100 },
          },
          examples: [{ mdtrt_cert_type: '02', mdtrt_cert_no: '152201198001011237' }],
        },
        response: {
          200: {
            type: 'object',
            properties: { person: ANY_OBJECT, accumulators: ANY_OBJECT, offline: { type: 'boolean' }, as_of: { type: 'string' } },
          },
          '4xx': ERROR,
          '5xx': ERROR,
        },
      },
    }, async (request) => persons.identify(request.body, operatorOf(request).id));
  };
}
