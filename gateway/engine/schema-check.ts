/**
 * The Ajv options for the engine's three wire formats (trial request, policy file,
 * catalogue file) and the one translation of an Ajv error into the path a person reads:
 * `/lines/0/cnt` → `lines[0].cnt`; a missing or unknown field is named in the path too.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';

// verbose: errors carry their schema, so a pattern error can say what the pattern means.
// inlineRefs false: a `$ref` becomes one function called from each place, instead of its
// code pasted at each place — the policy schema's visit rule is referenced 14 times, and
// inlined it made a 2 MB validator that took ~1.1 CPU-s to compile at every process start.
export const AJV_OPTIONS = { allErrors: false, strict: true, allowUnionTypes: true, verbose: true, inlineRefs: false } as const;
// Every validator is compiled ahead of time with these options (validators-codegen.ts →
// generated/validators.js), so no process pays Ajv's compile at start.

export interface SchemaProblem {
  /** Where: `lines[0].cnt`, `visits.inpatient.ratio.level_3`; `(root)` for the document itself. */
  readonly path: string;
  /** What Ajv said, e.g. "must match pattern …", "unknown field", "is required". */
  readonly problem: string;
  readonly allowed?: readonly unknown[];
}

export function jsonPath(instancePath: string, extra?: string): string {
  let out = '';
  const parts = instancePath === '' ? [] : instancePath.slice(1).split('/');
  if (extra !== undefined) parts.push(extra);
  for (const raw of parts) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

export function describe(error: ErrorObject): SchemaProblem {
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: jsonPath(error.instancePath, String(error.params.additionalProperty)), problem: 'unknown field' };
    case 'required':
      return { path: jsonPath(error.instancePath, String(error.params.missingProperty)), problem: 'is required' };
    case 'enum':
      return { path: jsonPath(error.instancePath), problem: 'is not one of the allowed values', allowed: error.params.allowedValues as unknown[] };
    case 'const':
      return { path: jsonPath(error.instancePath), problem: 'is not the allowed value', allowed: [error.params.allowedValue] };
    case 'pattern': {
      const description = (error.parentSchema as { description?: unknown } | undefined)?.description;
      return { path: jsonPath(error.instancePath), problem: typeof description === 'string' ? `must be ${description}` : error.message ?? 'has the wrong format' };
    }
    default:
      return { path: jsonPath(error.instancePath), problem: error.message ?? error.keyword };
  }
}

/** Runs a compiled validator; answers the first problem, or undefined when valid. */
export function firstProblem(validate: ValidateFunction, value: unknown): SchemaProblem | undefined {
  if (validate(value)) return undefined;
  const error = validate.errors?.[0];
  return error ? describe(error) : { path: '(root)', problem: 'invalid' };
}
