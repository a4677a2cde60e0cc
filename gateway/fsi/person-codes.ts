/**
 * The national codes of a person the gateway knows, as 1101 and every settlement's setlinfo
 * answer them: gend from the ID number, psn_type from the benefit category, age on a day.
 */
import type { Person } from '../store/persons.ts';
import { ageOn } from '../persons/person-types.ts';

/**
 * The gateway keeps a person's benefit category, not the centre's psn_type code; this is the
 * code answered for each category (the inverse of persons/person-types.ts BY_PSN_TYPE, taking
 * "in service" for employees — a retired employee also answers 1101; CONFORMANCE.md).
 */
export const PSN_TYPE_OF: Readonly<Record<Person['insutype'], Readonly<Record<string, string>>>> = {
  employee: { adult: '1101', minor: '1101', student: '1101', elderly_low_income: '1101', disabled: '1101', low_income: '1101' },
  resident: { adult: '1501', minor: '1502', student: '1503', elderly_low_income: '1504', disabled: '1505', low_income: '1506' },
};

/** GB 11643: the 17th character of an 18-character ID number is odd for men (gend 1), even for women (2). */
export function genderOf(certno: string): string | null {
  if (!/^\d{17}[\dXx]$/.test(certno)) return null;
  return Number(certno[16]) % 2 === 1 ? '1' : '2';
}

/** gend, naty, brdy, age (on `day`, yyyy-MM-dd), psn_type and cvlserv_flag of a known person; nulls when unknown. */
export function personCodes(p: Person | undefined, day: string): Record<string, string | number | null> {
  if (!p) return { gend: null, naty: null, brdy: null, age: null, psn_type: null, cvlserv_flag: null };
  return {
    gend: genderOf(p.certno),
    // The card and the centre's person answer carry no ethnicity the gateway keeps.
    naty: null,
    brdy: p.birth_date,
    age: ageOn(p.birth_date, day),
    psn_type: PSN_TYPE_OF[p.insutype][p.category] ?? null,
    // Civil-servant subsidy is not modelled by the engine (cvlserv_pay is 0.00): no one is flagged.
    cvlserv_flag: '0',
  };
}
