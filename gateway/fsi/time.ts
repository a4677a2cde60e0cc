/**
 * The interface's clock formats, in the region's local time (profile `utc_offset_minutes`,
 * China +08:00 — national-interface.md "Envelope"):
 *   inf_time, setl_time, begntime  `yyyy-MM-dd HH:mm:ss`   2026-11-22 21:03:37
 *   refmsg_time, respond_time      `yyyyMMddHHmmssSSS`     20261122210337123
 * The gateway stores instants in UTC ISO form; only this file converts.
 */

function shifted(at: Date, offsetMinutes: number): string {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString();
}

/** 2026-11-22T13:03:37.123Z at +480 → "2026-11-22 21:03:37". */
export function localDateTime(at: Date, offsetMinutes: number): string {
  const iso = shifted(at, offsetMinutes);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** 2026-11-22T13:03:37.123Z at +480 → "2026-11-22". */
export function localDate(at: Date, offsetMinutes: number): string {
  return shifted(at, offsetMinutes).slice(0, 10);
}

/** 2026-11-22T13:03:37.123Z at +480 → "20261122210337123". */
export function compactStamp(at: Date, offsetMinutes: number): string {
  return shifted(at, offsetMinutes).replace(/[-:TZ.]/g, '');
}
