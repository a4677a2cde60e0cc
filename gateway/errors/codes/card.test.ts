/**
 * The card area's codes are pinned: HIS software switches on them, so a rename or a removal
 * must fail here first. Each message tells the cashier what to do, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { CARD_CODES } from './card.ts';

describe('card error codes', () => {
  it('are exactly these', () => {
    expect(Object.keys(CARD_CODES)).toEqual([
      'GW_CARD_DRIVER_MISSING',
      'GW_CARD_PCSCD_DOWN',
      'GW_CARD_NO_READER',
      'GW_CARD_READER_NOT_FOUND',
      'GW_CARD_READER_BUSY',
      'GW_CARD_NO_CARD',
      'GW_CARD_REMOVED',
      'GW_CARD_UNREADABLE',
      'GW_CARD_TIMEOUT',
      'GW_CARD_WRONG_TYPE',
      'GW_CARD_INVALID_DATA',
      'GW_CARD_PIN_WRONG',
      'GW_CARD_PIN_BLOCKED',
      'GW_CARD_PSAM_MISSING',
      'GW_CARD_PSAM_UNSUPPORTED',
      'GW_CARD_PSAM_KEY_MISSING',
      'GW_CARD_AUTH_FAILED',
      'GW_CARD_NOT_GENUINE',
      'GW_CARD_EXPIRED',
      'GW_CARD_BLOCKLISTED',
      'GW_CARD_ID_INVALID',
      'GW_CARD_VOUCHER_INVALID',
      'GW_CARD_VOUCHER_UNAVAILABLE',
      'GW_CARD_PIN_PAD_MISSING',
    ]);
  });

  it('each has an HTTP status and a Chinese and an English message', () => {
    for (const [code, entry] of Object.entries(CARD_CODES)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en.length, code).toBeGreaterThan(10);
    }
  });
});
