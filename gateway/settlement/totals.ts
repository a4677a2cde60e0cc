/**
 * Daily totals for the insurance office and for reconciliation 3201 (`medfee_sumamt`,
 * `fund_pay_sumamt`, `acct_pay`, `fixmedins_setl_cnt`). A "day" is the hospital's calendar
 * day in China Standard Time (UTC+8, no daylight saving): 2026-11-22 runs from
 * 2026-11-21T16:00:00Z to 2026-11-22T16:00:00Z. Cancellations carry negated amounts, so the
 * sums are net; a settlement cancelled on a later day counts on each day it happened.
 */
import type { LedgerRow, SettlementStore } from '../store/settlements.ts';
import { fromFen } from '../../protocol/money.ts';
import { cstDay, cstDayRange, requireCalendarDay } from '../china-time.ts';

export { cstDay };

export interface TotalsGroup {
  readonly insutype: string;
  readonly med_type: string;
  readonly settlements: number;
  readonly cancellations: number;
  readonly offline: number;
  readonly medfee_sumamt: string;
  readonly fund_pay_sumamt: string;
  readonly acct_pay: string;
  readonly psn_cash_pay: string;
}

export interface DailyTotals {
  readonly date: string;
  readonly from: string;
  readonly to: string;
  /** Settlements minus cancellations (fixmedins_setl_cnt). */
  readonly fixmedins_setl_cnt: number;
  readonly medfee_sumamt: string;
  readonly fund_pay_sumamt: string;
  readonly acct_pay: string;
  readonly psn_cash_pay: string;
  readonly groups: readonly TotalsGroup[];
}

/** The settlements and cancellations of China calendar days `fromDay` … `toDay`, both included. */
export function ledgerBetween(store: SettlementStore, fromDay: string, toDay: string): LedgerRow[] {
  return store.ledger(cstDayRange(fromDay).from, cstDayRange(toDay).to);
}

export function dailyTotals(store: SettlementStore, date: string): DailyTotals {
  requireCalendarDay(date, 'querystring.date');
  const { from, to } = cstDayRange(date);
  const rows = store.totals(from, to);
  const sum = (k: 'medfee_sumamt' | 'fund_pay_sumamt' | 'acct_pay' | 'psn_cash_pay'): string => fromFen(rows.reduce((s, r) => s + r[k], 0));
  return {
    date, from, to,
    fixmedins_setl_cnt: rows.reduce((s, r) => s + r.settlements - r.cancellations, 0),
    medfee_sumamt: sum('medfee_sumamt'),
    fund_pay_sumamt: sum('fund_pay_sumamt'),
    acct_pay: sum('acct_pay'),
    psn_cash_pay: sum('psn_cash_pay'),
    groups: rows.map((r) => ({
      insutype: r.insutype, med_type: r.med_type, settlements: r.settlements, cancellations: r.cancellations, offline: r.offline,
      medfee_sumamt: fromFen(r.medfee_sumamt), fund_pay_sumamt: fromFen(r.fund_pay_sumamt), acct_pay: fromFen(r.acct_pay), psn_cash_pay: fromFen(r.psn_cash_pay),
    })),
  };
}
