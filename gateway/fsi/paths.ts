/**
 * The services and the engine name a bad field by its place in the REST body or the trial
 * request (`body.lines[2].cnt`, `lines[2].cnt`); a HIS needs its place in the message it sent
 * (`input.feedetail[2].cnt`). This rewrites the path and the message, keeping the cause.
 */
import { GatewayError } from '../errors/gateway-error.ts';
import { ERROR_CODES } from '../errors/registry.ts';

const LINES = /(?<![\w.])(?:body\.)?lines\[/g;

export function linePathsAs(err: unknown, listPath: string): unknown {
  if (!(err instanceof GatewayError)) return err;
  const path = typeof err.details?.path === 'string' ? err.details.path : undefined;
  const zh = ERROR_CODES[err.code].zh;
  const detail = err.messageZh.startsWith(`${zh}：`) ? err.messageZh.slice(zh.length + 1) : undefined;
  const touches = (s: string | undefined): boolean => s !== undefined && new RegExp(LINES.source).test(s);
  if (!touches(path) && !touches(detail)) return err;
  return new GatewayError(err.code, {
    cause: err,
    ...(detail !== undefined ? { detail: detail.replace(LINES, `${listPath}[`) } : {}),
    details: { ...err.details, ...(path !== undefined ? { path: path.replace(LINES, `${listPath}[`) } : {}) },
  });
}
