/**
 * The gateway side of a reconciliation read from the store's `settlements` table
 * (ReconcileSource, reconcile.ts). A row's time is its created_at — the time its record
 * carries to the centre (settlement/record.ts: setl_time_ms = created_at) — so both sides
 * put a settlement on the same China Standard Time day. Amounts are stored in fen, negative
 * on a cancellation; insutype is mapped to the centre's code (310 employees, 390 residents).
 *
 * Rows are streamed with `iterate()`: a busy day's detail is never held twice in memory.
 */
import type { Db } from '../store/db.ts';
import { INSUTYPE_CODES } from '../settlement/record.ts';
import type { ReconcileEntry, ReconcileSource } from './reconcile.ts';

interface Row {
  setl_id: string;
  record_id: string;
  kind: 'settlement' | 'cancellation';
  insutype: string;
  medfee_sumamt: number;
  fund_pay_sumamt: number;
  acct_pay: number;
  psn_cash_pay: number;
}

export function sqliteReconcileSource(db: Db): ReconcileSource {
  // created_at is ISO-8601 UTC text (settlements_created index), so a text range is a time range.
  const stmt = db.prepare<[string, string], Row>(`SELECT setl_id, record_id, kind, insutype, medfee_sumamt, fund_pay_sumamt, acct_pay, psn_cash_pay
    FROM settlements WHERE created_at >= ? AND created_at < ? ORDER BY created_at, setl_id`);
  return {
    *settledBetween(fromMs: number, toMs: number): Iterable<ReconcileEntry> {
      for (const r of stmt.iterate(new Date(fromMs).toISOString(), new Date(toMs).toISOString())) {
        yield {
          recordId: r.record_id,
          setlId: r.setl_id,
          insutype: INSUTYPE_CODES[r.insutype as keyof typeof INSUTYPE_CODES] ?? r.insutype,
          cancellation: r.kind === 'cancellation',
          medfeeFen: r.medfee_sumamt,
          fundFen: r.fund_pay_sumamt,
          acctFen: r.acct_pay,
          cashFen: r.psn_cash_pay,
        };
      }
    },
  };
}
