/**
 * Typed errors of the wire codecs. Decoders never return half-parsed values: malformed
 * input throws one of these (never a RangeError from a Buffer read, never a hang), so a
 * caller can tell "the card/reader sent garbage" from a bug in our own code.
 */
export class CodecError extends Error {
  /** The bytes (or value) that failed, as upper-case hex when they were bytes. */
  readonly input: string | undefined;

  constructor(message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'CodecError';
    this.input = options.input;
  }
}

/** A command or response APDU that breaks ISO/IEC 7816-3 §12.1 / 7816-4 §5.1. */
export class ApduFormatError extends CodecError {
  constructor(message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options);
    this.name = 'ApduFormatError';
  }
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex').toUpperCase();
}

/** Parses hex with optional spaces; throws `CodecError` on anything else. */
export function fromHex(text: string): Buffer {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) {
    throw new CodecError(`not an even-length hex string: ${JSON.stringify(text)}`);
  }
  return Buffer.from(clean, 'hex');
}
