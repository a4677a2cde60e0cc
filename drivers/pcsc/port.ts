/**
 * The PC/SC port: the narrow contract every smart-card reader driver implements (STYLE.md
 * items 1–3). Two implementations sit beside it: `pcsclite-port.ts` (pcscd through the
 * `pcsclite` npm module) and `mock-port.ts` (scripted APDU transcripts with handles).
 * `test/contract/pcsc-port.contract.ts` runs the same suite against both.
 *
 * Slots: a hybrid terminal shows up as two PC/SC readers — the user card in one, the PSAM in
 * the other (vpcd: "<name> 00 00" and "<name> 00 01"). The port does not know which is
 * which; `drivers/card/` pairs them.
 *
 * Failures of the transport (reader gone, card removed, pcscd down, timeout) reject with
 * `PcscTransportError` (`errors.ts`). The port never looks at status words: a card's refusal
 * (`6982` …) is a normal response here and becomes a `CardStatusError` in `card-channel.ts`.
 */

/** SCARD_SHARE_SHARED or SCARD_SHARE_EXCLUSIVE (PC/SC part 5, SCardConnect). */
export type ShareMode = 'shared' | 'exclusive';

/** The transmission protocol negotiated at connect (ISO 7816-3). */
export type CardProtocol = 'T0' | 'T1';

/** One reader as the port sees it now. */
export interface ReaderState {
  readonly name: string;
  /** The card in the reader, or null when the slot is empty. */
  readonly card: { readonly atr: Buffer } | null;
}

/**
 * Reader and card events. The port emits each change once: no `card-inserted` twice in a row
 * for the same reader without a `card-removed` between them (pcscd repeats status changes for
 * in-use flags; those are not events). A card swapped faster than the event thread sees is
 * reported as `card-removed` followed by `card-inserted`.
 */
export type ReaderEvent =
  | { readonly type: 'reader-added'; readonly reader: string }
  | { readonly type: 'reader-removed'; readonly reader: string }
  | { readonly type: 'card-inserted'; readonly reader: string; readonly atr: Buffer }
  | { readonly type: 'card-removed'; readonly reader: string }
  /** pcscd stopped answering; every reader has been reported removed before this. */
  | { readonly type: 'service-lost'; readonly error: Error }
  /** pcscd answers again; `reader-added` events follow for the readers it shows. */
  | { readonly type: 'service-restored' };

export interface ConnectOptions {
  /** Default `exclusive`: the gateway owns the card while it reads it. */
  readonly share?: ShareMode;
}

export interface TransmitOptions {
  /** Reject with a `timeout` transport error when no response arrives in time. */
  readonly timeoutMs?: number;
}

/** A connection to the card in one reader. */
export interface CardHandle {
  readonly reader: string;
  /** Answer to reset at connect (or at the last reconnect). */
  readonly atr: Buffer;
  readonly protocol: CardProtocol;
  /** Sends one command APDU and resolves to the raw response (data ‖ SW1 SW2). */
  transmit(apdu: Buffer, options?: TransmitOptions): Promise<Buffer>;
  /**
   * Starts an exclusive transaction: until `endTransaction`, no other handle of this port
   * on the same reader gets a command through (theirs wait). Across processes the
   * `exclusive` share mode keeps other programs out.
   */
  beginTransaction(): Promise<void>;
  endTransaction(): Promise<void>;
  /** Resets the card and connects again (recovers a handle after reset or reinsertion). */
  reconnect(): Promise<void>;
  disconnect(): Promise<void>;
}

export interface PcscPort {
  /** The readers pcscd shows now, with their cards. */
  listReaders(): Promise<ReaderState[]>;
  /** Subscribes to reader and card events; returns the unsubscribe function. */
  watch(listener: (event: ReaderEvent) => void): () => void;
  connect(reader: string, options?: ConnectOptions): Promise<CardHandle>;
  /** Stops event threads and releases every handle. */
  close(): Promise<void>;
}

/**
 * A port that cannot reach any reader, for a gateway whose PC/SC driver could not load: every
 * call fails with `error` (e.g. `not-installed`), so a card read is refused with what is
 * missing instead of the gateway not starting — the ID number and the e-voucher still work.
 */
export function unavailablePort(error: Error): PcscPort {
  return {
    listReaders: () => Promise.reject(error),
    watch: () => () => undefined,
    connect: () => Promise.reject(error),
    close: () => Promise.resolve(),
  };
}
