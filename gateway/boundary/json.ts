/**
 * JSON as the gateway accepts it on every channel: at most MAX_DEPTH levels of nesting, no
 * object with the same key twice, and well-formed text (boundary/text.ts). JSON.parse keeps
 * the last of two equal keys — `{"det_item_fee_sumamt":"999.00","det_item_fee_sumamt":"1.60"}`
 * would settle 1.60 while a log or a proxy shows 999.00 — and a parser that recurses dies
 * of a stack overflow on 100,000 nested brackets; both are refused here, before parsing,
 * with the path of the offending key. A `__proto__` key is refused too (prototype poisoning).
 *
 * `scanJson` is one pass over the text that tracks only nesting and keys; it leaves syntax
 * errors to the parser that runs after it, so a malformed body still gets the parser's
 * message (with its position).
 */
import { GatewayError } from '../errors/gateway-error.ts';
import { requireCleanText } from './text.ts';

/** Deeper than any message of the national interface (its deepest is input.feedetail[].… at 4). */
export const MAX_DEPTH = 32;

type Frame = { readonly kind: 'object'; readonly keys: Set<string>; key: string | undefined; expectKey: boolean } | { readonly kind: 'array'; index: number };

export interface JsonShapeProblem {
  readonly problem: 'depth' | 'duplicate-key' | 'proto-key';
  readonly path: string;
  /** Character offset in the text. */
  readonly position: number;
}

function pathOf(stack: readonly Frame[], root: string): string {
  let out = root;
  for (const f of stack) {
    if (f.kind === 'array') out += `[${f.index}]`;
    else if (f.key !== undefined) out += `.${f.key}`;
  }
  return out;
}

/** Finds nesting beyond `maxDepth` or a repeated key; undefined when there is neither. */
export function scanJson(text: string, root = 'body', maxDepth = MAX_DEPTH): JsonShapeProblem | undefined {
  const stack: Frame[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c /* \ */) { escaped = true; j += 2; continue; }
        if (d === 0x22) break;
        j++;
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        let key: string;
        try {
          key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        } catch {
          return undefined; // a malformed key: the parser says where
        }
        if (top.keys.has(key) || key === '__proto__') {
          top.key = key;
          return { problem: key === '__proto__' ? 'proto-key' : 'duplicate-key', path: pathOf(stack, root), position: i };
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth) return { problem: 'depth', path: pathOf(stack, root), position: i };
      stack.push(c === 0x7b ? { kind: 'object', keys: new Set(), key: undefined, expectKey: true } : { kind: 'array', index: 0 });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return undefined;
}

/** Throws the GatewayError for a problem scanJson found: `code` is GW_VALIDATION on REST, GW_FSI_ENVELOPE on the national interface. */
export function refuseShape(p: JsonShapeProblem, code: 'GW_VALIDATION' | 'GW_FSI_ENVELOPE'): never {
  const at = `(at character ${p.position + 1})`;
  const detail = p.problem === 'depth' ? `${p.path} is nested deeper than ${MAX_DEPTH} levels ${at}`
    : p.problem === 'proto-key' ? `${p.path} is not a field name the gateway accepts ${at}`
      : `${p.path} appears twice in the same object ${at}; send each field once`;
  throw new GatewayError(code, { detail, details: { path: p.path } });
}

/**
 * Parses a REST body: shape first (depth, duplicate keys), then JSON.parse, then the text
 * rules. Every refusal is GW_VALIDATION (400) naming where; a syntax error keeps the parser's
 * position.
 */
export function parseRequestJson(text: string, root = 'body'): unknown {
  const shape = scanJson(text, root);
  if (shape) refuseShape(shape, 'GW_VALIDATION');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new GatewayError('GW_VALIDATION', { cause, detail: `${root} is not valid JSON: ${(cause as Error).message}`, details: { path: root } });
  }
  requireCleanText(value, root);
  return value;
}
