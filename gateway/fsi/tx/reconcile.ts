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
import type { LedgerRow } from '../../store/settlements.ts';
import { localDateTime } from '../time.ts';
import { unzipFirst, zipOne } from '../zip.ts';
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

// ---- 3202 reconciliation line by line --------------------------------------------------

/**
 * 3202: the HIS uploads its settlements of the period as a detail file (9101), names it here
 * with the period's totals, and downloads the result file (9102) this answers the query
 * number of.
 *
 *   input  {"data":{"setl_optins":"152201","file_qury_no":"gw/…","stmt_begndate":"2026-11-22",
 *           "stmt_enddate":"2026-11-22","medfee_sumamt":51.00,"fund_pay_sumamt":8.00,
 *           "cash_payamt":43.00,"fixmedins_setl_cnt":1,"clr_type":"41"}}
 *   output {"fileinfo":{"file_qury_no":"gw/…","filename":"3202_result_….zip","dld_endtime":"…"}}
 *
 * Detail file (a TXT in a ZIP, UTF-8, one settlement a line, fields TAB-separated, `null` for
 * empty), as HIS clients write it: setl_id, mdtrt_id, psn_no, medfee_sumamt, fund_pay_sumamt,
 * acct_pay, refd_setl_flag[, exp_content]. A cancellation is a line with negative amounts,
 * under the cancellation's setl_id or the original's.
 *
 * Result file (same form), one line per difference: psn_no, mdtrt_id, setl_id, msgid,
 * stmt_rslt, refd_setl_flag, memo, medfee_sumamt, fund_pay_sumamt, acct_pay, exp_content —
 * the amounts the gateway holds (the HIS's where only it has the line). stmt_rslt: "1" only
 * the HIS has it, "2" only the gateway has it, "3" both, amounts differ. No line: agreed.
 */
export async function reconcileDetail(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const from = data.dateTime('stmt_begndate').slice(0, 10);
  const to = data.dateTime('stmt_enddate').slice(0, 10);
  days(from, to, data.path); // the period's checks
  const clrType = data.optText('clr_type');
  const stated = {
    medfee: toFen(data.amount('medfee_sumamt')),
    fund: toFen(data.amount('fund_pay_sumamt')),
    count: data.text('fixmedins_setl_cnt'),
  };
  if (!/^-?\d+$/.test(stated.count)) throw new GatewayError('GW_VALIDATION', { detail: `${data.path}.fixmedins_setl_cnt must be a whole number`, details: { path: `${data.path}.fixmedins_setl_cnt` } });
  const uploaded = ctx.services.files.get(data.text('file_qury_no'), ctx.clientId, `${data.path}.file_qury_no`);
  const his = parseDetailFile(unzipFirst(uploaded.bytes, `${data.path}.file_qury_no`).data, `${data.path}.file_qury_no`);

  // The file must be what the message says it is: the platform reconciles the file, not the message.
  const sum = (k: 'medfee' | 'fund'): number => his.reduce((n, l) => n + l[k], 0);
  const lineCount = his.reduce((n, l) => n + (l.medfee < 0 || l.fund < 0 ? -1 : 1), 0);
  const mismatch = [
    sum('medfee') !== stated.medfee ? `医疗费总额 文件 ${fromFen(sum('medfee'))} / 报文 ${fromFen(stated.medfee)}` : null,
    sum('fund') !== stated.fund ? `基金支付总额 文件 ${fromFen(sum('fund'))} / 报文 ${fromFen(stated.fund)}` : null,
    lineCount !== Number(stated.count) ? `结算笔数 文件 ${lineCount} / 报文 ${stated.count}` : null,
  ].filter((m): m is string => m !== null);
  if (mismatch.length > 0) throw new GatewayError('GW_FSI_FILE_TOTALS', { detail: mismatch.join('；'), details: { path: `${data.path}.file_qury_no`, differences: mismatch } });

  const held = ctx.services.ledger.between(from, to).filter((r) => clrType === undefined || MED_TYPE_CODES[r.med_type as MedType]?.[0] === clrType[0]);
  const result = compareLedgers(his, held);
  const stamp = localDateTime(ctx.now, ctx.profile.utc_offset_minutes).replace(/\D/g, '');
  const name = `3202_result_${stamp}.txt`;
  const file = ctx.services.files.put(name.replace(/\.txt$/, '.zip'), zipOne(name, Buffer.from(result.map((cells) => cells.join('\t')).join('\n') + (result.length ? '\n' : ''), 'utf8'), ctx.now), ctx.clientId);
  if (result.length > 0) ctx.warn(`明细对账不平：${result.length} 条差异，请下载结果文件核对`);
  return {
    fileinfo: {
      file_qury_no: file.fileQuryNo,
      filename: file.filename,
      dld_endtime: localDateTime(new Date(file.expiresAt), ctx.profile.utc_offset_minutes),
    },
    gw_diff_cnt: num(String(result.length)),
  };
}

interface DetailLine {
  readonly setlId: string;
  readonly mdtrtId: string | null;
  readonly psnNo: string | null;
  /** fen */
  readonly medfee: number;
  readonly fund: number;
  readonly acct: number;
  readonly refdFlag: string | null;
  readonly line: number;
}

const cell = (v: string | undefined): string | null => (v === undefined || v === '' || v === 'null' ? null : v.trim());

function parseDetailFile(bytes: Buffer, path: string): DetailLine[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const out: DetailLine[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const cells = raw.split('\t');
    const bad = (why: string): GatewayError => new GatewayError('GW_VALIDATION', { detail: `detail file line ${i + 1}: ${why}`, details: { path, line: i + 1 } });
    if (cells.length < 7) throw bad(`${cells.length} fields, at least 7 (setl_id, mdtrt_id, psn_no, medfee_sumamt, fund_pay_sumamt, acct_pay, refd_setl_flag), TAB-separated`);
    const setlId = cell(cells[0]);
    if (!setlId) throw bad('no setl_id');
    const money = (k: number, name: string): number => {
      const v = cell(cells[k]) ?? '0';
      if (!/^-?\d+(\.\d{1,2})?$/.test(v)) throw bad(`${name} ${JSON.stringify(v)} is not an amount`);
      return toFen(v);
    };
    out.push({ setlId, mdtrtId: cell(cells[1]), psnNo: cell(cells[2]), medfee: money(3, 'medfee_sumamt'), fund: money(4, 'fund_pay_sumamt'), acct: money(5, 'acct_pay'), refdFlag: cell(cells[6]), line: i + 1 });
  });
  return out;
}

/** The differences between the HIS's lines and the gateway's, as result-file rows. */
function compareLedgers(his: readonly DetailLine[], held: readonly LedgerRow[]): string[][] {
  // the gateway's lines by setl_id and sign; a cancellation also under its original's id
  const ours = new Map<string, LedgerRow>();
  for (const row of held) {
    const sign = row.kind === 'cancellation' ? '-' : '+';
    ours.set(`${row.setl_id}${sign}`, row);
    if (row.original_setl_id) ours.set(`${row.original_setl_id}${sign}`, row);
  }
  const matched = new Set<LedgerRow>();
  const rows: string[][] = [];
  const amounts = (r: { medfee_sumamt: number; fund_pay_sumamt: number; acct_pay: number }): string[] => [fromFen(r.medfee_sumamt), fromFen(r.fund_pay_sumamt), fromFen(r.acct_pay)];
  for (const line of his) {
    const sign = line.medfee < 0 || line.fund < 0 ? '-' : '+';
    const row = ours.get(`${line.setlId}${sign}`);
    if (!row || matched.has(row)) {
      rows.push([line.psnNo ?? 'null', line.mdtrtId ?? 'null', line.setlId, 'null', '1', line.refdFlag ?? 'null', '网关无此结算', fromFen(line.medfee), fromFen(line.fund), fromFen(line.acct), 'null']);
      continue;
    }
    matched.add(row);
    const differs = [
      row.medfee_sumamt !== line.medfee ? `医疗费总额 HIS ${fromFen(line.medfee)}` : null,
      row.fund_pay_sumamt !== line.fund ? `基金支付 HIS ${fromFen(line.fund)}` : null,
      row.acct_pay !== line.acct ? `个人账户 HIS ${fromFen(line.acct)}` : null,
    ].filter((d): d is string => d !== null);
    if (differs.length > 0) rows.push([row.psn_no, row.mdtrt_id, line.setlId, row.medins_setl_id ?? 'null', '3', line.refdFlag ?? 'null', `金额不符：${differs.join('，')}`, ...amounts(row), 'null']);
  }
  for (const row of held) {
    if (matched.has(row)) continue;
    rows.push([row.psn_no, row.mdtrt_id, row.setl_id, row.medins_setl_id ?? 'null', '2', row.kind === 'cancellation' ? '1' : '0', row.kind === 'cancellation' ? 'HIS无此撤销' : 'HIS无此结算', ...amounts(row), 'null']);
  }
  return rows;
}
