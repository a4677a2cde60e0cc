/**
 * The national interface's JSON as bytes (national-interface.md "Envelope"). HIS software
 * sends amounts as JSON numbers (`"det_item_fee_sumamt": 16.00`) and some send them as
 * strings (`"16.00"`); the platform answers amounts as number literals with their places
 * (`"medfee_sumamt":51.00`). JSON.parse would turn 16.00 into a binary float, so this file
 * parses with lossless-json, which keeps every number's source text, and writes numbers back
 * from decimal strings — no amount is ever a float (STYLE.md item 13).
 *
 *   {"cnt":20,"pric":0.8,"det_item_fee_sumamt":16.00}
 *   → { cnt: LosslessNumber('20'), pric: LosslessNumber('0.8'), det_item_fee_sumamt: LosslessNumber('16.00') }
 */
import { LosslessNumber, isLosslessNumber, parse, stringify } from 'lossless-json';
import { GatewayError } from '../errors/gateway-error.ts';
import { refuseShape, scanJson } from '../boundary/json.ts';

export { LosslessNumber, isLosslessNumber };

/**
 * Parses a request body. Nesting deeper than the gateway accepts and a key sent twice are
 * envelope errors naming the path (boundary/json.ts); a syntax error is one naming the offset.
 */
export function parseFsiJson(text: string, root = 'body'): unknown {
  const shape = scanJson(text, root);
  if (shape) refuseShape(shape, 'GW_FSI_ENVELOPE');
  try {
    return parse(text, null, (digits) => new LosslessNumber(digits));
  } catch (cause) {
    throw new GatewayError('GW_FSI_ENVELOPE', { cause, detail: `not JSON: ${(cause as Error).message}`, details: { path: 'body' } });
  }
}

export type NumberStyle = 'number' | 'string';

/**
 * Writes an answer. Values built with `num()` come out as number literals exactly as their
 * text (`num('51.00')` → `51.00`), or as strings when the region's platform answers strings.
 */
export function stringifyFsiJson(value: unknown, numbers: NumberStyle): string {
  const replacer = numbers === 'string'
    ? (_key: string, v: unknown): unknown => (isLosslessNumber(v) ? v.value : v)
    : null;
  const text = stringify(value, replacer);
  if (text === undefined) throw new TypeError('answer is not serialisable');
  return text;
}

/** A number for the wire from its decimal text: `num('51.00')`, `num('0.5500')`, `num('2')`. */
export function num(text: string): LosslessNumber {
  return new LosslessNumber(text);
}
