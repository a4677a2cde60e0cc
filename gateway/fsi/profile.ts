/**
 * Regional variants of the national interface as data: field lengths, 'A' transaction
 * variants, authentication and URL styles are configuration, not code. A profile is a JSON file under
 * `profiles/`; adding a region's quirks is adding a file, validated at load with the path of
 * the bad field. `national.json` is the default.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { GatewayError } from '../errors/gateway-error.ts';
import type { NumberStyle } from './wire.ts';
import type { FsiAuthScheme } from './auth.ts';

export interface FsiProfile {
  readonly id: string;
  readonly description: string;
  /** Transaction codes the region uses for a national one: `{ "2203A": "2203" }`. */
  readonly aliases: Readonly<Record<string, string>>;
  /** msgid length the region requires (30 nationally: institution 12 + yyyyMMddHHmmss + 4), or null for any length up to field_lengths.msgid. */
  readonly msgid_length: number | null;
  /** Amounts out as JSON number literals (`51.00`, national) or as strings (`"51.00"`). */
  readonly numbers: NumberStyle;
  /** `infcode` out as a number (0 / -1) or a string ("0" / "-1"). */
  readonly infcode: 'number' | 'string';
  /** Local time of the interface's date-times, minutes east of UTC (China 480). */
  readonly utc_offset_minutes: number;
  /** Business transactions need the `sign_no` of an open 9001 sign-in. */
  readonly require_sign_in: boolean;
  /** Refuse a message whose `fixmedins_code` is not this gateway's institution. */
  readonly check_institution: boolean;
  /** Longest accepted text per national field name; unnamed fields accept up to 1000 characters. */
  readonly field_lengths: Readonly<Record<string, number>>;
  /**
   * How the region's HIS authenticate (auth.ts): the platform gateway's convention, verified
   * with the credential the site configures. Default: the gateway's own API keys only.
   */
  readonly auth?: { readonly scheme: 'gateway-key' | FsiAuthScheme; readonly max_skew_seconds: number };
  /**
   * Base paths the region's HIS post to besides /fsi/api/tx, e.g. `/isp-api/powercsb`. Each
   * also takes the infno appended (`…/2207`) or as a query (`?i=2207`, `?infno=2207`).
   */
  readonly paths?: readonly string[];
}

const PROFILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'description', 'aliases', 'msgid_length', 'numbers', 'infcode', 'utc_offset_minutes', 'require_sign_in', 'check_institution', 'field_lengths'],
  properties: {
    $comment: { type: 'string' },
    id: { type: 'string', pattern: '^[a-z0-9-]+$' },
    description: { type: 'string' },
    aliases: { type: 'object', additionalProperties: { type: 'string', pattern: '^\\d{4}$' } },
    msgid_length: { type: ['integer', 'null'], minimum: 1, maximum: 64 },
    numbers: { enum: ['number', 'string'] },
    infcode: { enum: ['number', 'string'] },
    utc_offset_minutes: { type: 'integer', minimum: -720, maximum: 840 },
    require_sign_in: { type: 'boolean' },
    check_institution: { type: 'boolean' },
    field_lengths: { type: 'object', additionalProperties: { type: 'integer', minimum: 1, maximum: 100000 } },
    auth: {
      type: 'object', additionalProperties: false, required: ['scheme', 'max_skew_seconds'],
      properties: { scheme: { enum: ['gateway-key', 'tif', 'csb', 'apikey', 'none'] }, max_skew_seconds: { type: 'integer', minimum: 1, maximum: 3600 } },
    },
    paths: { type: 'array', items: { type: 'string', pattern: '^(/[A-Za-z0-9._~-]+)+$' } },
  },
} as const;

const validate = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true }).compile(PROFILE_SCHEMA);

export const PROFILE_DIR = new URL('./profiles/', import.meta.url);

/** Checks a parsed profile; a bad one is a GW_CONFIG naming the field. */
export function profileFromJson(json: unknown, source = 'profile'): FsiProfile {
  if (!validate(json)) {
    const e = validate.errors?.[0];
    const field = e?.keyword === 'required' ? `/${String(e.params.missingProperty)}` : e?.keyword === 'additionalProperties' ? `${e.instancePath}/${String(e.params.additionalProperty)}` : (e?.instancePath ?? '');
    throw new GatewayError('GW_CONFIG', { detail: `${source}${field.replaceAll('/', '.')} ${e?.message ?? 'is invalid'}`, details: { option: 'fsi profile', path: field } });
  }
  return json as unknown as FsiProfile;
}

/** Loads `profiles/<name>.json`, or a file path when `nameOrFile` contains a slash. */
export function loadFsiProfile(nameOrFile = 'national'): FsiProfile {
  const url = nameOrFile.includes('/') ? nameOrFile : new URL(`${nameOrFile}.json`, PROFILE_DIR);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(url, 'utf8'));
  } catch (cause) {
    throw new GatewayError('GW_CONFIG', { cause, detail: `cannot read national-interface profile ${nameOrFile}` });
  }
  return profileFromJson(parsed, nameOrFile);
}
