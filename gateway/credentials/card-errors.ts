/**
 * Driver failures (PC/SC, the card application, serial readers, HID scanners) → the gateway's stable card
 * and peripheral codes, in one place. The cause is kept, so
 * the log shows the PC/SC code or the status word behind the cashier's message.
 */
import { CodecError } from '../../protocol/apdu/errors.ts';
import { isCardApplicationError } from '../../drivers/card/errors.ts';
import { legacyErrorCode } from '../../drivers/card/legacy-codes.ts';
import { CardStatusError, isTransportError } from '../../drivers/pcsc/errors.ts';
import { isSerialReaderError } from '../../drivers/serial/errors.ts';
import { HidScannerError } from '../../drivers/hid/errors.ts';
import { HID_ERROR_CODE, SERIAL_ERROR_CODE } from './device-errors.ts';
import { GatewayError, isGatewayError } from '../errors/gateway-error.ts';
import type { ErrorCode } from '../errors/registry.ts';

function codeFor(err: unknown): ErrorCode {
  if (isTransportError(err)) {
    switch (err.kind) {
      case 'not-installed':
        return 'GW_CARD_DRIVER_MISSING';
      case 'no-service':
        return 'GW_CARD_PCSCD_DOWN';
      case 'reader-gone':
        return 'GW_CARD_NO_READER';
      case 'sharing-violation':
        return 'GW_CARD_READER_BUSY';
      case 'no-card':
        return 'GW_CARD_NO_CARD';
      case 'card-removed':
      case 'card-reset':
      case 'closed':
        return 'GW_CARD_REMOVED';
      case 'timeout':
        return 'GW_CARD_TIMEOUT';
      case 'unresponsive':
      case 'failed':
        return 'GW_CARD_UNREADABLE';
      default: {
        const never: never = err.kind;
        return never;
      }
    }
  }
  if (isCardApplicationError(err)) {
    switch (err.kind) {
      case 'wrong-card-type':
        return 'GW_CARD_WRONG_TYPE';
      case 'invalid-data':
        return 'GW_CARD_INVALID_DATA';
      case 'not-genuine':
        return 'GW_CARD_NOT_GENUINE';
      case 'terminal-rejected':
        return 'GW_CARD_AUTH_FAILED';
      case 'psam-missing':
      case 'psam-failed':
        return 'GW_CARD_PSAM_MISSING';
      case 'psam-algorithm':
        return 'GW_CARD_PSAM_UNSUPPORTED';
      case 'psam-key':
        return 'GW_CARD_PSAM_KEY_MISSING';
      default: {
        const never: never = err.kind;
        return never;
      }
    }
  }
  // PIN entry on a serial reader's pad fails with the serial driver's own kinds (cancelled, timed out …)
  if (isSerialReaderError(err)) return SERIAL_ERROR_CODE[err.kind];
  if (err instanceof HidScannerError) return HID_ERROR_CODE[err.kind];
  if (err instanceof CardStatusError || err instanceof CodecError) return 'GW_CARD_UNREADABLE';
  return 'GW_INTERNAL';
}

/**
 * The gateway error for a failed card operation; `details.legacy_code` is the reader-DLL code,
 * `details.reader` the reader that failed (the PSAM's when it was the PSAM, else `reader`).
 */
export function cardGatewayError(err: unknown, reader?: string): GatewayError {
  if (isGatewayError(err)) return err;
  const code = codeFor(err);
  const failed = (isTransportError(err) && err.reader) || reader;
  return new GatewayError(code, {
    cause: err,
    details: { legacy_code: legacyErrorCode(err), ...(failed ? { reader: failed } : {}) },
  });
}
