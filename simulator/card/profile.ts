/**
 * Card profiles: one insured person and their card, as data files in `profiles/*.json`
 * (schema: `profiles/schema.json`, documented in simulator/docs/technician.md). The gateway
 * and the centre simulator read the same files as their demo population.
 *
 * Loading validates the schema (ajv) and then the facts a schema cannot express: check
 * characters, that every field fits its record (by encoding the files), and that the
 * insurance facts agree with the card.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { isValidCardNumber, isValidIdNumber, idNumberBirthDate, idNumberSex } from '../../protocol/sscard/check-chars.ts';
import { CodecError } from '../../protocol/apdu/errors.ts';
import {
  DF04_EF05_FIELDS,
  DF04_EF06_FIELDS,
  EF05_FIELDS,
  EF06_FIELDS,
  encodeFile,
  parseCardIdCode,
  type Df04Ef05,
  type Df04Ef06,
  type Ef05,
  type Ef06,
  type SpecVersion,
} from '../../protocol/sscard/records.ts';
import type { CardProtocol } from './atr.ts';

export type PersonCategory = 'adult' | 'minor' | 'student' | 'elderly_low_income';
export type SpecialDisease = 'cancer_chemo_radio' | 'transplant_antirejection' | 'uremia_dialysis' | 'tuberculosis' | 'mental_illness' | 'diabetes_insulin';

/** DF04 EF05 tag 82 person type codes (SPEC.md). */
export const PERSON_TYPE_CODE: Readonly<Record<PersonCategory, string>> = {
  adult: '11',
  minor: '12',
  student: '13',
  elderly_low_income: '14',
};

export interface InsuranceFacts {
  readonly admdvs: string;
  readonly insutype: '310' | '390';
  readonly personCategory: PersonCategory;
  readonly birthDate: string;
  readonly contributionYears: number;
  readonly bloodDisease: boolean;
  readonly specialDiseases: readonly SpecialDisease[];
  /** Yuan with 2 decimals, as a string (money is never a float). */
  readonly accountBalance: string;
  readonly blocklisted: boolean;
  readonly personNumber: string;
}

export interface CardProfile {
  readonly name: string;
  readonly description: string;
  readonly descriptionZh?: string;
  readonly generation: SpecVersion;
  readonly protocol?: CardProtocol;
  readonly pin: string;
  readonly pinTries: number;
  readonly pinMaxTries: number;
  readonly clone: boolean;
  readonly ef05: Ef05;
  readonly ef06: Ef06;
  readonly df04: { readonly ef05: Df04Ef05; readonly ef06: Df04Ef06 };
  readonly insurance: InsuranceFacts;
}

export class ProfileError extends Error {
  readonly problems: readonly string[];
  constructor(source: string, problems: readonly string[], options: { cause?: unknown } = {}) {
    super(`card profile ${source} is not valid:\n  - ${problems.join('\n  - ')}`, options);
    this.name = 'ProfileError';
    this.problems = problems;
  }
}

export const PROFILES_DIR = fileURLToPath(new URL('./profiles/', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(join(PROFILES_DIR, 'schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
const validateSchema = ajv.compile<CardProfile>(SCHEMA);

export function protocolOf(profile: CardProfile): CardProtocol {
  return profile.protocol ?? (profile.generation === '1.00' ? 'T=0' : 'T=1');
}

/** Every problem with a profile object, empty when it is valid. */
export function profileProblems(value: unknown): string[] {
  if (!validateSchema(value)) {
    return (validateSchema.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${String(e.params.allowedValues)})` : ''}`);
  }
  const p = value;
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  const tryEncode = (what: string, fn: () => unknown): void => {
    try {
      fn();
    } catch (err) {
      if (!(err instanceof CodecError)) throw err;
      problems.push(`${what}: ${err.message}`);
    }
  };
  tryEncode('/ef05', () => encodeFile(EF05_FIELDS, p.ef05));
  tryEncode('/ef06', () => encodeFile(EF06_FIELDS, p.ef06));
  tryEncode('/df04/ef05', () => encodeFile(DF04_EF05_FIELDS, p.df04.ef05));
  tryEncode('/df04/ef06', () => encodeFile(DF04_EF06_FIELDS, p.df04.ef06));
  tryEncode('/ef05/cardIdCode', () => parseCardIdCode(p.ef05.cardIdCode));
  check(p.ef05.specVersion === p.generation, `/ef05/specVersion ${p.ef05.specVersion} differs from generation ${p.generation}`);
  check(isValidCardNumber(p.ef05.cardNumber), `/ef05/cardNumber ${p.ef05.cardNumber} has a wrong check character`);
  check(isValidIdNumber(p.ef06.idNumber), `/ef06/idNumber has a wrong check character (ISO 7064 MOD 11-2)`);
  if (isValidIdNumber(p.ef06.idNumber)) {
    check(idNumberBirthDate(p.ef06.idNumber) === p.ef06.birthDate, '/ef06/birthDate differs from the birth date in the ID number');
    check(idNumberSex(p.ef06.idNumber) === p.ef06.sex, '/ef06/sex differs from the sex digit of the ID number');
  }
  check(p.generation !== '1.00' || p.ef06.nameExtension === undefined, '/ef06/nameExtension: 1.00 cards have no name extension');
  check(p.ef05.issueDate < p.ef05.expiryDate, '/ef05/expiryDate is not after the issue date');
  check(p.pinTries <= p.pinMaxTries, '/pinTries exceeds pinMaxTries');
  check(p.insurance.birthDate === p.ef06.birthDate, '/insurance/birthDate differs from /ef06/birthDate');
  check(p.df04.ef05.insuredRegion === p.insurance.admdvs, '/df04/ef05/insuredRegion differs from /insurance/admdvs');
  check(p.df04.ef05.insuranceType === p.insurance.insutype, '/df04/ef05/insuranceType differs from /insurance/insutype');
  check(p.df04.ef05.personType === PERSON_TYPE_CODE[p.insurance.personCategory], `/df04/ef05/personType must be ${PERSON_TYPE_CODE[p.insurance.personCategory]} for ${p.insurance.personCategory}`);
  check(p.df04.ef05.personNumber === p.insurance.personNumber, '/df04/ef05/personNumber differs from /insurance/personNumber');
  return problems;
}

export function parseProfile(value: unknown, source = 'object'): CardProfile {
  const problems = profileProblems(value);
  if (problems.length > 0) throw new ProfileError(source, problems);
  return value as CardProfile;
}

export function loadProfileFile(path: string): CardProfile {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ProfileError(path, [`cannot read JSON: ${(cause as Error).message}`], { cause });
  }
  const profile = parseProfile(value, path);
  const expected = basename(path, '.json');
  if (path.startsWith(PROFILES_DIR) && profile.name !== expected) throw new ProfileError(path, [`/name ${profile.name} differs from the file name ${expected}`]);
  return profile;
}

/** A shipped profile by name, or a path to a profile file. */
export function loadProfile(nameOrPath: string): CardProfile {
  if (nameOrPath.endsWith('.json') || nameOrPath.includes('/')) return loadProfileFile(nameOrPath);
  return loadProfileFile(join(PROFILES_DIR, `${nameOrPath}.json`));
}

export function profileNames(): string[] {
  return readdirSync(PROFILES_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Every shipped profile — the demo population of the gateway and the centre simulator. */
export function loadAllProfiles(): CardProfile[] {
  return profileNames().map((n) => loadProfile(n));
}
