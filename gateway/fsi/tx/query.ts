/**
 * 5203 settlement query (national-interface.md "Transactions"): SettlementService.get, the
 * call behind `GET /v1/settlements/:setl_id`.
 *
 *   input  {"data":{"psn_no":"15220100000000000001","mdtrt_id":"M…","setl_id":"S…"}}
 *   output {"setlinfo":{…},"setldetail":[…]}
 * A `psn_no` or `mdtrt_id` that does not belong to the settlement is answered as not found,
 * so one patient's settlement is never shown under another's number.
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import type { TxContext } from '../context.ts';
import { setldetailOf, setlinfoOf } from '../settlement-output.ts';

export async function settlementQuery(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const setlId = data.text('setl_id');
  const psnNo = data.optText('psn_no');
  const mdtrtId = data.optText('mdtrt_id');
  const view = await ctx.services.settlements.get(setlId);
  if ((psnNo !== undefined && psnNo !== view.psn_no) || (mdtrtId !== undefined && mdtrtId !== view.mdtrt_id)) {
    throw new GatewayError('GW_SETTLEMENT_NOT_FOUND', { details: { setl_id: setlId } });
  }
  return {
    setlinfo: setlinfoOf(view, ctx.services.people.get(view.psn_no), ctx.profile.utc_offset_minutes),
    setldetail: setldetailOf(view.result.setldetail),
  };
}
