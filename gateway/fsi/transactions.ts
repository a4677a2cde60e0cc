/**
 * The transaction table of the national-interface endpoint: every code the issue lists
 * (national-interface.md "Transactions"), its Chinese name as the interface calls it, and the
 * handler that maps it onto a gateway service. A code without a handler is answered
 * `infcode -1` with GW_FSI_NOT_SUPPORTED naming the transaction (CONFORMANCE.md lists them).
 */
import type { Fields, TxHandler } from './context.ts';
import { personInfo } from './tx/person.ts';
import { pharmacySettle } from './tx/pharmacy.ts';
import { settlementQuery } from './tx/query.ts';
import { signIn, signOut } from './tx/sign.ts';
import { admissionChange, admit, cancelDischarge, cancelVisit, discharge, outpatientRegister, outpatientVisitInfo } from './tx/visits.ts';
import { cancelFeeLines, uploadFeeLines } from './tx/fees.ts';
import { pharmacyTrial, visitSettle, visitTrial } from './tx/settle.ts';
import { cancelSettlement, reverse } from './tx/cancel.ts';
import { reconcileDetail, reconcileTotals } from './tx/reconcile.ts';
import { downloadFile, uploadFile } from './tx/files.ts';

export interface TxSpec {
  readonly name: string;
  readonly run?: TxHandler;
  /** Changes money or visits: refused to an auditor's session, as on the REST API (api/operator.ts WRITERS). */
  readonly write?: boolean;
  /** 9001: runs without a session (it opens one). */
  readonly opensSession?: boolean;
  /** Where the message names its session when the envelope's sign_no is empty (9002's input). */
  readonly signNoIn?: (input: Fields) => string | undefined;
}

export const TRANSACTIONS: Readonly<Record<string, TxSpec>> = {
  '9001': { name: '签到', run: signIn, opensSession: true },
  '9002': { name: '签退', run: signOut, signNoIn: (input) => input.optObj('signOut')?.optText('sign_no') },
  '1101': { name: '人员信息获取', run: personInfo },
  '2201': { name: '门诊挂号', run: outpatientRegister, write: true },
  '2202': { name: '门诊挂号撤销', run: cancelVisit, write: true },
  '2203': { name: '门诊就诊信息上传', run: outpatientVisitInfo, write: true },
  '2204': { name: '门诊费用明细信息上传', run: uploadFeeLines, write: true },
  '2205': { name: '门诊费用明细信息撤销', run: cancelFeeLines, write: true },
  '2206': { name: '门诊预结算', run: visitTrial },
  '2207': { name: '门诊结算', run: visitSettle, write: true },
  '2208': { name: '门诊结算撤销', run: cancelSettlement, write: true },
  '2101': { name: '药店预结算', run: pharmacyTrial },
  '2102': { name: '药店结算', run: pharmacySettle, write: true },
  '2103': { name: '药店结算撤销', run: cancelSettlement, write: true },
  '2401': { name: '入院办理', run: admit, write: true },
  '2402': { name: '出院办理', run: discharge, write: true },
  '2403': { name: '住院信息变更', run: admissionChange, write: true },
  '2404': { name: '入院办理撤销', run: cancelVisit, write: true },
  '2405': { name: '出院办理撤销', run: cancelDischarge, write: true },
  '2301': { name: '住院费用明细信息上传', run: uploadFeeLines, write: true },
  '2302': { name: '住院费用明细信息撤销', run: cancelFeeLines, write: true },
  '2303': { name: '住院预结算', run: visitTrial },
  '2304': { name: '住院结算', run: visitSettle, write: true },
  '2305': { name: '住院结算撤销', run: cancelSettlement, write: true },
  '2601': { name: '冲正交易', run: reverse, write: true },
  '3201': { name: '医药机构费用结算对总账', run: reconcileTotals },
  '3202': { name: '医药机构费用结算对明细账', run: reconcileDetail },
  '5203': { name: '结算信息查询', run: settlementQuery },
  '9101': { name: '文件上传', run: uploadFile },
  '9102': { name: '文件下载', run: downloadFile },
};
