/**
 * Reading the `input` of a national-interface message field by field. Every refusal is a
 * GW_VALIDATION naming the field by its path in the message (`input.feedetail[3].cnt`), so
 * the HIS developer sees which field of which line is wrong.
 *
 * Numbers are tolerated as JSON numbers or strings (national-interface.md: "some send it as a
 * string"): `16`, `16.0`, `"16.00"` all read as the amount "16.00". Places follow the
 * interface's (precision, scale): amounts (16,2), quantities (16,4), prices (16,6); a value
 * with more places than its scale is refused rather than rounded — rounding belongs to the
 * engine at its documented points.
 */
import { Decimal } from 'decimal.js';
import { GatewayError } from '../errors/gateway-error.ts';
import { isLosslessNumber } from './wire.ts';

/** Largest length of any text field the gateway accepts when the profile names no limit. */
const DEFAULT_MAX_LENGTH = 1000;

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function bad(path: string, why: string, cause?: unknown): GatewayError {
  return new GatewayError('GW_VALIDATION', { cause, detail: `${path} ${why}`, details: { path } });
}

/** (precision, scale) of the interface's decimal columns. */
export const SCALES = {
  amount: { precision: 16, scale: 2 },
  quantity: { precision: 16, scale: 4 },
  price: { precision: 16, scale: 6 },
  ratio: { precision: 5, scale: 4 },
} as const;
export type Scale = keyof typeof SCALES;

/** A decimal value as text, checked against (precision, scale); `null` when it is not numeric. */
export function readDecimal(value: unknown, kind: Scale): Decimal | null {
  const text = isLosslessNumber(value) ? value.value : typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
  if (text === null || !NUMERIC.test(text)) return null;
  const d = new Decimal(text);
  const { precision, scale } = SCALES[kind];
  if (d.decimalPlaces() > scale) return null;
  if (d.abs().gte(new Decimal(10).pow(precision - scale))) return null;
  return d;
}

/** An input object with the path it sits at, for field-named refusals. */
export class Fields {
  private constructor(
    private readonly values: Readonly<Record<string, unknown>>,
    readonly path: string,
    private readonly lengths: Readonly<Record<string, number>>,
  ) {}

  static of(value: unknown, path: string, lengths: Readonly<Record<string, number>>): Fields {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw bad(path, 'must be an object');
    return new Fields(value as Record<string, unknown>, path, lengths);
  }

  private at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  has(key: string): boolean {
    const v = this.values[key];
    return v !== undefined && v !== null && v !== '';
  }

  /** Raw value, for the few fields whose type varies (a nested object or a list). */
  raw(key: string): unknown {
    return this.values[key];
  }

  /** A text field; numbers sent for codes (`"insutype": 390`) read as their digits. Empty reads as absent. */
  optText(key: string): string | undefined {
    const v = this.values[key];
    if (v === undefined || v === null) return undefined;
    const text = typeof v === 'string' ? v.trim() : isLosslessNumber(v) ? v.value : typeof v === 'number' ? String(v) : undefined;
    if (text === undefined) throw bad(this.at(key), 'must be text');
    if (text === '') return undefined;
    const max = this.lengths[key] ?? DEFAULT_MAX_LENGTH;
    if (text.length > max) throw bad(this.at(key), `is longer than ${max} characters`);
    return text;
  }

  text(key: string): string {
    const v = this.optText(key);
    if (v === undefined) throw bad(this.at(key), 'is required');
    return v;
  }

  /** A code from a fixed set (`flag('acct_used_flag', ['0','1'])`). */
  optCode<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const v = this.optText(key);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) throw bad(this.at(key), `must be one of ${allowed.join(', ')}`);
    return v as T;
  }

  code<T extends string>(key: string, allowed: readonly T[]): T {
    const v = this.optCode(key, allowed);
    if (v === undefined) throw bad(this.at(key), 'is required');
    return v;
  }

  private decimal(key: string, kind: Scale): Decimal | undefined {
    const v = this.values[key];
    if (v === undefined || v === null || v === '') return undefined;
    const d = readDecimal(v, kind);
    if (!d) {
      const { precision, scale } = SCALES[kind];
      throw bad(this.at(key), `must be a number with at most ${precision - scale} digits before and ${scale} after the point`);
    }
    return d;
  }

  /** An amount (16,2) as the gateway's money string: 16 → "16.00". */
  optAmount(key: string): string | undefined {
    return this.decimal(key, 'amount')?.toFixed(2);
  }

  amount(key: string): string {
    const v = this.optAmount(key);
    if (v === undefined) throw bad(this.at(key), 'is required');
    return v;
  }

  /** A quantity (16,4) in plain notation: "20", "-1", "0.5"; never zero (a line of nothing). */
  quantity(key: string): string {
    const d = this.decimal(key, 'quantity');
    if (!d) throw bad(this.at(key), 'is required');
    if (d.isZero()) throw bad(this.at(key), 'must not be zero (a refund is a negative count)');
    return d.toFixed();
  }

  /** A unit price (16,6) in plain notation; never negative. */
  price(key: string): string {
    const d = this.decimal(key, 'price');
    if (!d) throw bad(this.at(key), 'is required');
    if (d.isNegative()) throw bad(this.at(key), 'must not be negative');
    return d.toFixed();
  }

  /** A nested object (`input.data`, `input.mdtrtinfo`). */
  obj(key: string): Fields {
    return Fields.of(this.values[key], this.at(key), this.lengths);
  }

  optObj(key: string): Fields | undefined {
    return this.has(key) ? this.obj(key) : undefined;
  }

  /** A list of objects (`input.feedetail`); a single object is read as a list of one. */
  list(key: string, { min = 0 }: { min?: number } = {}): Fields[] {
    const v = this.values[key];
    const items = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
    if (items.length < min) throw bad(this.at(key), min === 1 ? 'must hold at least one item' : `must hold at least ${min} items`);
    return items.map((item, i) => Fields.of(item, `${this.at(key)}[${i}]`, this.lengths));
  }

  /**
   * A date-time as the interface writes it, `yyyy-MM-dd HH:mm:ss` (a bare `yyyy-MM-dd` reads
   * as midnight; `yyyyMMddHHmmss` is tolerated): returned as `yyyy-MM-dd HH:mm:ss`.
   */
  optDateTime(key: string): string | undefined {
    const v = this.optText(key);
    if (v === undefined) return undefined;
    const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[ T]?(\d{2}):?(\d{2}):?(\d{2}))?$/.exec(v);
    if (!m) throw bad(this.at(key), 'must be a date-time yyyy-MM-dd HH:mm:ss');
    const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
    const probe = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
    if (Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 19) !== `${y}-${mo}-${d}T${h}:${mi}:${s}`) throw bad(this.at(key), 'is not a real date-time');
    return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
  }

  dateTime(key: string): string {
    const v = this.optDateTime(key);
    if (v === undefined) throw bad(this.at(key), 'is required');
    return v;
  }

  /** A date `yyyy-MM-dd` (the date part of a date-time is accepted). */
  optDate(key: string): string | undefined {
    return this.optDateTime(key)?.slice(0, 10);
  }
}
