/**
 * Cancelling a settlement — 2103 pharmacy, 2208 outpatient, 2305 inpatient — and 2601
 * reversal (冲正) of a settlement or an admission whose answer the HIS never got
 * (national-interface.md "Transactions"): CancellationService.cancel / reverse, the calls
 * behind `/v1/settlements/:setl_id/cancel` and `/v1/reversals`, and for an admission
 * VisitService.cancel, as 2404. Nothing is edited: the cancellation is a new settlement row
 * with the amounts negated, and the centre gets a Cancellation record.
 *
 *   2305 input  {"data":{"setl_id":"S…","mdtrt_id":"M…","psn_no":"…","gw_reason":"结算错误"}}
 *        output {"setlinfo":{"setl_id":"C…","gw_original_setl_id":"S…","medfee_sumamt":-1234.50,…}}
 *   2601 input  {"data":{"psn_no":"…","omsgid":"<msgid of the lost 2304>","oinfno":"2304"}}
 *        output {"data":{"omsgid":"…","oinfno":"2304","gw_outcome":"reversed","gw_setl_id":"C…",…}}
 *   2601 input  {"data":{"psn_no":"…","omsgid":"<msgid of the lost 2401>","oinfno":"2401"}}
 *        output {"data":{"omsgid":"…","oinfno":"2401","gw_outcome":"reversed","gw_mdtrt_id":"M…"}}
 *
 * The Zhoushan tiered approvals (settlement/approvals.ts) apply as on the REST API. The
 * national interface has no field for them, and needs none: the approvers approve at the
 * gateway beforehand with their own secret (the approval page, the CLI or POST /approve), and
 * the HIS's unchanged 2208 / 2305 / 2103 then goes through. A 2601 from the sending client
 * soon after the settlement (config reversalGraceMs) needs no approval.
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import { parseFsiJson } from '../wire.ts';
import type { MedType } from '../../engine/index.ts';
import type { CancellationView, CancelRequest } from '../../settlement/cancel.ts';
import type { Fields, TxContext } from '../context.ts';
import { localDateTime } from '../time.ts';
import { num } from '../wire.ts';
import { setldetailOf, setlinfoOf } from '../settlement-output.ts';
import { fromFen } from '../../../protocol/money.ts';

/** Which settlements each cancel transaction may cancel. */
const CANCELS: Readonly<Record<string, readonly MedType[]>> = {
  '2103': ['pharmacy'],
  '2208': ['outpatient', 'emergency_outpatient', 'special_outpatient'],
  '2305': ['inpatient', 'maternity_natural', 'maternity_caesarean'],
};

/** What 2601 reverses: the settlements and the admission, by the msgid they were sent with (CONFORMANCE.md). */
const REVERSIBLE = new Set(['2102', '2207', '2304', '2401']);
/** Reversible nationally, answered differently here (CONFORMANCE.md "2601"): a cancellation is final. */
const FINAL = new Set(['2103', '2208', '2305']);

function reasonOf(data: Fields): CancelRequest {
  return { reason: data.optText('gw_reason') ?? data.optText('memo') ?? '医保接口撤销' };
}

/** A fund amount of the original, negated as the cancellation's amounts are ("0.00" stays). */
const negate = (v: string): string => (v.startsWith('-') ? v.slice(1) : v === '0.00' ? v : `-${v}`);

/**
 * The cancellation's answer as the platform gives it: the whole setlinfo of the original
 * settlement (person, types, clearing) with the cancellation's id, time and negated amounts,
 * and its setldetail with each fund's payment negated.
 */
function cancellationOutput(ctx: TxContext, view: CancellationView): Record<string, unknown> {
  const offset = ctx.profile.utc_offset_minutes;
  const original = ctx.services.settlements.get(view.original_setl_id);
  const person = ctx.services.people.get(view.psn_no);
  const amounts = Object.fromEntries(Object.entries(view.setlinfo).map(([k, v]) => [k, num(v)]));
  return {
    setlinfo: {
      ...setlinfoOf(original, person, offset),
      setl_id: view.setl_id,
      setl_time: localDateTime(new Date(view.cancel_time), offset),
      ...amounts,
      // The account after the payment was given back.
      balc: person ? num(fromFen(person.account_balance_fen)) : null,
      gw_cancelled_by: null,
      gw_original_setl_id: view.original_setl_id,
      gw_reversal_flag: view.reversal ? '1' : '0',
      gw_tier: view.tier,
    },
    setldetail: setldetailOf(original.result.setldetail.map((d) => ({ ...d, inscp_scp_amt: negate(d.inscp_scp_amt), fund_payamt: negate(d.fund_payamt) }))),
  };
}

export async function cancelSettlement(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const setlId = data.text('setl_id');
  const original = ctx.services.settlements.get(setlId);
  const psnNo = data.optText('psn_no');
  const mdtrtId = data.optText('mdtrt_id');
  if ((psnNo !== undefined && psnNo !== original.psn_no) || (mdtrtId !== undefined && mdtrtId !== original.mdtrt_id)) {
    throw new GatewayError('GW_SETTLEMENT_NOT_FOUND', { details: { path: `${data.path}.setl_id`, setl_id: setlId } });
  }
  const allowed = CANCELS[ctx.req.infno] ?? [];
  if (!allowed.includes(original.result.med_type)) {
    throw new GatewayError('GW_VALIDATION', { detail: `${data.path}.setl_id is a ${original.result.med_type} settlement; ${ctx.req.infno} cancels ${allowed.join(', ')}`, details: { path: `${data.path}.setl_id` } });
  }
  const view = ctx.services.cancellations.cancel(setlId, ctx.req.msgid, reasonOf(data), ctx.operator);
  return cancellationOutput(ctx, view);
}

export async function reverse(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const omsgid = data.text('omsgid');
  const oinfno = data.text('oinfno');
  if (FINAL.has(oinfno)) {
    throw new GatewayError('GW_FSI_NOT_REVERSIBLE', { detail: `${oinfno}: a cancellation is final at the gateway; resend it with the same msgid to learn its outcome`, details: { path: `${data.path}.oinfno` } });
  }
  if (!REVERSIBLE.has(oinfno)) throw new GatewayError('GW_FSI_NOT_REVERSIBLE', { detail: oinfno, details: { path: `${data.path}.oinfno` } });
  const journalled = ctx.journal.entry(omsgid);
  if (journalled !== undefined && journalled.infno !== oinfno) {
    throw new GatewayError('GW_VALIDATION', { detail: `${data.path}.oinfno: msgid ${omsgid} was a ${journalled.infno}`, details: { path: `${data.path}.oinfno`, infno: journalled.infno } });
  }
  if (journalled !== undefined && oinfno === '2401') return reverseAdmission(ctx, omsgid, journalled.answer);
  // A 2401 never answered falls through: nothing settles under its msgid, so the reversal
  // below burns it, and the admission arriving late is refused (tx/visits.ts admit).
  const outcome = ctx.services.cancellations.reverse(ctx.req.msgid, { ...reasonOf(data), idempotency_key: omsgid, omsgid }, ctx.operator);
  const common = { omsgid, oinfno, gw_outcome: outcome.outcome };
  switch (outcome.outcome) {
    case 'reversed':
    case 'already_cancelled':
      return { data: { ...common, gw_setl_id: outcome.cancellation.setl_id, gw_original_setl_id: outcome.cancellation.original_setl_id }, ...cancellationOutput(ctx, outcome.cancellation) };
    case 'not_settled':
      ctx.warn('原交易未在网关生效，该报文ID已作废，不会再生效');
      return { data: { ...common, gw_reversal_id: outcome.reversal_id } };
    default: {
      const never: never = outcome;
      throw new GatewayError('GW_INTERNAL', { detail: `unknown reversal outcome ${JSON.stringify(never)}` });
    }
  }
}

/**
 * 2601 of an answered 2401: the admission is cancelled as 2404 cancels it (VisitService.cancel:
 * only while no fee line stands and nothing is settled). Its visit is the one the 2401 was answered.
 */
function reverseAdmission(ctx: TxContext, omsgid: string, answer: string): Record<string, unknown> {
  const { output } = parseFsiJson(answer) as { output: { result: { mdtrt_id: string } } };
  const mdtrtId = output.result.mdtrt_id;
  const already = ctx.services.visits.get(mdtrtId).status === 'cancelled';
  if (!already) ctx.services.visits.cancel(mdtrtId, ctx.operator);
  return { data: { omsgid, oinfno: '2401', gw_outcome: already ? 'already_cancelled' : 'reversed', gw_mdtrt_id: mdtrtId } };
}
