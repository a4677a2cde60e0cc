/**
 * The hospital's calendar: China Standard Time (UTC+8, no daylight saving). The gateway keeps
 * instants in UTC; a settlement's date, its benefit year and a day of totals are CST days,
 * so a sale at 2027-01-01 07:30 in Beijing (2026-12-31T23:30Z) counts in 2027.
 */
import { GatewayError } from './errors/gateway-error.ts';

const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The CST day of an instant, yyyy-MM-dd. */
export function cstDay(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as the hospital's clock shows it: 2026-11-22T13:03:37.123Z → "2026-11-22 21:03:37". */
export function cstDateTime(at: Date): string {
  const iso = new Date(at.getTime() + CST_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The CST calendar year of an instant: the benefit year a settlement at that instant uses. */
export function cstYear(at: Date): number {
  return new Date(at.getTime() + CST_OFFSET_MS).getUTCFullYear();
}

/** True for a real calendar day written yyyy-MM-dd (2026-02-28 yes; 2026-02-30, 2026-13-45 no). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}

/** Refuses anything but a real day, naming the field: GW_VALIDATION "querystring.date must be a real calendar day". */
export function requireCalendarDay(text: string, path: string): string {
  if (!isCalendarDay(text)) {
    throw new GatewayError('GW_VALIDATION', { detail: `${path} must be a real calendar day, yyyy-MM-dd (got ${JSON.stringify(text.slice(0, 20))})`, details: { path } });
  }
  return text;
}

/** The UTC instants a CST day runs between: 2026-11-22 → [2026-11-21T16:00:00.000Z, 2026-11-22T16:00:00.000Z). */
export function cstDayRange(date: string): { from: string; to: string } {
  const start = Date.parse(`${date}T00:00:00Z`) - CST_OFFSET_MS;
  return { from: new Date(start).toISOString(), to: new Date(start + DAY_MS).toISOString() };
}
