/**
 * The whole registry of GW_ codes, pinned (fastify pins its error list the same way): HIS
 * software switches on these codes, so a code is never renamed, reused or silently dropped.
 * Adding one means adding it here too. Each must be actionable: a 4xx/5xx status and a
 * message in Chinese and in English.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './registry.ts';
import { GatewayError } from './gateway-error.ts';

describe('error registry', () => {
  it('holds exactly these codes, in this order', () => {
    expect(Object.keys(ERROR_CODES)).toEqual([
      'GW_VALIDATION', 'GW_NOT_FOUND', 'GW_UNAUTHORIZED', 'GW_FORBIDDEN', 'GW_INTERNAL',
      'GW_CONFIG', 'GW_STORAGE', 'GW_REQUEST_TOO_LARGE', 'GW_HEADERS_TOO_LARGE', 'GW_REQUEST_TIMEOUT', 'GW_MALFORMED_REQUEST', 'GW_CARD_DRIVER_MISSING', 'GW_CARD_PCSCD_DOWN', 'GW_CARD_NO_READER',
      'GW_CARD_READER_NOT_FOUND', 'GW_CARD_READER_BUSY', 'GW_CARD_NO_CARD', 'GW_CARD_REMOVED', 'GW_CARD_UNREADABLE',
      'GW_CARD_TIMEOUT', 'GW_CARD_WRONG_TYPE', 'GW_CARD_INVALID_DATA', 'GW_CARD_PIN_WRONG', 'GW_CARD_PIN_BLOCKED',
      'GW_CARD_PSAM_MISSING', 'GW_CARD_PSAM_UNSUPPORTED', 'GW_CARD_PSAM_KEY_MISSING', 'GW_CARD_AUTH_FAILED', 'GW_CARD_NOT_GENUINE',
      'GW_CARD_EXPIRED', 'GW_CARD_BLOCKLISTED', 'GW_CARD_ID_INVALID', 'GW_CARD_VOUCHER_INVALID', 'GW_CARD_VOUCHER_UNAVAILABLE',
      'GW_CARD_PIN_PAD_MISSING',
      'GW_LINE_AMOUNT_MISMATCH', 'GW_LINE_DUPLICATE_SN', 'GW_POLICY_UNKNOWN', 'GW_POLICY_NOT_APPLICABLE', 'GW_POLICY_NOT_FOUND',
      'GW_POLICY_FILE_INVALID', 'GW_CATALOGUE_FILE_INVALID', 'GW_IDEMPOTENCY_KEY_REQUIRED', 'GW_IDEMPOTENCY_CONFLICT', 'GW_PERSON_UNKNOWN',
      'GW_PERSON_NOT_INSURED', 'GW_PERSON_INELIGIBLE', 'GW_PERSON_OFFLINE_UNKNOWN', 'GW_ALREADY_SETTLED', 'GW_ALREADY_CANCELLED',
      'GW_SETTLEMENT_NOT_FOUND', 'GW_VISIT_NOT_FOUND', 'GW_VISIT_CONFLICT', 'GW_VISIT_SETTLED', 'GW_VISIT_NOT_DISCHARGED',
      'GW_VISIT_DISCHARGED', 'GW_VISIT_EMPTY', 'GW_LINE_CONFLICT', 'GW_LINE_NOT_FOUND', 'GW_LINE_REFUND_INVALID',
      'GW_SESSION_REQUIRED', 'GW_SESSION_CLOSED', 'GW_APPROVAL_REQUIRED', 'GW_REVERSED', 'GW_OFFLINE_NOT_ALLOWED',
      'GW_RECEIPT_FONT_MISSING', 'GW_API_KEY_UNKNOWN', 'GW_VISIT_CANCELLED', 'GW_VISIT_HAS_LINES', 'GW_LINE_SETTLED',
      'GW_INTERIM_NOT_ALLOWED', 'GW_SETTLEMENT_NOT_LAST', 'GW_ACCOUNT_OVERDRAWN', 'GW_CENTER_UNREACHABLE', 'GW_CENTER_TIMEOUT', 'GW_CENTER_BUSY',
      'GW_CENTER_HTTP', 'GW_CENTER_AUTH', 'GW_CENTER_BAD_REPLY', 'GW_CENTER_BACKLOG_OLD', 'GW_CENTER_RECORD_REJECTED', 'GW_FSI_ENVELOPE',
      'GW_FSI_UNKNOWN_INFNO', 'GW_FSI_NOT_SUPPORTED', 'GW_FSI_MSGID_REUSED', 'GW_FSI_WRONG_INSTITUTION', 'GW_FSI_TOTAL_MISMATCH',
      'GW_FSI_NOT_REVERSIBLE', 'GW_FSI_SIGN_IN_REQUIRED', 'GW_FSI_OPERATOR_MISMATCH', 'GW_FSI_FILE_UNKNOWN', 'GW_FSI_FILE_TOTALS', 'GW_BACKUP_FAILED', 'GW_BACKUP_NOT_FOUND',
      'GW_BACKUP_CORRUPT', 'GW_RESTORE_REFUSED', 'GW_VERIFY_FAILED', 'GW_DATABASE_MISSING', 'GW_PORT_IN_USE', 'GW_SERIAL_OPEN_FAILED', 'GW_SERIAL_READER_GONE',
      'GW_SERIAL_TIMEOUT', 'GW_SERIAL_PROTOCOL', 'GW_SERIAL_NO_CARD', 'GW_SERIAL_CARD_MUTE', 'GW_SERIAL_REFUSED',
      'GW_PIN_CANCELLED', 'GW_PIN_ENTRY_TIMEOUT', 'GW_HID_OPEN_FAILED', 'GW_HID_SCANNER_GONE',
      'GW_OPERATOR_UNKNOWN', 'GW_OPERATOR_EXISTS', 'GW_OPERATOR_DISABLED', 'GW_OPERATOR_LOCKED', 'GW_OPERATOR_SECRET_WRONG',
      'GW_OPERATOR_NO_SECRET', 'GW_ROLE_NOT_ASSIGNED', 'GW_APPROVER_NOT_ALLOWED', 'GW_SETTINGS_UNAPPROVED', 'GW_TWO_PEOPLE_REQUIRED', 'GW_SESSION_EXPIRED',
    ]);
  });

  it('gives every code a status and a message a cashier can act on in both languages', () => {
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^GW_[A-Z0-9_]+$/);
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en.length, code).toBeGreaterThan(10);
    }
  });

  it('keeps the cause and shows the detail in both languages', () => {
    const cause = new Error('SQLITE_FULL');
    const err = new GatewayError('GW_STORAGE', { cause, detail: 'gateway.sqlite', details: { path: 'x' } });
    expect(err.cause).toBe(cause);
    expect(err.toJSON()).toEqual({ code: 'GW_STORAGE', message: `${ERROR_CODES.GW_STORAGE.en}: gateway.sqlite`, message_zh: `${ERROR_CODES.GW_STORAGE.zh}：gateway.sqlite`, details: { path: 'x' } });
    expect(err.status).toBe(503);
  });
});
