/**
 * Operator sign-in / sign-out (national interface 9001 / 9002) and the HIS's own cashiers.
 * The session id that sign-in returns goes in `X-Session-Id` on every write. A session is a
 * cashier's: roles are assigned by the IT office (`yibao-gateway operator`), never claimed here.
 *
 * An HIS that manages its users registers and disables its cashiers here; it never sets a
 * secret and never creates a supervisor or an auditor — those are the IT office's, at the CLI.
 */
import type { FastifyInstance } from 'fastify';
import type { OperatorSessions, SignInRequest } from '../../auth/sessions.ts';
import type { OperatorRegistry } from '../../auth/operators.ts';
import { GatewayError } from '../../errors/gateway-error.ts';
import { operatorOf, WRITERS } from '../operator.ts';
import { ERROR, WRITE_HEADERS } from '../schemas.ts';

const SESSION = {
  type: 'object',
  required: ['session_id', 'opter', 'opter_name', 'role', 'opened_at', 'closed_at'],
  properties: {
    session_id: { type: 'string' }, opter: { type: 'string' }, opter_name: { type: 'string' },
    role: { type: 'string', enum: ['cashier', 'supervisor', 'auditor'] }, opened_at: { type: 'string' }, closed_at: { type: ['string', 'null'] },
  },
} as const;

export const OPERATOR = {
  type: 'object',
  required: ['operator_id', 'name', 'role', 'has_secret', 'failed_count', 'locked_at', 'disabled_at', 'created_at', 'updated_at'],
  properties: {
    operator_id: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', enum: ['cashier', 'supervisor', 'auditor'] },
    has_secret: { type: 'boolean' }, failed_count: { type: 'integer' }, locked_at: { type: ['string', 'null'] }, disabled_at: { type: ['string', 'null'] },
    created_at: { type: 'string' }, updated_at: { type: 'string' },
  },
} as const;

const OPERATOR_PARAMS = { type: 'object', required: ['operator_id'], properties: { operator_id: { type: 'string', minLength: 1, maxLength: 30 } } } as const;

export function operatorRoutes(sessions: OperatorSessions, registry: OperatorRegistry) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.post<{ Body: SignInRequest & { secret?: string } }>('/v1/operators/sign-in', {
      schema: {
        summary: 'Operator sign-in (9001): returns the session id for X-Session-Id',
        description: 'Opens a cashier\'s session for an operator the HIS authenticated. A registered operator signs in under the name the IT office registered; a disabled or locked one is refused. A supervisor\'s or auditor\'s session takes the person\'s own `secret`, sent from their own device (never held by the HIS). Approving a cancellation is never a session\'s power: POST /approve.',
        tags: ['operators'],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['opter'],
          properties: {
            opter: { type: 'string', minLength: 1, maxLength: 30 },
            opter_name: { type: 'string', maxLength: 50 },
            role: { type: 'string', enum: ['cashier', 'supervisor', 'auditor'], description: 'optional check: the role the IT office registered (GW_ROLE_NOT_ASSIGNED when it is not); anything but cashier needs `secret`' },
            secret: { type: 'string', minLength: 1, maxLength: 64, format: 'password', description: 'the operator\'s own secret: opens a session in their registered role' },
          },
          examples: [{ opter: '0102', opter_name: '王芳' }],
        },
        response: { 200: SESSION, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request) => {
      const { secret, ...rest } = request.body;
      const client = request.apiClient?.key_id ?? 'local';
      return secret === undefined ? sessions.signIn(rest, client) : sessions.signInWithSecret({ ...rest, secret }, client);
    });

    app.post('/v1/operators/sign-out', {
      schema: { summary: 'Operator sign-out (9002)', tags: ['operators'], headers: WRITE_HEADERS, response: { 200: SESSION, '4xx': ERROR, '5xx': ERROR } },
    }, async (request) => sessions.signOut(operatorOf(request)));

    app.get('/v1/operators', {
      schema: { summary: 'The registered operators (no secrets)', tags: ['operators'], response: { 200: { type: 'array', items: OPERATOR }, '4xx': ERROR } },
    }, async () => registry.list());

    app.post<{ Body: { operator_id: string; name: string } }>('/v1/operators', {
      schema: {
        summary: 'Register one of the HIS\'s cashiers',
        description: 'For an HIS that manages its users. Cashiers only and without a secret: supervisors and auditors, and every secret, are registered by the IT office at the gateway (yibao-gateway operator add).',
        tags: ['operators'],
        headers: WRITE_HEADERS,
        body: {
          type: 'object', additionalProperties: false, required: ['operator_id', 'name'],
          properties: { operator_id: { type: 'string', minLength: 1, maxLength: 30 }, name: { type: 'string', minLength: 1, maxLength: 50 } },
          examples: [{ operator_id: '0102', name: '王芳' }],
        },
        response: { 200: OPERATOR, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request) => {
      const by = operatorOf(request, WRITERS);
      return registry.add({ operator_id: request.body.operator_id, name: request.body.name, role: 'cashier' }, `${by.id}@${by.client_id}`);
    });

    app.post<{ Params: { operator_id: string } }>('/v1/operators/:operator_id/disable', {
      schema: { summary: 'Disable one of the HIS\'s cashiers (their open sessions end)', tags: ['operators'], params: OPERATOR_PARAMS, headers: WRITE_HEADERS, response: { 200: OPERATOR, '4xx': ERROR, '5xx': ERROR } },
    }, async (request) => {
      const by = operatorOf(request, WRITERS);
      const target = registry.get(request.params.operator_id);
      if (!target) throw new GatewayError('GW_OPERATOR_UNKNOWN', { details: { operator_id: request.params.operator_id } });
      if (target.role !== 'cashier') throw new GatewayError('GW_FORBIDDEN', { detail: `${target.role}s are managed by the IT office at the gateway (yibao-gateway operator disable)`, details: { operator_id: target.operator_id, role: target.role } });
      return registry.disable(target.operator_id, `${by.id}@${by.client_id}`);
    });
  };
}
