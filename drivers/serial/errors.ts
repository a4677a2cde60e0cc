/**
 * Failures of the serial reader path as one type with a `kind` (like `PcscTransportError`),
 * and the one table from kind to the gateway's error code (gateway/errors/codes/peripherals.ts).
 * A card's refusal of an APDU is not one of these: the card answered, and the answer goes up
 * as a response APDU (or, for PIN entry, as a `PinOutcome` value).
 */
import type { ReaderErrorName } from '../../protocol/serial/messages.ts';

export type SerialFailure =
  /** the device path could not be opened */
  | 'open-failed'
  /** the line closed: reader unplugged, USB-serial gone, emulator stopped, or `close()` */
  | 'reader-gone'
  /** no valid answer after the retries */
  | 'timeout'
  /** the reader keeps sending frames that break the protocol */
  | 'protocol'
  /** no card in the reader */
  | 'no-card'
  /** the card gives no ATR or no answer */
  | 'card-mute'
  /** an APDU before POWER ON */
  | 'not-powered'
  /** the reader refused the command (unknown, bad parameter, busy) */
  | 'refused'
  /** the holder pressed cancel on the pad */
  | 'pin-cancelled'
  /** the holder did not finish typing in time */
  | 'pin-timeout';

export class SerialReaderError extends Error {
  readonly kind: SerialFailure;
  readonly path: string | undefined;
  /** The reader's own error code, when it sent one. */
  readonly readerError: ReaderErrorName | undefined;

  constructor(kind: SerialFailure, message: string, options: { path?: string; readerError?: ReaderErrorName; cause?: unknown } = {}) {
    super(options.path ? `${options.path}: ${message}` : message, { cause: options.cause });
    this.name = 'SerialReaderError';
    this.kind = kind;
    this.path = options.path;
    this.readerError = options.readerError;
  }
}

export function isSerialReaderError(err: unknown, kind?: SerialFailure): err is SerialReaderError {
  return err instanceof SerialReaderError && (kind === undefined || err.kind === kind);
}

/** What each error code of an ERROR frame (README.md §Errors) means for the host. */
export const READER_ERROR_FAILURE: Readonly<Record<ReaderErrorName, SerialFailure | 'resend'>> = {
  noCard: 'no-card',
  cardMute: 'card-mute',
  notPowered: 'not-powered',
  badChecksum: 'resend',
  unknownCommand: 'refused',
  badParameter: 'refused',
  pinCancelled: 'pin-cancelled',
  pinTimeout: 'pin-timeout',
  nothingToRepeat: 'resend',
  busy: 'refused',
};
