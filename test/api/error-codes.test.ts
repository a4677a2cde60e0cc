/**
 * The settlement area's error codes are part of the HIS contract: HIS software switches on
 * them. This pins the list (a code is never renamed or reused) and checks each can be acted
 * on: an HTTP status, and a message in Chinese and in English.
 */
import { describe, expect, it } from 'vitest';
import { SETTLEMENT_CODES } from '../../gateway/errors/codes/settlement.ts';

describe('settlement error codes', () => {
  it('are exactly these, each with a status and a message in both languages', () => {
    expect(Object.keys(SETTLEMENT_CODES)).toEqual([
      'GW_IDEMPOTENCY_KEY_REQUIRED', 'GW_IDEMPOTENCY_CONFLICT', 'GW_PERSON_UNKNOWN', 'GW_PERSON_NOT_INSURED', 'GW_PERSON_INELIGIBLE',
      'GW_PERSON_OFFLINE_UNKNOWN', 'GW_ALREADY_SETTLED', 'GW_ALREADY_CANCELLED', 'GW_SETTLEMENT_NOT_FOUND', 'GW_VISIT_NOT_FOUND',
      'GW_VISIT_CONFLICT', 'GW_VISIT_SETTLED', 'GW_VISIT_NOT_DISCHARGED', 'GW_VISIT_DISCHARGED', 'GW_VISIT_EMPTY', 'GW_LINE_CONFLICT',
      'GW_LINE_NOT_FOUND', 'GW_LINE_REFUND_INVALID', 'GW_SESSION_REQUIRED', 'GW_SESSION_CLOSED', 'GW_APPROVAL_REQUIRED', 'GW_REVERSED',
      'GW_OFFLINE_NOT_ALLOWED', 'GW_RECEIPT_FONT_MISSING', 'GW_API_KEY_UNKNOWN', 'GW_VISIT_CANCELLED', 'GW_VISIT_HAS_LINES',
      'GW_LINE_SETTLED', 'GW_INTERIM_NOT_ALLOWED', 'GW_SETTLEMENT_NOT_LAST', 'GW_ACCOUNT_OVERDRAWN',
    ]);
    for (const [code, entry] of Object.entries(SETTLEMENT_CODES)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en.length, code).toBeGreaterThan(15);
    }
  });
});
