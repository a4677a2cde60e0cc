/**
 * The message envelope of the national interface (national-interface.md "Envelope").
 *
 * Request, as a HIS sends it:
 *   {"infno":"1101","msgid":"H15220100001202611222103370001","mdtrtarea_admvs":"152201",
 *    "insuplc_admdvs":"152201","recer_sys_code":"YBJK","dev_no":"","dev_safe_info":"",
 *    "cainfo":"","signtype":"","infver":"V1.0","opter_type":"1","opter":"cashier-01",
 *    "opter_name":"收款员一","inf_time":"2026-11-22 21:03:37","fixmedins_code":"H15220100001",
 *    "fixmedins_name":"兴安盟人民医院","sign_no":"","input":{"data":{…}}}
 * Answer:
 *   {"infcode":0,"inf_refmsgid":"152201202611222103371230000042","refmsg_time":"20261122210337120",
 *    "respond_time":"20261122210337123","err_msg":null,"warn_msg":null,"output":{…}}
 * The gateway adds, on a refusal only, `gw_code` (the registry code, e.g. GW_PERSON_UNKNOWN),
 * `gw_message` (the English message) and `gw_details`; every extra field starts with `gw_`
 * so it can never clash with a national one. `err_msg` is the Chinese message a HIS shows as is.
 */
import { createHash } from 'node:crypto';
import { GatewayError } from '../errors/gateway-error.ts';
import { Fields } from './fields.ts';
import type { FsiProfile } from './profile.ts';
import { compactStamp } from './time.ts';
import { isLosslessNumber, parseFsiJson, stringifyFsiJson } from './wire.ts';
import { requireCleanText } from '../boundary/text.ts';

export interface FsiRequest {
  /** The national transaction code (a regional alias such as 2203A already mapped). */
  readonly infno: string;
  /** The code as the HIS sent it. */
  readonly infnoSent: string;
  readonly msgid: string;
  readonly mdtrtareaAdmvs: string | undefined;
  readonly insuplcAdmdvs: string | undefined;
  readonly opter: string;
  readonly opterName: string | undefined;
  readonly opterType: '1' | '2' | '3' | undefined;
  readonly infTime: string | undefined;
  readonly fixmedinsCode: string | undefined;
  readonly signNo: string | undefined;
  readonly input: Fields;
  /**
   * sha256 of the transaction code, the operator and the input in canonical form: what a
   * repeated msgid must match (another operator resending a msgid does not get its answer).
   */
  readonly requestHash: string;
}

/**
 * Reads an envelope. `body` is the request text, or an already-parsed value (numbers as
 * LosslessNumber or plain). `input` sent as a JSON string (some HIS double-encode it) is
 * tolerated; `infcode`, when a HIS template echoes one, is ignored whatever its type.
 */
export function parseEnvelope(body: unknown, profile: FsiProfile): FsiRequest {
  const value = typeof body === 'string' ? parseFsiJson(body) : body;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || isLosslessNumber(value)) {
    throw new GatewayError('GW_FSI_ENVELOPE', { detail: 'the message must be a JSON object', details: { path: 'body' } });
  }
  // Every text of the message, envelope and input, follows the gateway's text rules.
  requireCleanText(value, '');
  const env = Fields.of(value, '', profile.field_lengths);
  const infnoSent = env.text('infno');
  const infno = profile.aliases[infnoSent] ?? infnoSent;
  const msgid = env.text('msgid');
  if (profile.msgid_length !== null && msgid.length !== profile.msgid_length) {
    throw new GatewayError('GW_VALIDATION', { detail: `msgid must be ${profile.msgid_length} characters (institution code + yyyyMMddHHmmss + sequence), got ${msgid.length}`, details: { path: 'msgid' } });
  }
  let rawInput = env.raw('input');
  if (typeof rawInput === 'string') {
    rawInput = rawInput.trim() === '' ? {} : parseFsiJson(rawInput, 'input');
    requireCleanText(rawInput, 'input');
  }
  if (rawInput === undefined || rawInput === null) rawInput = {};
  const input = Fields.of(rawInput, 'input', profile.field_lengths);
  const opter = env.text('opter');
  return {
    infno,
    infnoSent,
    msgid,
    mdtrtareaAdmvs: env.optText('mdtrtarea_admvs'),
    insuplcAdmdvs: env.optText('insuplc_admdvs'),
    opter,
    opterName: env.optText('opter_name'),
    opterType: env.optCode('opter_type', ['1', '2', '3'] as const),
    infTime: env.optDateTime('inf_time'),
    fixmedinsCode: env.optText('fixmedins_code'),
    signNo: env.optText('sign_no'),
    input,
    requestHash: hashRequest(infno, opter, rawInput),
  };
}

/** Key-sorted, number-text-preserving JSON of the transaction, hashed. */
function hashRequest(infno: string, opter: string, input: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object' && !('isLosslessNumber' in v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return createHash('sha256').update(stringifyFsiJson({ infno, opter, input: canonical(input) }, 'number')).digest('hex');
}

export interface FsiAnswer {
  readonly infcode: number | string;
  readonly inf_refmsgid: string;
  readonly refmsg_time: string;
  readonly respond_time: string;
  readonly err_msg: string | null;
  readonly warn_msg: string | null;
  readonly output: Record<string, unknown> | null;
  readonly gw_code?: string;
  readonly gw_message?: string;
  readonly gw_details?: Record<string, unknown>;
}

let sequence = Math.floor(Math.random() * 10_000_000);

/** The gateway's id of its answer: region (6) + yyyyMMddHHmmssSSS (17) + sequence (7) = 30 characters. */
export function newRefMsgId(admdvs: string, at: Date, profile: FsiProfile): string {
  sequence = (sequence + 1) % 10_000_000;
  return `${admdvs}${compactStamp(at, profile.utc_offset_minutes)}${String(sequence).padStart(7, '0')}`;
}

export interface AnswerTimes {
  readonly received: Date;
  readonly responded: Date;
  readonly admdvs: string;
}

export function successAnswer(output: Record<string, unknown>, warnings: readonly string[], times: AnswerTimes, profile: FsiProfile): FsiAnswer {
  return {
    infcode: profile.infcode === 'string' ? '0' : 0,
    inf_refmsgid: newRefMsgId(times.admdvs, times.responded, profile),
    refmsg_time: compactStamp(times.received, profile.utc_offset_minutes),
    respond_time: compactStamp(times.responded, profile.utc_offset_minutes),
    err_msg: null,
    warn_msg: warnings.length > 0 ? warnings.join('；') : null,
    output,
  };
}

export function failureAnswer(err: GatewayError, times: AnswerTimes, profile: FsiProfile): FsiAnswer {
  return {
    infcode: profile.infcode === 'string' ? '-1' : -1,
    inf_refmsgid: newRefMsgId(times.admdvs, times.responded, profile),
    refmsg_time: compactStamp(times.received, profile.utc_offset_minutes),
    respond_time: compactStamp(times.responded, profile.utc_offset_minutes),
    err_msg: err.messageZh,
    warn_msg: null,
    output: null,
    gw_code: err.code,
    gw_message: err.message,
    ...(err.details ? { gw_details: err.details } : {}),
  };
}
