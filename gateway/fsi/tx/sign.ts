/**
 * 9001 sign-in / 9002 sign-out (national-interface.md "Transactions"): the operator sessions
 * of the REST API (auth/sessions.ts). `sign_no` is the session id; every later message of the
 * operator carries it, and every write is recorded under it.
 *
 *   9001 input  {"signIn":{"opter_no":"cashier-01","mac":"00-16-3E-…","ip":"10.1.2.3"}}
 *        output {"signinoutb":{"sign_time":"2026-11-22 21:03:37","sign_no":"<session id>"}}
 *   9002 input  {"signOut":{"sign_no":"<session id>","opter_no":"cashier-01"}}
 *        output {"signoutoutb":{"sign_time":"2026-11-22 21:40:00"}}
 *
 * The national interface has no roles, and the gateway takes none from a message: 9001 opens
 * a cashier's session (auth/sessions.ts); a `gw_role` other than cashier is refused
 * (GW_ROLE_NOT_ASSIGNED). Approvers approve at the gateway with their own secret.
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import type { Role, TxContext } from '../context.ts';
import { localDateTime } from '../time.ts';

const ROLES: readonly Role[] = ['cashier', 'supervisor', 'auditor'];

export async function signIn(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.has('signIn') ? ctx.input.obj('signIn') : ctx.input.obj('data');
  const opter = data.optText('opter_no') ?? ctx.req.opter;
  if (opter !== ctx.req.opter) {
    throw new GatewayError('GW_VALIDATION', { detail: `${data.path}.opter_no must be the envelope's opter`, details: { path: `${data.path}.opter_no` } });
  }
  const role = data.optCode('gw_role', ROLES) ?? 'cashier';
  const session = ctx.services.sessions.signIn({ opter, ...(ctx.req.opterName ? { opter_name: ctx.req.opterName } : {}), role }, ctx.clientId);
  return {
    signinoutb: {
      sign_time: localDateTime(new Date(session.opened_at), ctx.profile.utc_offset_minutes),
      sign_no: session.session_id,
    },
  };
}

export async function signOut(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.has('signOut') ? ctx.input.obj('signOut') : ctx.input.optObj('data');
  const signNo = data?.optText('sign_no');
  const operator = signNo === undefined || signNo === ctx.operator.session_id ? ctx.operator : ctx.services.sessions.resolve(signNo);
  if (operator.id !== ctx.req.opter) throw new GatewayError('GW_FSI_OPERATOR_MISMATCH', { details: { path: `${data?.path ?? 'input'}.sign_no` } });
  const session = ctx.services.sessions.signOut(operator);
  return {
    signoutoutb: {
      sign_time: localDateTime(new Date(session.closed_at ?? ctx.now.toISOString()), ctx.profile.utc_offset_minutes),
    },
  };
}
