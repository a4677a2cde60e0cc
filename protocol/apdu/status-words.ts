/**
 * Status words (SW1SW2) — ISO/IEC 7816-4:2013 §5.6, table 6, with the meanings the social
 * security card gives them (shared/reference/social-security-card.md, "Status words").
 *
 * This module only names and classifies them. Turning a status word into an error happens
 * in exactly one place in the driver (STYLE.md item 7); the simulator uses the constants.
 */
import { swHex } from './response.ts';

/** The status words the card, the PSAM and the driver speak, by name. */
export const SW = {
  OK: 0x9000,
  /** 6300 — authentication failed (wrong cryptogram in EXTERNAL AUTHENTICATE). */
  AUTH_FAILED: 0x6300,
  /** 6581 — memory failure. */
  MEMORY_FAILURE: 0x6581,
  /** 6700 — wrong length (Lc or Le absent / inconsistent). */
  WRONG_LENGTH: 0x6700,
  /** 6881 — logical channel not supported. */
  CHANNEL_NOT_SUPPORTED: 0x6881,
  /** 6982 — security status not satisfied (e.g. EF06 on a 3.0 card before external authentication). */
  SECURITY_NOT_SATISFIED: 0x6982,
  /** 6983 — authentication method / PIN blocked. */
  BLOCKED: 0x6983,
  /** 6984 — reference data not usable. */
  DATA_INVALID: 0x6984,
  /** 6985 — conditions of use not satisfied (no challenge outstanding; PSAM not diversified). */
  CONDITIONS_NOT_SATISFIED: 0x6985,
  /** 6986 — command not allowed (no current EF). */
  NO_CURRENT_EF: 0x6986,
  /** 6A80 — incorrect parameters in the data field. */
  WRONG_DATA: 0x6a80,
  /** 6A81 — function not supported (PSAM: algorithm not supported → −2202). */
  FUNCTION_NOT_SUPPORTED: 0x6a81,
  /** 6A82 — file or application not found. */
  FILE_NOT_FOUND: 0x6a82,
  /** 6A83 — record not found (e.g. name extension 4E on a 1.0 card). */
  RECORD_NOT_FOUND: 0x6a83,
  /** 6A86 — incorrect P1-P2 (e.g. SFI addressing on a 1.0 card). */
  WRONG_P1P2: 0x6a86,
  /** 6A88 — referenced data not found (PSAM: key missing → −2203). */
  REFERENCED_DATA_NOT_FOUND: 0x6a88,
  /** 6B00 — wrong parameters P1-P2 (offset outside the EF). */
  WRONG_PARAMETERS: 0x6b00,
  /** 6D00 — instruction not supported. */
  INS_NOT_SUPPORTED: 0x6d00,
  /** 6E00 — class not supported. */
  CLA_NOT_SUPPORTED: 0x6e00,
  /** 6F00 — no precise diagnosis. */
  UNKNOWN: 0x6f00,
} as const;

export type NamedStatusWord = keyof typeof SW;

/** 61xx — xx more bytes available, fetch with GET RESPONSE `00C00000xx` (T=0). */
export const moreData = (available: number): number => 0x6100 | (available & 0xff);
/** 6Cxx — wrong Le; xx is the exact length: repeat the command with Le = xx. */
export const wrongLe = (exact: number): number => 0x6c00 | (exact & 0xff);
/** 63Cx — PIN wrong, x tries left. */
export const pinTriesLeft = (tries: number): number => 0x63c0 | (tries & 0x0f);

/**
 * What a status word means for the caller, as a value. A `switch` over `kind` ends in an
 * exhaustiveness check; the driver maps the non-ok kinds to its typed errors.
 */
export type StatusClass =
  | { readonly kind: 'ok' }
  | { readonly kind: 'moreData'; readonly available: number }
  | { readonly kind: 'wrongLe'; readonly exact: number }
  | { readonly kind: 'pinWrong'; readonly triesLeft: number }
  | { readonly kind: 'warning'; readonly sw: number; readonly name: string }
  | { readonly kind: 'error'; readonly sw: number; readonly name: string };

const NAMES = new Map<number, { name: string; en: string; zh: string }>([
  [SW.OK, { name: 'OK', en: 'normal processing', zh: '正常' }],
  [SW.AUTH_FAILED, { name: 'AUTH_FAILED', en: 'authentication failed', zh: '认证失败' }],
  [SW.MEMORY_FAILURE, { name: 'MEMORY_FAILURE', en: 'memory failure', zh: '存储器故障' }],
  [SW.WRONG_LENGTH, { name: 'WRONG_LENGTH', en: 'wrong length', zh: '长度错误' }],
  [SW.CHANNEL_NOT_SUPPORTED, { name: 'CHANNEL_NOT_SUPPORTED', en: 'logical channel not supported', zh: '不支持逻辑通道' }],
  [SW.SECURITY_NOT_SATISFIED, { name: 'SECURITY_NOT_SATISFIED', en: 'security status not satisfied', zh: '安全状态不满足' }],
  [SW.BLOCKED, { name: 'BLOCKED', en: 'authentication method blocked', zh: '认证方法锁定' }],
  [SW.DATA_INVALID, { name: 'DATA_INVALID', en: 'referenced data not usable', zh: '引用数据无效' }],
  [SW.CONDITIONS_NOT_SATISFIED, { name: 'CONDITIONS_NOT_SATISFIED', en: 'conditions of use not satisfied', zh: '使用条件不满足' }],
  [SW.NO_CURRENT_EF, { name: 'NO_CURRENT_EF', en: 'command not allowed (no current EF)', zh: '不允许的命令（无当前文件）' }],
  [SW.WRONG_DATA, { name: 'WRONG_DATA', en: 'incorrect parameters in the data field', zh: '数据域参数错误' }],
  [SW.FUNCTION_NOT_SUPPORTED, { name: 'FUNCTION_NOT_SUPPORTED', en: 'function not supported', zh: '功能不支持' }],
  [SW.FILE_NOT_FOUND, { name: 'FILE_NOT_FOUND', en: 'file not found', zh: '文件未找到' }],
  [SW.RECORD_NOT_FOUND, { name: 'RECORD_NOT_FOUND', en: 'record not found', zh: '记录未找到' }],
  [SW.WRONG_P1P2, { name: 'WRONG_P1P2', en: 'incorrect parameters P1-P2', zh: 'P1、P2参数错误' }],
  [SW.REFERENCED_DATA_NOT_FOUND, { name: 'REFERENCED_DATA_NOT_FOUND', en: 'referenced data not found', zh: '引用数据未找到' }],
  [SW.WRONG_PARAMETERS, { name: 'WRONG_PARAMETERS', en: 'wrong parameters P1-P2', zh: '参数错误' }],
  [SW.INS_NOT_SUPPORTED, { name: 'INS_NOT_SUPPORTED', en: 'instruction not supported', zh: '指令不支持' }],
  [SW.CLA_NOT_SUPPORTED, { name: 'CLA_NOT_SUPPORTED', en: 'class not supported', zh: 'CLA不支持' }],
  [SW.UNKNOWN, { name: 'UNKNOWN', en: 'no precise diagnosis', zh: '未知错误' }],
]);

/** Name and meaning of any status word, including the parametrised families 61xx, 6Cxx, 63Cx. */
export function describeStatusWord(sw: number): { name: string; en: string; zh: string; hex: string } {
  const known = NAMES.get(sw);
  const h = swHex(sw);
  if (known) return { ...known, hex: h };
  const sw1 = sw >> 8;
  const sw2 = sw & 0xff;
  if (sw1 === 0x61) return { name: 'MORE_DATA', en: `${sw2 || 256} more bytes available`, zh: `还有${sw2 || 256}字节数据`, hex: h };
  if (sw1 === 0x6c) return { name: 'WRONG_LE', en: `wrong Le, exact length ${sw2 || 256}`, zh: `Le错误，应为${sw2 || 256}`, hex: h };
  if ((sw & 0xfff0) === 0x63c0) return { name: 'PIN_WRONG', en: `wrong PIN, ${sw & 0x0f} tries left`, zh: `密码错误，还可尝试${sw & 0x0f}次`, hex: h };
  if (sw1 === 0x62 || sw1 === 0x63) return { name: 'WARNING', en: 'warning', zh: '警告', hex: h };
  return { name: 'UNKNOWN', en: 'unknown status word', zh: '未知状态字', hex: h };
}

export function classifyStatusWord(sw: number): StatusClass {
  const sw1 = sw >> 8;
  const sw2 = sw & 0xff;
  if (sw === SW.OK) return { kind: 'ok' };
  if (sw1 === 0x61) return { kind: 'moreData', available: sw2 === 0 ? 256 : sw2 };
  if (sw1 === 0x6c) return { kind: 'wrongLe', exact: sw2 === 0 ? 256 : sw2 };
  if ((sw & 0xfff0) === 0x63c0) return { kind: 'pinWrong', triesLeft: sw & 0x0f };
  const { name } = describeStatusWord(sw);
  // 62xx/63xx are warnings (ISO 7816-4 §5.6) — except 6300, which this card uses for a failed authentication.
  if ((sw1 === 0x62 || sw1 === 0x63) && sw !== SW.AUTH_FAILED) return { kind: 'warning', sw, name };
  return { kind: 'error', sw, name };
}
