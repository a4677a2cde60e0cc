/**
 * The centre names a person's type with a national `psn_type` code; the engine wants a
 * benefit category. This table is the one place that maps them. Codes follow the national
 * interface's usage (11xx employees, 15xx residents); an unknown code falls back on age.
 */
import type { Category } from '../engine/index.ts';

const BY_PSN_TYPE: Readonly<Record<string, Category>> = {
  '1101': 'adult', // employee in service
  '1102': 'adult', // retired employee
  '1501': 'adult', // resident adult
  '1502': 'minor', // resident minor (under 18)
  '1503': 'student', // student
  '1504': 'elderly_low_income', // elderly low-income resident
  '1505': 'disabled', // severely disabled resident
  '1506': 'low_income', // low-income (dibao) household member
};

export function categoryOf(psnType: string, birthDate: string, today: string): Category {
  const known = BY_PSN_TYPE[psnType];
  if (known) return known;
  return ageOn(birthDate, today) < 18 ? 'minor' : 'adult';
}

/** Whole years between a yyyy-MM-dd birth date and a yyyy-MM-dd day. */
export function ageOn(birthDate: string, day: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Centre insutype codes: 310 employees' basic, 390 residents' basic. */
export function insutypeOf(code: string): 'resident' | 'employee' | undefined {
  if (code === '310') return 'employee';
  if (code === '390') return 'resident';
  return undefined;
}
