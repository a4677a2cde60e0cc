/**
 * Failures of the social security card application that are neither a transport failure
 * nor a bare status word: the card is not the card we expect, its data breaks the
 * specification, or the PSAM cannot do its part. Each keeps the error that revealed it.
 */
export type CardFailure =
  /** no SSSE application (`6A82` on SELECT): not a social security card */
  | 'wrong-card-type'
  /** a record breaks the specification (length, encoding, check character) */
  | 'invalid-data'
  /** internal authentication answered with a wrong cryptogram: a cloned card */
  | 'not-genuine'
  /** the card refused our external authentication (`6300`): wrong terminal key */
  | 'terminal-rejected'
  /** no PSAM in the PSAM reader, or no PSAM reader */
  | 'psam-missing'
  /** the PSAM lacks the algorithm the card needs (`6A81`) */
  | 'psam-algorithm'
  /** the PSAM lacks the card's key (`6A88`) */
  | 'psam-key'
  /** the PSAM answered something its dialect does not allow */
  | 'psam-failed';

export class CardApplicationError extends Error {
  readonly kind: CardFailure;

  constructor(kind: CardFailure, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'CardApplicationError';
    this.kind = kind;
  }
}

export function isCardApplicationError(err: unknown, kind?: CardFailure): err is CardApplicationError {
  return err instanceof CardApplicationError && (kind === undefined || err.kind === kind);
}
