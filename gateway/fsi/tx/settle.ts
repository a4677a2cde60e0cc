/**
 * Pre-settlement and settlement of a visit (national-interface.md "Transactions"):
 * 2206 / 2303 → VisitService.trial (no side effects), 2207 / 2304 → VisitService.settle with
 * the msgid as Idempotency-Key and `medins_setl_id`; 2101 pharmacy pre-settlement →
 * SettlementService.compute on the pharmacy sale's visit facts.
 *
 *   2304 input  {"data":{"psn_no":"…","mdtrt_cert_type":"02","mdtrt_cert_no":"…","medfee_sumamt":1234.50,
 *                "psn_setlway":"01","mdtrt_id":"M…","insutype":"390","acct_used_flag":"0","mid_setl_flag":"0"}}
 *        output {"setlinfo":{"mdtrt_id":"M…","setl_id":"S…",…,"medfee_sumamt":1234.50,…,
 *                "medins_setl_id":"<msgid>"},"setldetail":[…],"detlcutinfo":[…]}
 *
 * `medfee_sumamt`, when sent, must equal the total of the lines the gateway holds for the
 * visit; a difference means the HIS and the gateway disagree on the lines (a rejected or
 * stale upload), and settling would pay for a bill the HIS does not show — refused with
 * GW_FSI_TOTAL_MISMATCH; the remedy is 2302 "0000" and a fresh upload.
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import type { VisitFacts } from '../../settlement/service.ts';
import type { SettlementResult } from '../../engine/index.ts';
import type { Fields, TxContext } from '../context.ts';
import { settlementOutput, trialOutput } from '../settlement-output.ts';
import { checkTotal, saleLineOf } from './pharmacy.ts';
import { visitOf } from './visits.ts';
import { linePathsAs } from '../paths.ts';

function useAccount(data: Fields): { use_account?: boolean } {
  const flag = data.optCode('acct_used_flag', ['0', '1'] as const);
  return flag === undefined ? {} : { use_account: flag === '1' };
}

function checkTrialTotal(data: Fields, result: SettlementResult): void {
  const stated = data.optAmount('medfee_sumamt');
  if (stated !== undefined && stated !== result.setlinfo.medfee_sumamt) {
    throw new GatewayError('GW_FSI_TOTAL_MISMATCH', {
      detail: `medfee_sumamt ${stated} ≠ ${result.setlinfo.medfee_sumamt} held by the gateway`,
      details: { path: `${data.path}.medfee_sumamt`, stated, held: result.setlinfo.medfee_sumamt },
    });
  }
}

function refuseInterim(data: Fields, infno: string): void {
  if (data.optCode('mid_setl_flag', ['0', '1'] as const) === '1') {
    throw new GatewayError('GW_FSI_NOT_SUPPORTED', { detail: `${infno} 中途结算 (mid_setl_flag=1)`, details: { path: `${data.path}.mid_setl_flag` } });
  }
}

export async function visitTrial(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  refuseInterim(data, ctx.req.infno);
  const visit = visitOf(ctx, data);
  const result = ctx.services.visits.trial(visit.mdtrt_id, useAccount(data));
  checkTrialTotal(data, result);
  for (const w of result.warnings) ctx.warn(w.text_zh);
  return trialOutput(result, { mdtrt_id: visit.mdtrt_id, setl_id: null, psn_no: visit.psn_no, setl_time: ctx.now, medins_setl_id: null, offline: false, cancelled_by: null }, ctx.services.people.get(visit.psn_no), ctx.profile.utc_offset_minutes);
}

export async function visitSettle(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  refuseInterim(data, ctx.req.infno);
  const visit = visitOf(ctx, data);
  if (data.has('medfee_sumamt')) checkTrialTotal(data, ctx.services.visits.trial(visit.mdtrt_id, useAccount(data)));
  const view = await ctx.services.visits.settle(visit.mdtrt_id, ctx.req.msgid, { ...useAccount(data), medins_setl_id: ctx.req.msgid }, ctx.operator);
  for (const w of view.result.warnings) ctx.warn(w.text_zh);
  return settlementOutput(view, ctx.services.people.get(view.psn_no), ctx.profile.utc_offset_minutes);
}

/**
 * The visit facts of a pharmacy sale — the same as SettlementService.pharmacySale uses, so a
 * 2101 answer is what 2102 will settle (tested: test/fsi/pharmacy.test.ts).
 */
const PHARMACY_FACTS: VisitFacts = { med_type: 'pharmacy', special_disease: null, exclusion_cause: null, accident: null, referral: 'none', remote: false, admission_date: null };

export async function pharmacyTrial(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const key = ctx.input.has('drugdetail') ? 'drugdetail' : 'feedetail';
  const lines = ctx.input.list(key, { min: 1 }).map(saleLineOf);
  checkTotal(data, lines);
  const psnNo = data.text('psn_no');
  const person = ctx.services.people.get(psnNo);
  if (!person) throw new GatewayError('GW_PERSON_UNKNOWN', { details: { path: `${data.path}.psn_no` } });
  let result: SettlementResult;
  try {
    result = ctx.services.settlements.compute(person, PHARMACY_FACTS, lines, useAccount(data).use_account !== false);
  } catch (err) {
    throw linePathsAs(err, `input.${key}`);
  }
  for (const w of result.warnings) ctx.warn(w.text_zh);
  return trialOutput(result, { mdtrt_id: null, setl_id: null, psn_no: psnNo, setl_time: ctx.now, medins_setl_id: null, offline: false, cancelled_by: null }, person, ctx.profile.utc_offset_minutes);
}
