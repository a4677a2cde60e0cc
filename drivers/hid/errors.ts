/**
 * Failures of the HID scanner path, one type with a `kind` (the gateway maps each kind to its
 * code: gateway/credentials/device-errors.ts). A scan that is not a voucher is not a
 * failure of the device: the scanner reports it as a `rejected` event, and the credential
 * service judges tokens (GW_CARD_VOUCHER_INVALID).
 */

export type HidFailure = 'open-failed' | 'scanner-gone';

export class HidScannerError extends Error {
  readonly kind: HidFailure;
  readonly path: string | undefined;

  constructor(kind: HidFailure, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(options.path ? `${options.path}: ${message}` : message, { cause: options.cause });
    this.name = 'HidScannerError';
    this.kind = kind;
    this.path = options.path;
  }
}
