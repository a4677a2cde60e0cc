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

export interface TxSpec {
  readonly name: string;
  readonly run?: TxHandler;
  /** 9001: runs without a session (it opens one). */
  readonly opensSession?: boolean;
  /** Where the message names its session when the envelope's sign_no is empty (9002's input). */
  readonly signNoIn?: (input: Fields) => string | undefined;
}

export const TRANSACTIONS: Readonly<Record<string, TxSpec>> = {
  '9001': { name: '签到', run: signIn, opensSession: true },
  '9002': { name: '签退', run: signOut, signNoIn: (input) => input.optObj('signOut')?.optText('sign_no') },
  '1101': { name: '人员信息获取', run: personInfo },
  '2201': { name: '门诊挂号' },
  '2202': { name: '门诊挂号撤销' },
  '2203': { name: '门诊就诊信息上传' },
  '2204': { name: '门诊费用明细信息上传' },
  '2205': { name: '门诊费用明细信息撤销' },
  '2206': { name: '门诊预结算' },
  '2207': { name: '门诊结算' },
  '2208': { name: '门诊结算撤销' },
  '2101': { name: '药店预结算' },
  '2102': { name: '药店结算', run: pharmacySettle },
  '2103': { name: '药店结算撤销' },
  '2401': { name: '入院办理' },
  '2402': { name: '出院办理' },
  '2403': { name: '住院信息变更' },
  '2404': { name: '入院办理撤销' },
  '2405': { name: '出院办理撤销' },
  '2301': { name: '住院费用明细信息上传' },
  '2302': { name: '住院费用明细信息撤销' },
  '2303': { name: '住院预结算' },
  '2304': { name: '住院结算' },
  '2305': { name: '住院结算撤销' },
  '2601': { name: '冲正交易' },
  '3201': { name: '医药机构费用结算对总账' },
  '3202': { name: '医药机构费用结算对明细账' },
  '5203': { name: '结算信息查询', run: settlementQuery },
};
