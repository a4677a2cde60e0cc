/**
 * Pre-settlement and settlement of a visit (national-interface.md "Transactions"):
 * 2206 / 2303 → VisitService.trial (no side effects), 2207 / 2304 → VisitService.settle with
 * the msgid as Idempotency-Key and `medins_setl_id`; 2101 pharmacy pre-settlement →
 * SettlementService.pharmacyTrial (what 2102 would settle).
 *
 * `mid_setl_flag` "1" (中途结算) settles the lines recorded so far of a stay still in
 * hospital (VisitService.settle with `interim`); "0" or absent is the final settlement after
 * discharge. Either takes only the lines no live settlement has settled, so the stated
 * `medfee_sumamt` of a later settlement is the total of the lines since the last one.
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
import type { SettlementResult } from '../../engine/index.ts';
import type { Fields, TxContext } from '../context.ts';
import { settlementOutput, trialOutput } from '../settlement-output.ts';
import { checkTotal, pharmacyInfo, pharmacyLinesKey, saleLineOf } from './pharmacy.ts';
import { visitOf } from './visits.ts';
import { certTypeOf } from './person.ts';
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

/** `mid_setl_flag` "1": an interim settlement (the service's `interim`). */
function interimOf(data: Fields): { interim?: true } {
  return data.optCode('mid_setl_flag', ['0', '1'] as const) === '1' ? { interim: true } : {};
}

/** The service names its own field (body.interim); the HIS sent mid_setl_flag. */
function interimPathAs(err: unknown, data: Fields): unknown {
  if (!(err instanceof GatewayError) || err.details?.path !== 'body.interim') return err;
  return new GatewayError(err.code, { cause: err, details: { ...err.details, path: `${data.path}.mid_setl_flag` } });
}

function trialOf(ctx: TxContext, data: Fields, mdtrtId: string): SettlementResult {
  try {
    return ctx.services.visits.trial(mdtrtId, { ...useAccount(data), ...interimOf(data) });
  } catch (err) {
    throw interimPathAs(err, data);
  }
}

export async function visitTrial(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const visit = visitOf(ctx, data);
  const result = trialOf(ctx, data, visit.mdtrt_id);
  checkTrialTotal(data, result);
  for (const w of result.warnings) ctx.warn(w.text_zh);
  const frame = { mdtrt_id: visit.mdtrt_id, setl_id: null, psn_no: visit.psn_no, setl_time: ctx.now, medins_setl_id: null, offline: false, cancelled_by: null, interim: interimOf(data).interim === true, mdtrt_cert_type: certTypeOf(data) ?? null };
  return trialOutput(result, frame, ctx.services.people.get(visit.psn_no), ctx.profile.utc_offset_minutes);
}

export async function visitSettle(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const visit = visitOf(ctx, data);
  // A resend of a settlement that committed (its answer lost before the journal) gets it back
  // as it was: its lines are settled now, so the stated total no longer matches a trial.
  if (data.has('medfee_sumamt') && ctx.services.visits.settledUnder(ctx.req.msgid) === undefined) checkTrialTotal(data, trialOf(ctx, data, visit.mdtrt_id));
  let view;
  try {
    const certType = certTypeOf(data);
    view = await ctx.services.visits.settle(visit.mdtrt_id, ctx.req.msgid, { ...useAccount(data), medins_setl_id: ctx.req.msgid, ...interimOf(data), ...(certType ? { mdtrt_cert_type: certType } : {}) }, ctx.operator);
  } catch (err) {
    throw interimPathAs(err, data);
  }
  for (const w of view.result.warnings) ctx.warn(w.text_zh);
  return settlementOutput(view, ctx.services.people.get(view.psn_no), ctx.profile.utc_offset_minutes);
}

export async function pharmacyTrial(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = pharmacyInfo(ctx);
  const key = pharmacyLinesKey(ctx);
  const lines = ctx.input.list(key, { min: 1 }).map(saleLineOf);
  checkTotal(data, lines);
  const psnNo = data.text('psn_no');
  const person = ctx.services.people.get(psnNo);
  if (!person) throw new GatewayError('GW_PERSON_UNKNOWN', { details: { path: `${data.path}.psn_no` } });
  let result: SettlementResult;
  try {
    // The same call 2102's pharmacySale settles with: the 2101 answer is what 2102 will settle.
    result = ctx.services.settlements.pharmacyTrial({ psn_no: psnNo, lines, ...useAccount(data) });
  } catch (err) {
    throw linePathsAs(err, `input.${key}`);
  }
  for (const w of result.warnings) ctx.warn(w.text_zh);
  return trialOutput(result, { mdtrt_id: null, setl_id: null, psn_no: psnNo, setl_time: ctx.now, medins_setl_id: null, offline: false, cancelled_by: null, mdtrt_cert_type: certTypeOf(data) ?? null }, person, ctx.profile.utc_offset_minutes);
}
