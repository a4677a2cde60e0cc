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
import { ERROR_CODES, type ErrorCode } from '../errors/registry.ts';
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
/**
 * Reads a message. `urlInfno` is the infno the HIS put in the URL (`…/tx/2207`, `?i=2207`),
 * as several regions' clients do; a body without infno takes it, a body with another one is
 * refused.
 */
export function parseEnvelope(body: unknown, profile: FsiProfile, urlInfno?: string): FsiRequest {
  const value = typeof body === 'string' ? parseFsiJson(body) : body;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || isLosslessNumber(value)) {
    throw new GatewayError('GW_FSI_ENVELOPE', { detail: 'the message must be a JSON object', details: { path: 'body' } });
  }
  // Every text of the message, envelope and input, follows the gateway's text rules.
  requireCleanText(value, '');
  const env = Fields.of(value, '', profile.field_lengths);
  const bodyInfno = urlInfno === undefined ? env.text('infno') : env.optText('infno');
  if (bodyInfno !== undefined && urlInfno !== undefined && bodyInfno !== urlInfno) {
    throw new GatewayError('GW_FSI_ENVELOPE', { detail: `the URL names infno ${urlInfno}, the message ${bodyInfno}`, details: { path: 'infno' } });
  }
  const infnoSent = bodyInfno ?? urlInfno!;
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

/**
 * What the national answer says where the gateway's own message speaks of its REST API: the
 * national client has no X-Session-Id or Idempotency-Key, it has sign_no and msgid.
 */
const NATIONAL_ZH: Partial<Record<ErrorCode, string>> = {
  GW_SESSION_REQUIRED: '请先签到（9001），并在报文的 sign_no 中填写签到编号',
  GW_SESSION_CLOSED: '操作员已签退，请重新签到（9001）并使用新的 sign_no',
  GW_SESSION_EXPIRED: '操作员长时间未操作，已自动签退，请重新签到（9001）并使用新的 sign_no',
  GW_IDEMPOTENCY_KEY_REQUIRED: '报文缺少报文号（msgid）',
  GW_IDEMPOTENCY_CONFLICT: '该报文号（msgid）已用于另一笔不同内容的交易，请使用新的报文号',
  GW_REVERSED: '该报文号（msgid）对应的交易已冲正，不会再生效，请用新的报文号重新发起',
  GW_UNAUTHORIZED: '接口鉴权失败，请检查HIS中配置的医保接口接入凭证（与医保平台相同）',
};

/** REST names in a detail, as the national message names the same thing. */
function nationalDetail(detail: string): string {
  return detail
    .replace(/\bheaders\.x-session-id\b/gi, 'sign_no')
    .replace(/\bX-Session-Id\b/gi, 'sign_no')
    .replace(/\bheaders\.idempotency-key\b/gi, 'msgid')
    .replace(/\bIdempotency-Key\b/gi, 'msgid')
    .replace(/\bbody\.lines\b/g, 'input.feedetail')
    .replace(/\bbody\./g, 'input.data.');
}

export function nationalMessage(err: GatewayError): string {
  const base = NATIONAL_ZH[err.code] ?? ERROR_CODES[err.code].zh;
  return err.detail ? `${base}：${nationalDetail(err.detail)}` : base;
}

export function failureAnswer(err: GatewayError, times: AnswerTimes, profile: FsiProfile): FsiAnswer {
  return {
    infcode: profile.infcode === 'string' ? '-1' : -1,
    inf_refmsgid: newRefMsgId(times.admdvs, times.responded, profile),
    refmsg_time: compactStamp(times.received, profile.utc_offset_minutes),
    respond_time: compactStamp(times.responded, profile.utc_offset_minutes),
    err_msg: nationalMessage(err),
    warn_msg: null,
    output: null,
    gw_code: err.code,
    gw_message: err.message,
    ...(err.details ? { gw_details: typeof err.details.path === 'string' ? { ...err.details, path: nationalDetail(err.details.path) } : err.details } : {}),
  };
}
