/**
 * Operator sign-in / sign-out (national interface 9001 / 9002). The session id that sign-in
 * returns goes in `X-Session-Id` on every write.
 */
import type { FastifyInstance } from 'fastify';
import type { OperatorSessions, SignInRequest } from '../../auth/sessions.ts';
import { operatorOf } from '../operator.ts';
import { ERROR, WRITE_HEADERS } from '../schemas.ts';

const SESSION = {
  type: 'object',
  properties: {
    session_id: { type: 'string' }, opter: { type: 'string' }, opter_name: { type: 'string' },
    role: { type: 'string' }, opened_at: { type: 'string' }, closed_at: { type: ['string', 'null'] },
  },
} as const;

export function operatorRoutes(sessions: OperatorSessions) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.post<{ Body: SignInRequest }>('/v1/operators/sign-in', {
      schema: {
        summary: 'Operator sign-in (9001): returns the session id for X-Session-Id',
        tags: ['operators'],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['opter', 'role'],
          properties: {
            opter: { type: 'string', minLength: 1, maxLength: 30 },
            opter_name: { type: 'string', maxLength: 50 },
            role: { type: 'string', enum: ['cashier', 'supervisor', 'auditor'] },
          },
          examples: [{ opter: '0102', opter_name: '王芳', role: 'cashier' }],
        },
        response: { 200: SESSION, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request) => sessions.signIn(request.body, request.apiClient?.key_id ?? 'local'));

    app.post('/v1/operators/sign-out', {
      schema: { summary: 'Operator sign-out (9002)', tags: ['operators'], headers: WRITE_HEADERS, response: { 200: SESSION, '4xx': ERROR, '5xx': ERROR } },
    }, async (request) => sessions.signOut(operatorOf(request)));
  };
}
