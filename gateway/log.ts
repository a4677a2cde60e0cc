/**
 * Structured logs (pino) that never carry personal data: ID numbers, a person's name, card
 * numbers and PINs are redacted wherever they appear in a logged object (STYLE.md item 14).
 * A log line names the settlement, record or message id under one key each (`setl_id`,
 * `record_id`, `batch_id`, `msgid`), so one grep follows a transaction.
 *
 * Three forms, one content (config logFormat):
 *   json  one JSON object a line — for files and log shippers;
 *   text  `21:03:37 WARN  centre rejected a record  record_id=… code=…` on the hospital's
 *         clock, for a technician at a terminal (`auto` picks it when stdout is a TTY);
 *   under systemd (JOURNAL_STREAM set) each JSON line starts with its syslog priority, `<4>`
 *   for a warning, which journald takes as the entry's priority: `journalctl -p warning`
 *   then shows warnings and worse only.
 */
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { cstDateTime } from './china-time.ts';

/**
 * Field names that hold personal data, at any depth up to three levels. `name` alone is not
 * among them — an error's `name` is what a technician needs — but a person's is (`person.name`).
 */
const SENSITIVE = ['certno', 'id_number', 'idNo', 'psn_name', 'full_name', 'holder_name', 'card_no', 'card_number', 'cardNumber', 'pin', 'old_pin', 'new_pin', 'mdtrt_cert_no', 'token', 'api_key', 'authorization', 'secret', 'password'];
const PERSON_OBJECTS = ['person', 'credential', 'holder', 'patient'];

export const REDACT_PATHS: string[] = SENSITIVE.flatMap((field) => [
  field,
  `*.${field}`,
  `*.*.${field}`,
  `*.*.*.${field}`,
]).concat(PERSON_OBJECTS.flatMap((o) => [`${o}.name`, `*.${o}.name`]), ['req.headers.authorization', 'req.headers["x-api-key"]']);

export type LogFormat = 'json' | 'text' | 'auto';

/** pino level → syslog priority (sd-daemon(3) prefix): fatal crit, error err, warn warning, info, debug. */
export function syslogPriority(level: number): number {
  if (level >= 60) return 2;
  if (level >= 50) return 3;
  if (level >= 40) return 4;
  if (level >= 30) return 6;
  return 7;
}

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const SKIP = new Set(['level', 'time', 'pid', 'hostname', 'msg']);

function value(v: unknown): string {
  if (typeof v === 'string') return /[\s"=]/.test(v) ? JSON.stringify(v) : v;
  if (v && typeof v === 'object' && 'message' in v && 'type' in v) return JSON.stringify(`${String((v as { type: unknown }).type)}: ${String((v as { message: unknown }).message)}`);
  return JSON.stringify(v);
}

/** One JSON log line as a technician reads it: time (CST), level, message, then key=value pairs. */
export function textLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const at = typeof o.time === 'number' ? cstDateTime(new Date(o.time)).slice(11) : '';
  const level = (LEVEL_NAMES[Number(o.level)] ?? String(o.level)).padEnd(5);
  const pairs = Object.entries(o).filter(([k]) => !SKIP.has(k)).map(([k, v]) => `${k}=${value(v)}`);
  return `${at} ${level} ${String(o.msg ?? '')}${pairs.length > 0 ? `  ${pairs.join(' ')}` : ''}\n`;
}

/** What `auto` means for this process: text at a terminal, JSON elsewhere. */
function resolveFormat(format: LogFormat, env: NodeJS.ProcessEnv): 'json' | 'text' {
  if (format !== 'auto') return format;
  return process.stdout.isTTY && !env.JOURNAL_STREAM ? 'text' : 'json';
}

export interface LoggerSetup {
  readonly format?: LogFormat;
  /** Defaults to process.env: JOURNAL_STREAM (set by systemd) turns on the priority prefix. */
  readonly env?: NodeJS.ProcessEnv;
}

export function createLogger(options: LoggerOptions = {}, destination?: DestinationStream, setup: LoggerSetup = {}): Logger {
  const env = setup.env ?? process.env;
  const format = resolveFormat(setup.format ?? 'json', env);
  const journald = format === 'json' && Boolean(env.JOURNAL_STREAM);
  const streamWrite = format === 'text'
    ? textLine
    : journald
      ? (line: string): string => `<${syslogPriority(Number(/"level":(\d+)/.exec(line)?.[1] ?? 30))}>${line}`
      : undefined;
  const base: LoggerOptions = {
    level: process.env.YIBAO_LOG_LEVEL ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(streamWrite ? { hooks: { streamWrite } } : {}),
    ...options,
  };
  return destination ? pino(base, destination) : pino(base);
}

export type { Logger };
