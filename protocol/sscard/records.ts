/**
 * The record layouts of the social security card, declared once as data (STYLE.md item 10)
 * and used by both the virtual card (to build its files) and the driver (to decode them).
 * Sources: shared/reference/social-security-card.md (EF05, EF06 of SSSE) and
 * protocol/sscard/SPEC.md (DF04, the product's use of the medical tags).
 *
 * A file's values are an object keyed by field name; its type is derived from the table.
 *   EF05 tag 07 `07 09 413132333435363738` ↔ { cardNumber: "A12345678" }
 */
import { hex } from '../apdu/errors.ts';
import { decodeField, encodeField, FieldFormatError, type FieldEncoding } from './fields.ts';
import type { TlvRecord } from './tlv.ts';

export type SpecVersion = '1.00' | '2.00' | '3.00';
export const SPEC_VERSIONS: readonly SpecVersion[] = ['1.00', '2.00', '3.00'];

export interface FieldDef {
  readonly tag: number;
  /** Property name in the decoded object. */
  readonly name: string;
  /** The specification's Chinese name. */
  readonly zh: string;
  /** Value bytes (the record's length byte). */
  readonly length: number;
  readonly encoding: FieldEncoding;
  /** Absent on some cards (e.g. the name extension on 1.0 cards answers 6A83). */
  readonly optional?: boolean;
  /** Generations that carry the field; all when absent. */
  readonly generations?: readonly SpecVersion[];
}

/** SSSE EF05 — issuer data; tag = record number. */
export const EF05_FIELDS = [
  { tag: 0x01, name: 'cardIdCode', zh: '卡识别码', length: 16, encoding: 'binary' },
  { tag: 0x02, name: 'cardType', zh: '卡类别', length: 1, encoding: 'ascii' },
  { tag: 0x03, name: 'specVersion', zh: '规范版本', length: 4, encoding: 'ascii' },
  { tag: 0x04, name: 'initOrg', zh: '初始化机构编号', length: 12, encoding: 'binary' },
  { tag: 0x05, name: 'issueDate', zh: '发卡日期', length: 4, encoding: 'date' },
  { tag: 0x06, name: 'expiryDate', zh: '卡有效期', length: 4, encoding: 'date' },
  { tag: 0x07, name: 'cardNumber', zh: '卡号', length: 9, encoding: 'ascii' },
] as const satisfies readonly FieldDef[];

/** SSSE EF06 — holder data; record numbers differ between generations, so address by tag. */
export const EF06_FIELDS = [
  { tag: 0x08, name: 'idNumber', zh: '社会保障号码', length: 18, encoding: 'ascii' },
  { tag: 0x09, name: 'name', zh: '姓名', length: 30, encoding: 'gbk' },
  { tag: 0x4e, name: 'nameExtension', zh: '姓名扩展', length: 20, encoding: 'gbk', optional: true, generations: ['2.00', '3.00'] },
  { tag: 0x0a, name: 'sex', zh: '性别', length: 1, encoding: 'ascii' },
  { tag: 0x0b, name: 'nation', zh: '民族', length: 1, encoding: 'bcd' },
  { tag: 0x0c, name: 'birthplace', zh: '出生地', length: 3, encoding: 'bcd' },
  { tag: 0x0d, name: 'birthDate', zh: '出生日期', length: 4, encoding: 'date' },
] as const satisfies readonly FieldDef[];

/** DF04 (medical, AID D15600000503) EF05 — basic medical-insurance information (SPEC.md). */
export const DF04_EF05_FIELDS = [
  { tag: 0x80, name: 'insuredRegion', zh: '参保地', length: 3, encoding: 'bcd' },
  { tag: 0x81, name: 'insuranceType', zh: '险种', length: 3, encoding: 'ascii' },
  { tag: 0x82, name: 'personType', zh: '人员类别', length: 2, encoding: 'ascii' },
  { tag: 0x83, name: 'personNumber', zh: '人员编号', length: 16, encoding: 'ascii' },
] as const satisfies readonly FieldDef[];

/** DF04 EF06 — offline-settlement information (SPEC.md). */
export const DF04_EF06_FIELDS = [
  { tag: 0x90, name: 'lastOnline', zh: '最近联网确认时间', length: 7, encoding: 'datetime' },
  { tag: 0x92, name: 'offlineCount', zh: '脱机结算次数', length: 1, encoding: 'uint' },
  { tag: 0x93, name: 'offlineAmountFen', zh: '脱机结算金额(分)', length: 4, encoding: 'uint' },
] as const satisfies readonly FieldDef[];

type ValueOf<F> = F extends { readonly encoding: 'uint' } ? number : string;

/** The decoded object of a file, derived from its table: optional fields become `?:`. */
export type FileValues<D extends readonly FieldDef[]> = {
  -readonly [F in D[number] as F extends { readonly optional: true } ? never : F['name']]: ValueOf<F>;
} & {
  -readonly [F in D[number] as F extends { readonly optional: true } ? F['name'] : never]?: ValueOf<F>;
};

export type Ef05 = FileValues<typeof EF05_FIELDS>;
export type Ef06 = FileValues<typeof EF06_FIELDS>;
export type Df04Ef05 = FileValues<typeof DF04_EF05_FIELDS>;
export type Df04Ef06 = FileValues<typeof DF04_EF06_FIELDS>;

export function fieldByTag(defs: readonly FieldDef[], tag: number): FieldDef | undefined {
  return defs.find((d) => d.tag === tag);
}

/** Encodes a file's values into its records, in table order; absent optional fields are skipped. */
export function encodeFile<D extends readonly FieldDef[]>(defs: D, values: FileValues<D>): TlvRecord[] {
  const bag = values as Record<string, unknown>;
  const out: TlvRecord[] = [];
  for (const def of defs) {
    const value = bag[def.name];
    if (value === undefined) {
      if (def.optional) continue;
      throw new FieldFormatError(`field ${def.name} (tag ${def.tag.toString(16).toUpperCase()}) is required`);
    }
    if (typeof value !== 'string' && typeof value !== 'number') throw new FieldFormatError(`field ${def.name} must be a string or a number`);
    out.push({ tag: def.tag, value: encodeField(def.encoding, value, def.length) });
  }
  for (const key of Object.keys(bag)) {
    if (bag[key] !== undefined && !defs.some((d) => d.name === key)) throw new FieldFormatError(`no field named ${key} in this file`);
  }
  return out;
}

/**
 * Decodes one record of a known file: the tag must be in the table and the length must
 * match it exactly.
 */
export function decodeFieldRecord(defs: readonly FieldDef[], record: TlvRecord): { def: FieldDef; value: string | number } {
  const def = fieldByTag(defs, record.tag);
  if (!def) throw new FieldFormatError(`tag ${record.tag.toString(16).toUpperCase().padStart(2, '0')} is not in this file`, { input: hex(record.value) });
  if (record.value.length !== def.length) {
    throw new FieldFormatError(`${def.name} (tag ${def.tag.toString(16).toUpperCase()}) is ${def.length} bytes, got ${record.value.length}`, { input: hex(record.value) });
  }
  return { def, value: decodeField(def.encoding, record.value, def.length) };
}

/** Decodes a file's records into its values; unknown, duplicate or missing required tags are errors. */
export function decodeFile<D extends readonly FieldDef[]>(defs: D, records: readonly TlvRecord[]): FileValues<D> {
  const out: Record<string, string | number> = {};
  for (const record of records) {
    const { def, value } = decodeFieldRecord(defs, record);
    if (def.name in out) throw new FieldFormatError(`tag ${def.tag.toString(16).toUpperCase()} appears twice`);
    out[def.name] = value;
  }
  for (const def of defs) {
    if (!def.optional && !(def.name in out)) throw new FieldFormatError(`required field ${def.name} (tag ${def.tag.toString(16).toUpperCase()}) is missing`);
  }
  return out as FileValues<D>;
}

// ---- EF05 tag 01, the card identification code ------------------------------------------

/** `D156000005`: the RID + PIX prefix every social security card's identification code carries. */
export const CARD_ID_RID = 'D156000005';

export interface CardIdCode {
  /** 6-digit region code (3 bytes BCD), e.g. "152200". */
  readonly region: string;
  /** The 8 card-unique bytes as upper-case hex — the card key diversification factor. */
  readonly unique: string;
}

/**
 * `152200 D156000005 0123456789ABCDEF` → { region: "152200", unique: "0123456789ABCDEF" }.
 */
export function parseCardIdCode(code: string): CardIdCode {
  const m = /^([0-9]{6})D156000005([0-9A-F]{16})$/.exec(code);
  if (!m) throw new FieldFormatError(`not a card identification code (region BCD + ${CARD_ID_RID} + 8 bytes): ${JSON.stringify(code)}`);
  return { region: m[1]!, unique: m[2]! };
}

export function makeCardIdCode(parts: CardIdCode): string {
  const code = `${parts.region}${CARD_ID_RID}${parts.unique.toUpperCase()}`;
  parseCardIdCode(code);
  return code;
}
