import type { FastifyRequest } from 'fastify';
import { GatewayError } from '../errors/gateway-error.ts';
import type { Operator } from '../settlement/service.ts';

const ROLES = new Set(['cashier', 'supervisor', 'auditor']);

/**
 * The operator behind a write: `X-Operator-Id` (and `X-Operator-Role`, default cashier).
 * Every write names one so the audit log can say who did what.
 */
export function operatorOf(request: FastifyRequest): Operator {
  const id = request.headers['x-operator-id'];
  if (typeof id !== 'string' || id.trim() === '') {
    throw new GatewayError('GW_VALIDATION', { detail: 'header X-Operator-Id is required on every write', details: { path: 'headers.x-operator-id' } });
  }
  const role = request.headers['x-operator-role'] ?? 'cashier';
  if (typeof role !== 'string' || !ROLES.has(role)) {
    throw new GatewayError('GW_VALIDATION', { detail: 'X-Operator-Role must be cashier, supervisor or auditor', details: { path: 'headers.x-operator-role' } });
  }
  return { id: id.trim(), role: role as Operator['role'] };
}
