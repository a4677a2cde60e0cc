/**
 * The two ways a card exchange fails (STYLE.md item 7), as two types:
 * - `PcscTransportError`: the command never got a card's answer — pcscd down, reader gone,
 *   card removed or reset, no response in time. Retrying after the cause is fixed may work.
 * - `CardStatusError`: the card answered and refused (`6982`, `6A83` …). Made in exactly one
 *   place, `expectSuccess()` in `card-channel.ts`.
 */

export type TransportFailure =
  /** the `pcsclite` optional dependency is not installed or not built */
  | 'not-installed'
  /** pcscd is not running or stopped while we talked to it */
  | 'no-service'
  /** the reader is not (or no longer) known to pcscd */
  | 'reader-gone'
  /** the reader is there but holds no card */
  | 'no-card'
  /** the card left the reader since we connected */
  | 'card-removed'
  /** the card was reset by someone else; reconnect */
  | 'card-reset'
  /** the card gives no answer to reset or is not powered */
  | 'unresponsive'
  /** another program holds the reader exclusively */
  | 'sharing-violation'
  /** no answer within the time budget */
  | 'timeout'
  /** the handle was disconnected or the port closed */
  | 'closed'
  /** any other PC/SC failure; `pcscCode` says which */
  | 'failed';

export class PcscTransportError extends Error {
  readonly kind: TransportFailure;
  readonly reader: string | undefined;
  /** The PC/SC result code (e.g. 0x80100069 SCARD_W_REMOVED_CARD) when pcscd gave one. */
  readonly pcscCode: number | undefined;

  constructor(kind: TransportFailure, message: string, options: { reader?: string; pcscCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PcscTransportError';
    this.kind = kind;
    this.reader = options.reader;
    this.pcscCode = options.pcscCode;
  }
}

export function isTransportError(err: unknown): err is PcscTransportError {
  return err instanceof PcscTransportError;
}

/** The card answered with a status word other than success. */
export class CardStatusError extends Error {
  /** SW1SW2 as one number, e.g. 0x6982. */
  readonly sw: number;
  /** The command that was refused, as hex (for logs; never holds a PIN: see card-channel). */
  readonly command: string;

  constructor(sw: number, command: string, meaning: string) {
    super(`card refused ${command}: ${sw.toString(16).toUpperCase().padStart(4, '0')} ${meaning}`);
    this.name = 'CardStatusError';
    this.sw = sw;
    this.command = command;
  }

  get sw1(): number {
    return this.sw >> 8;
  }

  get sw2(): number {
    return this.sw & 0xff;
  }
}

export function isCardStatusError(err: unknown, sw?: number): err is CardStatusError {
  return err instanceof CardStatusError && (sw === undefined || err.sw === sw);
}

/**
 * PC/SC result codes (pcsc-lite `pcsclite.h`, same values as WinSCard) and what they mean
 * for the caller. The `pcsclite` module reports them inside the message text, e.g.
 * `SCardTransmit error: Card was removed.(0x80100069)`.
 */
const PCSC_CODES: ReadonlyMap<number, TransportFailure> = new Map([
  [0x8010001d, 'no-service'], // SCARD_E_NO_SERVICE
  [0x8010001e, 'no-service'], // SCARD_E_SERVICE_STOPPED
  [0x80100013, 'no-service'], // SCARD_F_COMM_ERROR (the socket to pcscd broke)
  [0x80100009, 'reader-gone'], // SCARD_E_UNKNOWN_READER
  [0x80100017, 'reader-gone'], // SCARD_E_READER_UNAVAILABLE
  [0x8010002e, 'reader-gone'], // SCARD_E_NO_READERS_AVAILABLE
  [0x8010000c, 'no-card'], // SCARD_E_NO_SMARTCARD
  [0x80100069, 'card-removed'], // SCARD_W_REMOVED_CARD
  [0x80100003, 'closed'], // SCARD_E_INVALID_HANDLE (handle dropped, e.g. after removal)
  [0x80100068, 'card-reset'], // SCARD_W_RESET_CARD
  [0x80100066, 'unresponsive'], // SCARD_W_UNRESPONSIVE_CARD
  [0x80100067, 'unresponsive'], // SCARD_W_UNPOWERED_CARD
  [0x8010000b, 'sharing-violation'], // SCARD_E_SHARING_VIOLATION
  [0x8010000a, 'timeout'], // SCARD_E_TIMEOUT
]);

/** Reads the PC/SC code out of a `pcsclite` error message, if there is one. */
export function pcscCodeOf(err: unknown): number | undefined {
  const text = err instanceof Error ? err.message : String(err);
  const match = /\(0x([0-9a-f]{8})\)/i.exec(text);
  return match?.[1] ? Number.parseInt(match[1], 16) : undefined;
}

/** Turns a `pcsclite` callback error into a typed transport error, keeping the cause. */
export function transportErrorFrom(err: unknown, reader?: string): PcscTransportError {
  if (err instanceof PcscTransportError) return err;
  const code = pcscCodeOf(err);
  const kind = (code !== undefined ? PCSC_CODES.get(code) : undefined) ?? 'failed';
  const text = err instanceof Error ? err.message : String(err);
  return new PcscTransportError(kind, reader ? `${reader}: ${text}` : text, {
    ...(reader !== undefined ? { reader } : {}),
    ...(code !== undefined ? { pcscCode: code } : {}),
    cause: err,
  });
}
