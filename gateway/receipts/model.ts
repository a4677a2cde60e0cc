/**
 * What a settlement receipt (结算单) says, independent of how it is printed: the visit, each
 * line, each fund, the cash due and the engine's trace in plain words. HTML and PDF are two
 * renderings of this one model, so they never disagree.
 */
import type { SettlementView } from '../settlement/service.ts';
import type { CancellationView } from '../settlement/cancel.ts';
import type { Person } from '../store/persons.ts';
import type { LineRow } from '../store/settlements.ts';
import type { LineSplit } from '../engine/index.ts';
import { fromFen } from '../../protocol/money.ts';

export type Paper = '80mm' | 'a5';

const MED_TYPE_ZH: Readonly<Record<string, string>> = {
  outpatient: '普通门诊', emergency_outpatient: '急诊', special_outpatient: '门诊特殊病种', inpatient: '住院',
  pharmacy: '定点药店购药', maternity_natural: '生育（顺产）', maternity_caesarean: '生育（剖宫产）',
};
const INSUTYPE_ZH: Readonly<Record<string, string>> = { resident: '城乡居民基本医疗保险', employee: '职工基本医疗保险' };
const LEVEL_ZH: Readonly<Record<string, string>> = { '01': '甲类', '02': '乙类', '03': '丙类/自费' };

export interface ReceiptLine {
  readonly name: string;
  readonly code: string;
  readonly level: string;
  readonly cnt: string;
  readonly pric: string;
  readonly amount: string;
  readonly selfpay: string;
}

export interface Receipt {
  readonly title: string;
  /** The institution as the patient knows it, and its code: 兴安盟人民医院（H15220100001）. */
  readonly institution: string;
  readonly setl_id: string;
  readonly mdtrt_id: string;
  readonly time: string;
  readonly person: string;
  readonly certno: string;
  readonly insutype: string;
  readonly med_type: string;
  readonly offline: boolean;
  /** An interim settlement (中途结算) of a stay still in hospital. */
  readonly interim: boolean;
  readonly cancelled: CancellationView | null;
  readonly lines: readonly ReceiptLine[];
  /** [label, amount] in print order. */
  readonly amounts: ReadonlyArray<readonly [string, string]>;
  readonly funds: ReadonlyArray<readonly [string, string]>;
  readonly cash_due: string;
  readonly trace: readonly string[];
  readonly warnings: readonly string[];
  /** The operator's name and id: 王芳（0102）; the id alone when the HIS gave no name. */
  readonly operator: string;
  /** The personal account's balance after this settlement, for a person who has one; null otherwise. */
  readonly account_balance: string | null;
}

/**
 * The engine's explanation as the patient reads it: a visit type's code in Chinese
 * (（pharmacy） → （定点药店购药）), and no note meant for the people who maintain the policy
 * files (a parenthesis in Latin script, e.g. where a rule comes from in the product's docs).
 */
export function forPatient(text: string): string {
  return text
    .replace(/（([a-z_]+)）/g, (all, code: string) => (MED_TYPE_ZH[code] ? `（${MED_TYPE_ZH[code]}）` : all))
    .replace(/（[^（）]*[A-Za-z]{3,}[^（）]*）/g, '')
    .trim();
}

/** 152201198001011237 → 152201********1237: the receipt leaves the counter with the patient. */
export function maskCertno(certno: string): string {
  return certno.length > 10 ? `${certno.slice(0, 6)}${'*'.repeat(certno.length - 10)}${certno.slice(-4)}` : certno;
}

/** yyyy-MM-dd HH:mm:ss in China Standard Time. */
export function cstTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
}

/** What a receipt says of its settlement's cancellation: which, why, and on whose approval when not the gateway's. */
export function cancellationNote(c: CancellationView): string {
  const by = c.approved_by === 'his' ? '（经HIS审批）' : c.approved_by === 'reversal-grace' ? '（冲正：原结算应答未送达）' : '';
  return `已撤销 ${c.setl_id}：${c.reason}${by}`;
}

export function buildReceipt(
  view: SettlementView, person: Person | undefined, lines: readonly LineRow[], institution: { readonly name: string; readonly code: string },
  cancelled: CancellationView | null, operatorName: string | null = null,
): Receipt {
  const s = view.result.setlinfo;
  const hasAccount = s.acct_pay !== '0.00' || (person?.account_balance_fen ?? 0) > 0;
  return {
    title: '医疗保险结算单',
    institution: institution.name === institution.code ? institution.code : `${institution.name}（${institution.code}）`,
    setl_id: view.setl_id,
    mdtrt_id: view.mdtrt_id,
    time: cstTime(view.setl_time),
    person: person?.psn_name ?? view.psn_no,
    certno: person ? maskCertno(person.certno) : '',
    insutype: INSUTYPE_ZH[view.result.insutype] ?? view.result.insutype,
    med_type: MED_TYPE_ZH[view.med_type] ?? view.med_type,
    offline: view.offline,
    interim: view.interim,
    cancelled,
    lines: lines.map((l) => {
      const split = JSON.parse(l.split) as LineSplit;
      return {
        name: split.med_list_name ?? l.med_list_codg, code: l.med_list_codg, level: LEVEL_ZH[split.chrgitm_lv] ?? split.chrgitm_lv,
        cnt: l.cnt, pric: l.pric, amount: fromFen(l.det_item_fee_sumamt), selfpay: split.fulamt_ownpay_amt,
      };
    }),
    amounts: [
      ['医疗费总额', s.medfee_sumamt],
      ['全自费金额', s.fulamt_ownpay_amt],
      ['超限价自付', s.overlmt_selfpay],
      ['乙类先行自付', s.preselfpay_amt],
      ['符合范围金额', s.inscp_scp_amt],
      ['起付标准自付', s.act_pay_dedc],
    ],
    funds: [
      ...view.result.setldetail.map((d) => [d.fund_pay_type_name || d.fund_pay_type, d.fund_payamt] as const),
      ['基金支付合计', s.fund_pay_sumamt],
      ['个人负担', s.psn_part_amt],
      ['个人账户支付', s.acct_pay],
    ],
    cash_due: s.psn_cash_pay,
    trace: view.result.trace.map((t) => forPatient(t.text_zh)),
    warnings: view.result.warnings.map((w) => forPatient(w.text_zh)),
    operator: operatorName ? `${operatorName}（${view.operator}）` : view.operator,
    account_balance: hasAccount ? (s.balc ?? (person ? fromFen(person.account_balance_fen) : null)) : null,
  };
}
