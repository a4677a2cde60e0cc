/**
 * What text the gateway accepts, checked once where it comes in (the REST API, the national
 * interface, the CLI): well-formed Unicode with no control or bidirectional-formatting
 * characters, in every string and every object key, at any depth.
 *
 * Why each rule:
 * - An unpaired UTF-16 surrogate ("\udc00" is valid JSON) cannot be written as UTF-8: SQLite
 *   would store U+FFFD in its place, so the audit entry's hash no longer matches what is
 *   stored, and the centre's decoder refuses the upload that carries it.
 * - Control characters (U+0000–U+001F, U+007F–U+009F: NUL, ESC, newlines …) have no place in
 *   the national interface's fields: a NUL truncates the text in C-based HIS and printers, an
 *   ESC drives the receipt printer, a newline splits a log line.
 * - Bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C)
 *   make an identifier display as something else than it is ("Trojan Source").
 *
 * Whatever passes is stored, hashed, encoded for the centre and printed as the same code
 * points (the property test in test/hostile/text-roundtrip.test.ts holds this to account).
 */
import { GatewayError } from '../errors/gateway-error.ts';

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// C0 and C1 controls and DEL, and the bidi controls, in one pass.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why this text is refused, in words a HIS developer can act on; undefined when it is fine. */
export function textProblem(text: string): string | undefined {
  if (!text.isWellFormed()) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { i++; continue; }
      if (c >= 0xd800 && c <= 0xdfff) return `has an unpaired surrogate ${hex(c)} at character ${i + 1} (not valid Unicode; check the HIS's text encoding)`;
    }
  }
  const m = FORBIDDEN.exec(text);
  if (m) {
    const cp = m[0].codePointAt(0)!;
    const kind = BIDI.test(m[0]) ? 'a bidirectional formatting character' : 'a control character';
    return `has ${kind} ${hex(cp)} at character ${m.index + 1}; remove it`;
  }
  return undefined;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** The first string or key in `value` that is refused, with its path (`body.lines[0].feedetl_sn`; root '' for `input.data.opter`). */
export function findBadText(value: unknown, path: string): { path: string; problem: string } | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path, problem } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadText(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: join(path, JSON.stringify(key)), problem: `key ${keyProblem}` };
      const bad = findBadText((value as Record<string, unknown>)[key], join(path, key));
      if (bad) return bad;
    }
  }
  return undefined;
}

/** Throws GW_VALIDATION naming the field when any text in `value` is refused. */
export function requireCleanText(value: unknown, path: string): void {
  const bad = findBadText(value, path);
  if (bad) throw new GatewayError('GW_VALIDATION', { detail: `${bad.path} ${bad.problem}`, details: { path: bad.path } });
}
