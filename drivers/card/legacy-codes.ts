/**
 * The national reader interface's negative return codes (shared/reference/
 * social-security-card.md, "The reader-DLL convention"), from the driver's typed failures.
 * HIS code written against `iReadCardBas` switches on these numbers.
 */
import { isTransportError } from '../pcsc/errors.ts';
import { CardStatusError } from '../pcsc/errors.ts';
import { isCardApplicationError } from './errors.ts';
import type { PinOutcome } from './sscard.ts';

export const LEGACY = {
  WRONG_CARD_TYPE: -1,
  NO_CARD: -2,
  CARD_NOT_POWERED: -3,
  NO_RESPONSE: -4,
  READER_CONNECTION: -11,
  NOT_CONNECTED: -12,
  INTERNAL_AUTH_FAILED: -21,
  PIN_WRONG: -51,
  PIN_LOCKED: -52,
  /**
   * The convention's DLL reads an expired or lost card like any other and leaves the verdict
   * to its caller; the gateway refuses them itself, so it gives each refusal a code of its
   * own, in the card-data range (−2x is the card's authentication, −5x its PIN): −31 the
   * card's validity date has passed, −32 the card or its holder is on the blocklist (lost,
   * cancelled). An HIS that knows only the convention's codes sees a negative number, which
   * every one of them treats as "no usable card".
   */
  CARD_EXPIRED: -31,
  CARD_BLOCKLISTED: -32,
  NO_PSAM: -2201,
  PSAM_NO_ALGORITHM: -2202,
  PSAM_NO_KEY: -2203,
} as const;

/** The code for a failed read. Card data that breaks the specification counts as "wrong card type". */
export function legacyErrorCode(err: unknown): number {
  if (isTransportError(err)) {
    switch (err.kind) {
      case 'no-card':
      case 'card-removed':
        return LEGACY.NO_CARD;
      case 'unresponsive':
      case 'card-reset':
        return LEGACY.CARD_NOT_POWERED;
      case 'timeout':
        return LEGACY.NO_RESPONSE;
      case 'closed':
        return LEGACY.NOT_CONNECTED;
      case 'not-installed':
      case 'no-service':
      case 'reader-gone':
      case 'sharing-violation':
      case 'failed':
        return LEGACY.READER_CONNECTION;
      default: {
        const never: never = err.kind;
        return never;
      }
    }
  }
  if (isCardApplicationError(err)) {
    switch (err.kind) {
      case 'wrong-card-type':
      case 'invalid-data':
        return LEGACY.WRONG_CARD_TYPE;
      case 'not-genuine':
        return LEGACY.INTERNAL_AUTH_FAILED;
      case 'psam-missing':
        return LEGACY.NO_PSAM;
      case 'psam-algorithm':
        return LEGACY.PSAM_NO_ALGORITHM;
      case 'psam-key':
      case 'terminal-rejected':
        return LEGACY.PSAM_NO_KEY;
      case 'psam-failed':
        return LEGACY.NO_PSAM;
      default: {
        const never: never = err.kind;
        return never;
      }
    }
  }
  // a refusal nobody expected: the card is not behaving as a social security card
  if (err instanceof CardStatusError) return LEGACY.WRONG_CARD_TYPE;
  return LEGACY.NO_RESPONSE;
}

/** −51 / −52 for PIN outcomes; 0 for ok. */
export function legacyPinCode(outcome: PinOutcome): number {
  switch (outcome.kind) {
    case 'ok':
      return 0;
    case 'wrong':
      return LEGACY.PIN_WRONG;
    case 'blocked':
      return LEGACY.PIN_LOCKED;
    default: {
      const never: never = outcome;
      return never;
    }
  }
}
