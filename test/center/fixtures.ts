/**
 * Builders of realistic central-link records for the centre tests: settlements whose amounts
 * satisfy both invariants and whose lines add up, and cancellations of them.
 */
import { encodeRecord, fenToYuan, negateYuan, type AmountsInput, type RecordInput } from '../../protocol/center/index.ts';
import type { OutboxRow } from '../../gateway/store/outbox-port.ts';

const CST_MS = 8 * 3600_000;
/** Today in China Standard Time (yyyy-MM-dd): fixture records happen on it, inside the centre's age window. */
export const FIXTURE_DAY = new Date(Date.now() + CST_MS).toISOString().slice(0, 10);
/** 00:00 CST of FIXTURE_DAY, as Unix ms. */
export const FIXTURE_DAY_START = Date.parse(`${FIXTURE_DAY}T00:00:00Z`) - CST_MS;
/** 10:00 CST on FIXTURE_DAY: the default settlement time. */
export const FIXTURE_TIME = FIXTURE_DAY_START + 10 * 3600_000;

/** Amounts for a total in fen: 60 % fund, the rest split account/cash. */
export function amountsFor(totalFen: number, accountFen = 0): AmountsInput {
  const fund = Math.floor((totalFen * 60) / 100);
  const person = totalFen - fund;
  const account = Math.min(accountFen, person);
  const y = (n: number): string => fenToYuan(BigInt(n));
  return {
    medfeeSumamt: y(totalFen), fulamtOwnpayAmt: '0.00', overlmtSelfpay: '0.00', preselfpayAmt: '0.00', inscpScpAmt: y(totalFen),
    actPayDedc: '0.00', hifpPay: y(fund), hifmiPay: '0.00', mafPay: '0.00', othPay: '0.00', fundPaySumamt: y(fund),
    psnPartAmt: y(person), acctPay: y(account), psnCashPay: y(person - account),
  };
}

export interface SettlementSpec {
  readonly recordId: string;
  readonly visitId: string;
  readonly seq: number;
  readonly totalFen: number;
  readonly createdAt?: number;
  readonly psnNo?: string;
  readonly insutype?: string;
  readonly offline?: boolean;
  /** Split the total into this many lines (default 2). */
  readonly lines?: number;
  readonly approval?: boolean;
}

export function settlementRecord(spec: SettlementSpec): RecordInput {
  const at = spec.createdAt ?? FIXTURE_TIME;
  const n = spec.lines ?? 2;
  const base = Math.floor(spec.totalFen / n);
  const lines = Array.from({ length: n }, (_, i) => {
    const fen = i === n - 1 ? spec.totalFen - base * (n - 1) : base;
    const amt = fenToYuan(BigInt(fen));
    return { feedetlSn: String(i + 1).padStart(4, '0'), medListCodg: 'XJ01CAA040A001010100001', cnt: '1.0000', pric: `${amt}0000`, detItemFeeSumamt: amt, chrgitmLv: '01', inscpScpAmt: amt, feeOcurTimeMs: at, hospApprFlag: spec.approval ?? false };
  });
  return {
    recordId: spec.recordId,
    visitId: spec.visitId,
    seq: spec.seq,
    createdAtMs: at,
    settlement: {
      setlId: `S-${spec.recordId}`, psnNo: spec.psnNo ?? '15220100000000000001', insutype: spec.insutype ?? '390', psnType: '1501', medType: '41',
      mdtrtareaAdmvs: '152201', insuplcAdmdvs: '152201', fixmedinsCode: 'H15220100001', setlTimeMs: at, policyVersion: 'demo-1', offline: spec.offline ?? false,
      amounts: amountsFor(spec.totalFen), lines, medinsSetlId: `HIS-${spec.recordId}`,
    },
  };
}

export function cancellationRecord(recordId: string, visitId: string, seq: number, original: RecordInput, at = FIXTURE_TIME + 3600_000): RecordInput {
  const a = original.settlement?.amounts ?? {};
  const neg = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'string' ? negateYuan(v) : v]));
  return { recordId, visitId, seq, createdAtMs: at, cancellation: { setlId: `C-${recordId}`, origRecordId: original.recordId ?? '', origSetlId: original.settlement?.setlId ?? '', reason: '患者要求退费 (patient request)', cancelTimeMs: at, amounts: neg } };
}

export function outboxRow(record: RecordInput, createdAt: number): Omit<OutboxRow, 'attempts'> {
  return { id: record.recordId ?? '', visitId: record.visitId ?? '', seq: record.seq ?? 0, kind: record.cancellation ? 'cancellation' : 'settlement', payload: encodeRecord(record), createdAt };
}
