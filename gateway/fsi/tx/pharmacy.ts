/**
 * 2101 / 2102 / 2103 pharmacy pre-settlement, settlement and cancel (national-interface.md
 * "Transactions"). The person and totals come in `input.druginfo` (or `input.data`), the lines
 * in `input.drugdetail` (`input.feedetail` is accepted too);
 * the settlement is SettlementService.pharmacySale — the call behind `POST /v1/pharmacy/sales` —
 * with the msgid as its Idempotency-Key and echoed as `medins_setl_id`.
 *
 *   input  {"druginfo":{"psn_no":"15220100000000000001","mdtrt_cert_type":"02","mdtrt_cert_no":"…",
 *           "med_type":"41","medfee_sumamt":51.00,"acct_used_flag":"1","insutype":"390"},
 *           "drugdetail":[{"feedetl_sn":"1","med_list_codg":"DRG-A-0001","cnt":20,"pric":0.8,
 *           "det_item_fee_sumamt":16.00}, …]}
 *   output {"setlinfo":{…,"medfee_sumamt":51.00,…,"medins_setl_id":"<msgid>"},"setldetail":[…],"detlcutinfo":[…]}
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import { fromFen, toFen } from '../../../protocol/money.ts';
import type { PharmacySaleRequest, SaleLine } from '../../settlement/service.ts';
import type { Fields, TxContext } from '../context.ts';
import { settlementOutput } from '../settlement-output.ts';
import { linePathsAs } from '../paths.ts';
import { certTypeOf } from './person.ts';

/** A fee line (national-interface.md "Fee-detail line") as the services take it. */
export function saleLineOf(line: Fields): SaleLine {
  const appr = line.optCode('hosp_appr_flag', ['0', '1'] as const);
  return {
    feedetl_sn: line.text('feedetl_sn'),
    med_list_codg: line.text('med_list_codg'),
    cnt: line.quantity('cnt'),
    pric: line.price('pric'),
    det_item_fee_sumamt: line.amount('det_item_fee_sumamt'),
    ...(appr ? { hosp_appr_flag: appr } : {}),
  };
}

/** When the HIS states `medfee_sumamt`, it must be the sum of the lines it sent. */
export function checkTotal(data: Fields, lines: readonly SaleLine[]): void {
  const stated = data.optAmount('medfee_sumamt');
  if (stated === undefined) return;
  const sum = lines.reduce((acc, l) => acc + toFen(l.det_item_fee_sumamt), 0);
  if (toFen(stated) !== sum) {
    throw new GatewayError('GW_FSI_TOTAL_MISMATCH', { detail: `medfee_sumamt ${stated} ≠ ${fromFen(sum)}`, details: { path: `${data.path}.medfee_sumamt`, stated, sum: fromFen(sum) } });
  }
}

/**
 * The sale's person and totals: the spec's node `druginfo` (【2101】/【2102】 输入（节点标识：
 * druginfo）), as HIS clients built from the spec send it, or `data`, as others do.
 */
export function pharmacyInfo(ctx: TxContext): Fields {
  return ctx.input.has('druginfo') ? ctx.input.obj('druginfo') : ctx.input.obj('data');
}

/** Where the message holds its lines: `drugdetail` (pharmacy), or `feedetail`. */
export function pharmacyLinesKey(ctx: TxContext): 'drugdetail' | 'feedetail' {
  return ctx.input.has('drugdetail') ? 'drugdetail' : 'feedetail';
}

function pharmacyRequest(ctx: TxContext): PharmacySaleRequest {
  const data = pharmacyInfo(ctx);
  const key = pharmacyLinesKey(ctx);
  const lines = ctx.input.list(key, { min: 1 }).map(saleLineOf);
  checkTotal(data, lines);
  const acct = data.optCode('acct_used_flag', ['0', '1'] as const);
  const certType = certTypeOf(data);
  return {
    psn_no: data.text('psn_no'),
    lines,
    medins_setl_id: ctx.req.msgid,
    ...(acct ? { use_account: acct === '1' } : {}),
    ...(certType ? { mdtrt_cert_type: certType } : {}),
  };
}

export async function pharmacySettle(ctx: TxContext): Promise<Record<string, unknown>> {
  let view;
  try {
    view = await ctx.services.settlements.pharmacySale(ctx.req.msgid, pharmacyRequest(ctx), ctx.operator);
  } catch (err) {
    throw linePathsAs(err, `input.${pharmacyLinesKey(ctx)}`);
  }
  for (const w of view.result.warnings) ctx.warn(w.text_zh);
  return settlementOutput(view, ctx.services.people.get(view.psn_no), ctx.profile.utc_offset_minutes);
}
