/**
 * The record the centre receives for a committed settlement (protocol/center upload.proto
 * `Record` with a `Settlement` body). Built from the stored row and the engine's result, so
 * the centre sees exactly the amounts the patient was told.
 */
import { encodeRecord, type AmountsInput, type FeeLineInput } from '../../protocol/center/index.ts';
import { fromFen, toFen } from '../../protocol/money.ts';
import type { MedType, SettlementResult } from '../engine/index.ts';
import type { Person } from '../store/persons.ts';
import type { SettlementRow } from '../store/settlements.ts';
import type { SaleLine } from './service.ts';

/** National med_type codes (national-interface usage): what the centre files the visit under. */
export const MED_TYPE_CODES: Readonly<Record<MedType, string>> = {
  outpatient: '11',
  emergency_outpatient: '13',
  special_outpatient: '14',
  inpatient: '21',
  pharmacy: '41',
  maternity_natural: '52',
  maternity_caesarean: '52',
};

/** Centre insutype codes: 310 employees' basic, 390 residents' basic. */
export const INSUTYPE_CODES = { employee: '310', resident: '390' } as const;

export interface SettlementRecordInput {
  readonly recordId: string;
  readonly seq: number;
  readonly row: SettlementRow;
  readonly person: Person;
  readonly result: SettlementResult;
  readonly lines: readonly SaleLine[];
  readonly medinsSetlId: string | null;
  readonly fixmedinsCode: string;
  readonly mdtrtareaAdmvs: string;
  /** An interim settlement (中途结算) of a stay still in hospital: upload.proto Settlement.interim (15). */
  readonly interim?: boolean;
}

export function encodeSettlementRecord(input: SettlementRecordInput): Uint8Array {
  const { row, result } = input;
  const s = result.setlinfo;
  const lines: FeeLineInput[] = result.lines.map((split, i) => {
    const line = input.lines[i]!;
    return {
      feedetlSn: line.feedetl_sn,
      medListCodg: line.med_list_codg,
      cnt: line.cnt,
      pric: line.pric,
      detItemFeeSumamt: line.det_item_fee_sumamt,
      chrgitmLv: split.chrgitm_lv,
      fulamtOwnpayAmt: split.fulamt_ownpay_amt,
      overlmtAmt: split.overlmt_amt,
      preselfpayAmt: split.preselfpay_amt,
      inscpScpAmt: split.inscp_scp_amt,
      hospApprFlag: line.hosp_appr_flag === '1',
    };
  });
  const createdAtMs = Date.parse(row.created_at);
  return encodeRecord({
    recordId: input.recordId,
    visitId: row.mdtrt_id,
    seq: input.seq,
    createdAtMs,
    settlement: {
      setlId: row.setl_id,
      psnNo: row.psn_no,
      insutype: INSUTYPE_CODES[input.person.insutype],
      medType: MED_TYPE_CODES[result.med_type],
      mdtrtareaAdmvs: input.mdtrtareaAdmvs,
      insuplcAdmdvs: input.person.insuplc_admdvs,
      fixmedinsCode: input.fixmedinsCode,
      setlTimeMs: createdAtMs,
      policyVersion: row.policy_id,
      offline: row.offline === 1,
      medinsSetlId: input.medinsSetlId ?? '',
      interim: input.interim === true,
      amounts: {
        medfeeSumamt: s.medfee_sumamt,
        fulamtOwnpayAmt: s.fulamt_ownpay_amt,
        overlmtSelfpay: s.overlmt_selfpay,
        preselfpayAmt: s.preselfpay_amt,
        inscpScpAmt: s.inscp_scp_amt,
        actPayDedc: s.act_pay_dedc,
        hifpPay: s.hifp_pay,
        hifmiPay: s.hifmi_pay,
        mafPay: s.maf_pay,
        othPay: '0.00',
        fundPaySumamt: s.fund_pay_sumamt,
        psnPartAmt: s.psn_part_amt,
        acctPay: s.acct_pay,
        psnCashPay: s.psn_cash_pay,
      },
      lines,
    },
  });
}

export interface CancellationRecordInput {
  readonly recordId: string;
  readonly seq: number;
  /** The cancellation row (kind 'cancellation'). */
  readonly row: SettlementRow;
  readonly original: SettlementRow;
  readonly reason: string;
}

/** Every money field of the original's amounts with its sign turned ("12.30" → "-12.30"). */
export function negatedAmounts(s: SettlementResult['setlinfo']): AmountsInput {
  const neg = (v: string): string => fromFen(-toFen(v));
  return {
    medfeeSumamt: neg(s.medfee_sumamt),
    fulamtOwnpayAmt: neg(s.fulamt_ownpay_amt),
    overlmtSelfpay: neg(s.overlmt_selfpay),
    preselfpayAmt: neg(s.preselfpay_amt),
    inscpScpAmt: neg(s.inscp_scp_amt),
    actPayDedc: neg(s.act_pay_dedc),
    hifpPay: neg(s.hifp_pay),
    hifmiPay: neg(s.hifmi_pay),
    mafPay: neg(s.maf_pay),
    othPay: '0.00',
    fundPaySumamt: neg(s.fund_pay_sumamt),
    psnPartAmt: neg(s.psn_part_amt),
    acctPay: neg(s.acct_pay),
    psnCashPay: neg(s.psn_cash_pay),
  };
}

/**
 * The record for a cancellation or reversal (upload.proto `Cancellation`): a new record in
 * the original's visit, pointing at the original's record_id, carrying its amounts negated.
 */
export function encodeCancellationRecord(input: CancellationRecordInput): Uint8Array {
  const original = JSON.parse(input.original.result) as SettlementResult;
  const createdAtMs = Date.parse(input.row.created_at);
  return encodeRecord({
    recordId: input.recordId,
    visitId: input.row.mdtrt_id,
    seq: input.seq,
    createdAtMs,
    cancellation: {
      setlId: input.row.setl_id,
      origRecordId: input.original.record_id,
      origSetlId: input.original.setl_id,
      reason: input.reason,
      cancelTimeMs: createdAtMs,
      amounts: negatedAmounts(original.setlinfo),
    },
  });
}
