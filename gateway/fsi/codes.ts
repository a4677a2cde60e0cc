/**
 * National code tables the endpoint reads, derived from the one place each is mapped:
 * `med_type` from settlement/record.ts MED_TYPE_CODES (engine type → national code), read
 * backwards here. National 52 (生育住院) is both natural birth and caesarean to the engine,
 * so a 52 message names which in the extra field `gw_birth_mode` (natural | caesarean).
 *
 *   "11" → outpatient   "13" → emergency_outpatient   "14" → special_outpatient
 *   "21" → inpatient    "41" → pharmacy               "52" + gw_birth_mode → maternity_*
 */
import { GatewayError } from '../errors/gateway-error.ts';
import type { MedType } from '../engine/index.ts';
import { MED_TYPE_CODES } from '../settlement/record.ts';
import type { Fields } from './fields.ts';

const BY_CODE = new Map<string, MedType[]>();
for (const [type, code] of Object.entries(MED_TYPE_CODES) as Array<[MedType, string]>) BY_CODE.set(code, [...(BY_CODE.get(code) ?? []), type]);

/** The engine's visit type for the message's `med_type` (and `gw_birth_mode` for 52). */
export function medTypeOf(f: Fields, key = 'med_type'): MedType {
  const code = f.text(key);
  const types = BY_CODE.get(code);
  if (!types) {
    throw new GatewayError('GW_VALIDATION', { detail: `${f.path}.${key} must be one of ${[...BY_CODE.keys()].join(', ')}`, details: { path: `${f.path}.${key}`, allowed: [...BY_CODE.keys()] } });
  }
  if (types.length === 1) return types[0]!;
  const mode = f.code('gw_birth_mode', ['natural', 'caesarean'] as const);
  return mode === 'natural' ? 'maternity_natural' : 'maternity_caesarean';
}
