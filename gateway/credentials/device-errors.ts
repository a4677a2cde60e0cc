/**
 * The serial readers' and the HID scanners' failure kinds → the gateway's codes
 * (gateway/errors/codes/peripherals.ts), beside the PC/SC and card mapping (card-errors.ts):
 * the drivers say what went wrong in their own terms, the gateway decides what the cashier
 * is told.
 */
import type { HidFailure } from '../../drivers/hid/errors.ts';
import type { SerialFailure } from '../../drivers/serial/errors.ts';
import type { PeripheralCode } from '../errors/codes/peripherals.ts';

export const SERIAL_ERROR_CODE: Readonly<Record<SerialFailure, PeripheralCode>> = {
  'open-failed': 'GW_SERIAL_OPEN_FAILED',
  'reader-gone': 'GW_SERIAL_READER_GONE',
  timeout: 'GW_SERIAL_TIMEOUT',
  protocol: 'GW_SERIAL_PROTOCOL',
  'no-card': 'GW_SERIAL_NO_CARD',
  'card-mute': 'GW_SERIAL_CARD_MUTE',
  'not-powered': 'GW_SERIAL_CARD_MUTE',
  refused: 'GW_SERIAL_REFUSED',
  'pin-cancelled': 'GW_PIN_CANCELLED',
  'pin-timeout': 'GW_PIN_ENTRY_TIMEOUT',
};

export const HID_ERROR_CODE: Readonly<Record<HidFailure, PeripheralCode>> = {
  'open-failed': 'GW_HID_OPEN_FAILED',
  'scanner-gone': 'GW_HID_SCANNER_GONE',
};
