/**
 * 3201 reconciliation of totals (national-interface.md "Transactions"): the HIS states what
 * it settled over a period; the gateway compares with its own daily totals (settlement/
 * totals.ts, the figures of the insurance office's daily report) and says whether they agree.
 *
 *   input  {"data":{"insutype":"390","clr_type":"41","setl_optins":"152201","stmt_begndate":"2026-11-22",
 *           "stmt_enddate":"2026-11-22","medfee_sumamt":51.00,"fund_pay_sumamt":8.00,"acct_pay":0.00,
 *           "fixmedins_setl_cnt":1}}
 *   output {"stmtinfo":{"setl_optins":"152201","stmt_rslt":"0","stmt_rslt_dscr":"平",
 *           "gw_medfee_sumamt":51.00,"gw_fund_pay_sumamt":8.00,"gw_acct_pay":0.00,"gw_fixmedins_setl_cnt":1}}
 *
 * `stmt_rslt` "0" agree, "1" differ (each differing figure named in `stmt_rslt_dscr`). Days are
 * China Standard Time calendar days, both ends included; cancellations count negatively on
 * the day they happened. `clr_type` selects by the first digit of the national med_type
 * (1x outpatient, 2x inpatient, 4x pharmacy, 5x maternity); `setl_optins` is echoed, not
 * filtered on (the gateway's totals are not split by clearing institution).
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import type { MedType } from '../../engine/index.ts';
import { fromFen, toFen } from '../../../protocol/money.ts';
import { INSUTYPE_CODES, MED_TYPE_CODES } from '../../settlement/record.ts';
import type { TxContext } from '../context.ts';
import { num } from '../wire.ts';

const MAX_DAYS = 366;

function days(from: string, to: string, path: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (end < start) throw new GatewayError('GW_VALIDATION', { detail: `${path}.stmt_enddate is before stmt_begndate`, details: { path: `${path}.stmt_enddate` } });
  if ((end - start) / 86_400_000 >= MAX_DAYS) throw new GatewayError('GW_VALIDATION', { detail: `${path}: at most ${MAX_DAYS} days at once`, details: { path: `${path}.stmt_enddate` } });
  const out: string[] = [];
  for (let t = start; t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export async function reconcileTotals(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const insutype = data.optText('insutype');
  const clrType = data.optText('clr_type');
  const stated = {
    medfee_sumamt: data.amount('medfee_sumamt'),
    fund_pay_sumamt: data.amount('fund_pay_sumamt'),
    acct_pay: data.amount('acct_pay'),
    fixmedins_setl_cnt: data.text('fixmedins_setl_cnt'),
  };
  if (!/^-?\d+$/.test(stated.fixmedins_setl_cnt)) throw new GatewayError('GW_VALIDATION', { detail: `${data.path}.fixmedins_setl_cnt must be a whole number`, details: { path: `${data.path}.fixmedins_setl_cnt` } });

  const held = { medfee: 0, fund: 0, acct: 0, count: 0 };
  for (const day of days(data.dateTime('stmt_begndate').slice(0, 10), data.dateTime('stmt_enddate').slice(0, 10), data.path)) {
    for (const g of ctx.services.totals.daily(day).groups) {
      if (insutype !== undefined && INSUTYPE_CODES[g.insutype as keyof typeof INSUTYPE_CODES] !== insutype) continue;
      if (clrType !== undefined && MED_TYPE_CODES[g.med_type as MedType]?.[0] !== clrType[0]) continue;
      held.medfee += toFen(g.medfee_sumamt);
      held.fund += toFen(g.fund_pay_sumamt);
      held.acct += toFen(g.acct_pay);
      held.count += g.settlements - g.cancellations;
    }
  }
  const differences: string[] = [];
  if (toFen(stated.medfee_sumamt) !== held.medfee) differences.push(`医疗费总额 HIS ${stated.medfee_sumamt} / 网关 ${fromFen(held.medfee)}`);
  if (toFen(stated.fund_pay_sumamt) !== held.fund) differences.push(`基金支付总额 HIS ${stated.fund_pay_sumamt} / 网关 ${fromFen(held.fund)}`);
  if (toFen(stated.acct_pay) !== held.acct) differences.push(`个人账户支付 HIS ${stated.acct_pay} / 网关 ${fromFen(held.acct)}`);
  if (Number(stated.fixmedins_setl_cnt) !== held.count) differences.push(`结算笔数 HIS ${stated.fixmedins_setl_cnt} / 网关 ${held.count}`);
  // The spec's output node is stmtinfo (3201 输出（节点标识：stmtinfo）), which clients read.
  return {
    stmtinfo: {
      setl_optins: data.optText('setl_optins') ?? null,
      stmt_rslt: differences.length === 0 ? '0' : '1',
      stmt_rslt_dscr: differences.length === 0 ? '平' : `不平：${differences.join('；')}`,
      gw_medfee_sumamt: num(fromFen(held.medfee)),
      gw_fund_pay_sumamt: num(fromFen(held.fund)),
      gw_acct_pay: num(fromFen(held.acct)),
      gw_fixmedins_setl_cnt: num(String(held.count)),
    },
  };
}
