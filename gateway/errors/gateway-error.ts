import { ERROR_CODES, type ErrorCode } from './registry.ts';

/**
 * The one error type the gateway shows to callers. The code is stable (HIS software
 * switches on it); the messages are for the cashier, in Chinese and English.
 * Always keep the cause: `new GatewayError('GW_CARD_REMOVED', { cause: err })`.
 */
export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly messageZh: string;
  /** Extra facts a caller can act on (the bad field's path, tries left, …). */
  readonly details: Record<string, unknown> | undefined;
  /** The specifics appended to both messages, as given. */
  readonly detail: string | undefined;

  constructor(code: ErrorCode, options: { cause?: unknown; details?: Record<string, unknown>; detail?: string } = {}) {
    const entry = ERROR_CODES[code];
    const suffix = options.detail ? `: ${options.detail}` : '';
    super(`${entry.en}${suffix}`, { cause: options.cause });
    this.name = 'GatewayError';
    this.code = code;
    this.status = entry.status;
    this.messageZh = `${entry.zh}${options.detail ? `：${options.detail}` : ''}`;
    this.details = options.details;
    this.detail = options.detail;
  }

  toJSON(): { code: ErrorCode; message: string; message_zh: string; details?: Record<string, unknown> } {
    return {
      code: this.code,
      message: this.message,
      message_zh: this.messageZh,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

export function isGatewayError(err: unknown): err is GatewayError {
  return err instanceof GatewayError;
}
