/**
 * Making a new card profile from a template (`yibao-sim card new --from TEMPLATE --out FILE`):
 * the person's identity numbers are regenerated with valid check characters, deterministically
 * from a seed so the same command gives the same card.
 *
 *   ID number   = admdvs(6) + birth date(8) + sequence(3, odd male / even female) + MOD 11-2 check
 *   card number = letter + 7 digits + check (weights 3,7,9,10,5,8,4,2; see check-chars.ts)
 *   card id     = card region(3 BCD) + D156000005 + 8 unique bytes
 */
import { createHash } from 'node:crypto';
import { makeCardNumber, makeIdNumber } from '../../protocol/sscard/check-chars.ts';
import { makeCardIdCode, parseCardIdCode } from '../../protocol/sscard/records.ts';
import { parseProfile, type CardProfile } from './profile.ts';

export interface NewProfileOptions {
  readonly name: string;
  readonly description?: string;
  readonly descriptionZh?: string;
  /** Holder name (GBK, at most 15 Chinese characters); the template's when absent. */
  readonly holderName?: string;
  readonly nameExtension?: string;
  readonly birthDate?: string;
  readonly sex?: '1' | '2';
  /** Anything; the same seed gives the same numbers. Defaults to the name. */
  readonly seed?: string;
}

function digitsFrom(hash: Buffer, count: number, offset: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(hash[(offset + i) % hash.length]! % 10);
  return out;
}

export function newProfile(template: CardProfile, options: NewProfileOptions): CardProfile {
  const hash = createHash('sha256').update(`yibao-sim card profile:${options.seed ?? options.name}`).digest();
  const birthDate = options.birthDate ?? template.ef06.birthDate;
  const sex = options.sex ?? template.ef06.sex;
  const seq = Number(digitsFrom(hash, 3, 0));
  const seqWithSex = (seq - (seq % 2) + (sex === '1' ? 1 : 0)) % 1000;
  const idNumber = makeIdNumber(`${template.insurance.admdvs}${birthDate}${String(seqWithSex).padStart(3, '0')}`);
  const letter = String.fromCharCode(0x41 + (hash[3]! % 26));
  const cardNumber = makeCardNumber(`${letter}${digitsFrom(hash, 7, 4)}`);
  const { region } = parseCardIdCode(template.ef05.cardIdCode);
  const cardIdCode = makeCardIdCode({ region, unique: hash.subarray(11, 19).toString('hex').toUpperCase() });
  const personNumber = `${template.insurance.admdvs}${digitsFrom(hash, 8, 19)}`;
  const { nameExtension: templateExtension, ...ef06Rest } = template.ef06;
  const nameExtension = options.nameExtension ?? (options.holderName === undefined ? templateExtension : template.generation === '1.00' ? undefined : '');
  const profile: CardProfile = {
    ...template,
    name: options.name,
    description: options.description ?? `${template.description} (made from ${template.name})`,
    ...(options.descriptionZh ?? template.descriptionZh ? { descriptionZh: options.descriptionZh ?? template.descriptionZh } : {}),
    ef05: { ...template.ef05, cardIdCode, cardNumber },
    ef06: {
      ...ef06Rest,
      idNumber,
      name: options.holderName ?? template.ef06.name,
      sex,
      birthDate,
      ...(nameExtension === undefined ? {} : { nameExtension }),
    },
    df04: { ...template.df04, ef05: { ...template.df04.ef05, personNumber } },
    insurance: { ...template.insurance, birthDate, personNumber },
  };
  return parseProfile(profile, `new profile ${options.name}`);
}
