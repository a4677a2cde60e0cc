import type { FastifyRequest } from 'fastify';
import { GatewayError } from '../errors/gateway-error.ts';
import type { Operator } from '../auth/sessions.ts';
import type { Role } from '../store/sessions.ts';

/**
 * The operator behind a write: the open session named in `X-Session-Id` (from
 * `POST /v1/operators/sign-in`), resolved by the auth hook. Every write names one so the
 * audit log says who did what, in which role, from which HIS client.
 */
export function operatorOf(request: FastifyRequest, roles?: readonly Role[]): Operator {
  const op = request.operator;
  if (!op) throw new GatewayError('GW_SESSION_REQUIRED', { details: { path: 'headers.x-session-id' } });
  if (roles && !roles.includes(op.role)) {
    throw new GatewayError('GW_FORBIDDEN', { detail: `needs role ${roles.join(' or ')}, session is ${op.role}`, details: { role: op.role, allowed: roles } });
  }
  return op;
}

/** Roles that may change money or visits; an auditor only reads. */
export const WRITERS: readonly Role[] = ['cashier', 'supervisor'];

/** The Idempotency-Key header, if one was sent. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' && key !== '' ? key : undefined;
}
