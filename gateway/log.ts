/**
 * Structured logs (pino) that never carry personal data: ID numbers, names, card numbers
 * and PINs are redacted wherever they appear in a logged object (STYLE.md item 14).
 * A log line names the settlement or message id, so one grep follows a transaction.
 */
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/** Field names that hold personal data, at any depth up to three levels. */
const SENSITIVE = ['certno', 'id_number', 'idNo', 'psn_name', 'name', 'full_name', 'card_no', 'card_number', 'cardNumber', 'pin', 'old_pin', 'new_pin', 'mdtrt_cert_no', 'token', 'api_key', 'authorization'];

export const REDACT_PATHS: string[] = SENSITIVE.flatMap((field) => [
  field,
  `*.${field}`,
  `*.*.${field}`,
  `*.*.*.${field}`,
]).concat(['req.headers.authorization', 'req.headers["x-api-key"]']);

export function createLogger(options: LoggerOptions = {}, destination?: DestinationStream): Logger {
  const base: LoggerOptions = {
    level: process.env.YIBAO_LOG_LEVEL ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...options,
  };
  return destination ? pino(base, destination) : pino(base);
}

export type { Logger };
