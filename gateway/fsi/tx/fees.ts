/**
 * Fee lines (national-interface.md "Fee-detail line"): 2204 / 2301 upload, 2205 / 2302 cancel —
 * VisitService.addLines / cancelLines, the calls behind `/v1/visits/:mdtrt_id/lines`.
 *
 *   2301 input  {"feedetail":[{"feedetl_sn":"0001","mdtrt_id":"M…","psn_no":"…","med_list_codg":"DRG-A-0001",
 *                "medins_list_codg":"H0001","cnt":20,"pric":0.8,"det_item_fee_sumamt":16.00,
 *                "fee_ocur_time":"2026-11-02 10:00:00","hosp_appr_flag":"0"}, …]}
 *        output {"result":[{"feedetl_sn":"0001","det_item_fee_sumamt":16.00,"pric_uplmt_amt":null,"selfpay_prop":0.0000,
 *                "fulamt_ownpay_amt":0.00,"overlmt_amt":0.00,"preselfpay_amt":0.00,"inscp_scp_amt":16.00,
 *                "chrgitm_lv":"01",…,"gw_status":"added"}, …]}
 *   2302 input  {"data":{"feedetl_sn":"0000","mdtrt_id":"M…","psn_no":"…"}}   ("0000" cancels every line)
 *        output {"gw_cancelled":12}
 *
 * A refund is a line with `init_feedetl_sn` and a negative `cnt`; its answer is the split of
 * the original line as it now stands (net of refunds), named in `gw_split_of`.
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import type { FeeLineInput } from '../../settlement/visits.ts';
import type { Fields, TxContext } from '../context.ts';
import { lineSplitOf } from '../settlement-output.ts';
import { linePathsAs } from '../paths.ts';
import { saleLineOf } from './pharmacy.ts';
import { visitOf } from './visits.ts';

function feeLineOf(line: Fields): FeeLineInput {
  const init = line.optText('init_feedetl_sn');
  const time = line.optDateTime('fee_ocur_time');
  return { ...saleLineOf(line), ...(init ? { init_feedetl_sn: init } : {}), ...(time ? { fee_ocur_time: time } : {}) };
}

export async function uploadFeeLines(ctx: TxContext): Promise<Record<string, unknown>> {
  const items = ctx.input.list('feedetail', { min: 1 });
  const first = items[0]!;
  const visit = visitOf(ctx, first);
  items.forEach((item) => {
    if (item.text('mdtrt_id') !== visit.mdtrt_id) throw new GatewayError('GW_VALIDATION', { detail: `${item.path}.mdtrt_id: one upload holds the lines of one visit`, details: { path: `${item.path}.mdtrt_id` } });
  });
  const lines = items.map(feeLineOf);
  let answers;
  try {
    answers = ctx.services.visits.addLines(visit.mdtrt_id, lines, ctx.operator);
  } catch (err) {
    throw linePathsAs(err, 'input.feedetail');
  }
  return {
    result: answers.map((a, i) => ({
      ...lineSplitOf(a.split, { cnt: lines[i]!.cnt, pric: lines[i]!.pric, mdtrt_id: visit.mdtrt_id }),
      feedetl_sn: a.feedetl_sn,
      ...(a.split.feedetl_sn !== a.feedetl_sn ? { gw_split_of: a.split.feedetl_sn } : {}),
      gw_status: a.status,
    })),
  };
}

export async function cancelFeeLines(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const visit = visitOf(ctx, data);
  // Some HIS cancel a whole upload by charge batch number "0000"; the gateway keeps lines, not batches.
  const sn = data.optText('feedetl_sn') ?? (data.optText('chrg_bchno') === '0000' ? '0000' : undefined);
  if (sn === undefined) throw new GatewayError('GW_VALIDATION', { detail: `${data.path}.feedetl_sn is required ("0000" cancels every line)`, details: { path: `${data.path}.feedetl_sn` } });
  const { cancelled } = ctx.services.visits.cancelLines(visit.mdtrt_id, sn, ctx.operator);
  return { gw_cancelled: cancelled };
}
