/**
 * A settlement in the interface's shape (national-interface.md "Settlement result": the same
 * `setlinfo` for 2102, 2207, 2304 and 5203), built from the stored settlement the REST API
 * returns — the amounts are the engine's, copied, never recomputed here.
 *
 *   engine setlinfo.medfee_sumamt "51.00"  →  "medfee_sumamt":51.00
 *   row setl_time 2026-11-22T13:03:37.120Z →  "setl_time":"2026-11-22 21:03:37"
 *
 * Funds the gateway's engine does not model (civil-servant subsidy, enterprise supplementary,
 * employees' large-amount, other, hospital share) are answered as 0.00, listed in
 * CONFORMANCE.md. `gw_offline_flag` "1" marks a settlement made while the centre was
 * unreachable (DESIGN.md offline settlement); `gw_cancelled_by` names its cancellation; `gw_mid_setl_flag` "1" marks an interim settlement
 * (中途结算) of a stay still in hospital.
 */
import type { LineSplit, SetlDetail, SettlementResult } from '../engine/index.ts';
import { INSUTYPE_CODES, MED_TYPE_CODES } from '../settlement/record.ts';
import type { SettlementView } from '../settlement/service.ts';
import type { Person } from '../store/persons.ts';
import { fromFen } from '../../protocol/money.ts';
import { localDateTime } from './time.ts';
import { num } from './wire.ts';
import { personCodes } from './person-codes.ts';

const ZERO = '0.00';
/** pric_uplmt_amt of an item without a price ceiling, as the platform's captured answers give it. */
const NO_CEILING = '999999';

/** The ids and marks of a settlement around the engine's amounts; a trial has no setl_id. */
export interface SetlinfoFrame {
  readonly mdtrt_id: string | null;
  readonly setl_id: string | null;
  readonly psn_no: string;
  /** Instant of the settlement (or of the trial). */
  readonly setl_time: Date;
  readonly medins_setl_id: string | null;
  readonly offline: boolean;
  readonly cancelled_by: string | null;
  /** An interim settlement (中途结算, 2303 / 2304 mid_setl_flag "1"); absent means final. */
  readonly interim?: boolean;
  /** The credential the HIS settled with, when it said; a trial has none. */
  readonly mdtrt_cert_type?: string | null;
}

/** 清算类别 by the first digit of the national med_type, as 3201 selects by it: 11 outpatient, 21 inpatient, 41 pharmacy, 51 maternity. */
function clrTypeOf(medTypeCode: string): string {
  return `${medTypeCode[0]}1`;
}

/** `setlinfo` from the engine's result and the frame it was settled in. */
export function setlinfoFrom(result: SettlementResult, frame: SetlinfoFrame, person: Person | undefined, offsetMinutes: number): Record<string, unknown> {
  const s = result.setlinfo;
  const setlTime = localDateTime(frame.setl_time, offsetMinutes);
  const medType = MED_TYPE_CODES[result.med_type];
  return {
    mdtrt_id: frame.mdtrt_id,
    setl_id: frame.setl_id,
    psn_no: frame.psn_no,
    psn_name: person?.psn_name ?? null,
    psn_cert_type: person ? '01' : null,
    certno: person?.certno ?? null,
    ...personCodes(person, setlTime.slice(0, 10)),
    insutype: INSUTYPE_CODES[result.insutype],
    med_type: medType,
    // As the settling request said it (kept with the settlement, so 5203 answers the same); null
    // when it did not say, rather than a guess (CONFORMANCE.md).
    mdtrt_cert_type: frame.mdtrt_cert_type ?? null,
    setl_time: setlTime,
    medfee_sumamt: num(s.medfee_sumamt),
    fulamt_ownpay_amt: num(s.fulamt_ownpay_amt),
    overlmt_selfpay: num(s.overlmt_selfpay),
    preselfpay_amt: num(s.preselfpay_amt),
    inscp_scp_amt: num(s.inscp_scp_amt),
    act_pay_dedc: num(s.act_pay_dedc),
    hifp_pay: num(s.hifp_pay),
    pool_prop_selfpay: num(s.pool_prop_selfpay),
    cvlserv_pay: num(ZERO),
    hifes_pay: num(ZERO),
    hifmi_pay: num(s.hifmi_pay),
    hifob_pay: num(ZERO),
    maf_pay: num(s.maf_pay),
    oth_pay: num(ZERO),
    fund_pay_sumamt: num(s.fund_pay_sumamt),
    psn_part_amt: num(s.psn_part_amt),
    acct_pay: num(s.acct_pay),
    psn_cash_pay: num(s.psn_cash_pay),
    hosp_part_amt: num(ZERO),
    // The balance after this settlement; results stored before the engine gave it fall back to the balance now.
    balc: s.balc !== undefined ? num(s.balc) : person ? num(fromFen(person.account_balance_fen)) : null,
    acct_mulaid_pay: num(ZERO),
    medins_setl_id: frame.medins_setl_id,
    clr_optins: person?.insuplc_admdvs ?? null,
    // Every amount is settled item by item (按项目): 清算方式 01.
    clr_way: '01',
    clr_type: clrTypeOf(medType),
    gw_offline_flag: frame.offline ? '1' : '0',
    gw_cancelled_by: frame.cancelled_by,
    gw_mid_setl_flag: frame.interim === true ? '1' : '0',
    gw_policy: result.policy,
  };
}

/** `setlinfo` of a committed settlement (2102, 2207, 2304, 5203). */
export function setlinfoOf(view: SettlementView, person: Person | undefined, offsetMinutes: number): Record<string, unknown> {
  return setlinfoFrom(view.result, {
    mdtrt_id: view.mdtrt_id,
    setl_id: view.setl_id,
    psn_no: view.psn_no,
    setl_time: new Date(view.setl_time),
    medins_setl_id: view.medins_setl_id,
    offline: view.offline,
    cancelled_by: view.cancelled_by,
    interim: view.interim,
    mdtrt_cert_type: view.mdtrt_cert_type,
  }, person, offsetMinutes);
}

export function setldetailOf(details: readonly SetlDetail[]): Record<string, unknown>[] {
  return details.map((d) => ({
    fund_pay_type: d.fund_pay_type,
    fund_pay_type_name: d.fund_pay_type_name,
    inscp_scp_amt: num(d.inscp_scp_amt),
    crt_payb_lmt_amt: num(d.crt_payb_lmt_amt),
    fund_payamt: num(d.fund_payamt),
    setl_proc_info: d.setl_proc_info,
  }));
}

/** The per-line split (2204 / 2301 answers, and `detlcutinfo` of a settlement). */
export function lineSplitOf(split: LineSplit, extra: { readonly cnt?: string; readonly pric?: string; readonly mdtrt_id?: string } = {}): Record<string, unknown> {
  return {
    feedetl_sn: split.feedetl_sn,
    ...(extra.mdtrt_id ? { mdtrt_id: extra.mdtrt_id } : {}),
    med_list_codg: split.med_list_codg,
    det_item_fee_sumamt: num(split.det_item_fee_sumamt),
    ...(extra.cnt !== undefined ? { cnt: num(extra.cnt) } : {}),
    ...(extra.pric !== undefined ? { pric: num(extra.pric) } : {}),
    // The platform answers 999999 where an item has no price ceiling (a typed client's decimal breaks on null).
    pric_uplmt_amt: num(split.pric_uplmt_amt ?? NO_CEILING),
    selfpay_prop: num(split.selfpay_prop),
    fulamt_ownpay_amt: num(split.fulamt_ownpay_amt),
    overlmt_amt: num(split.overlmt_amt),
    preselfpay_amt: num(split.preselfpay_amt),
    inscp_scp_amt: num(split.inscp_scp_amt),
    chrgitm_lv: split.chrgitm_lv,
    // The catalogue's marks (null in a result stored before they were kept).
    bas_medn_flag: split.bas_medn_flag ?? null,
    hi_nego_drug_flag: split.hi_nego_drug_flag ?? null,
    drt_reim_flag: split.drt_reim_flag ?? null,
    chld_medc_flag: split.chld_medc_flag ?? null,
    list_sp_item_flag: split.list_sp_item_flag ?? null,
    med_chrgitm_type: null,
    lmt_used_flag: null,
    memo: split.memo === '' ? null : split.memo,
  };
}

/** A committed settlement's whole answer: `{ setlinfo, setldetail, detlcutinfo }`. */
export function settlementOutput(view: SettlementView, person: Person | undefined, offsetMinutes: number): Record<string, unknown> {
  return {
    setlinfo: setlinfoOf(view, person, offsetMinutes),
    setldetail: setldetailOf(view.result.setldetail),
    detlcutinfo: view.result.lines.map((l) => lineSplitOf(l)),
  };
}

/** A pre-settlement's answer (2101, 2206, 2303): the same shape, without setl_id. */
export function trialOutput(result: SettlementResult, frame: SetlinfoFrame, person: Person | undefined, offsetMinutes: number): Record<string, unknown> {
  return {
    setlinfo: setlinfoFrom(result, frame, person, offsetMinutes),
    setldetail: setldetailOf(result.setldetail),
    detlcutinfo: result.lines.map((l) => lineSplitOf(l)),
  };
}

