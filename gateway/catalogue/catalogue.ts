/**
 * The medical-insurance catalogue (drugs, treatment items, service facilities, materials,
 * blood/protein products) with class A/B/C, flags and price ceilings, as data
 * (`demo-catalogue.json`), validated at load with the path of a bad field.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GatewayError } from '../errors/gateway-error.ts';
import { firstProblem } from '../engine/schema-check.ts';
import { validateCatalogue } from '../engine/generated/validators.js';
import { isRealDate } from '../engine/dates.ts';
import { parseScaled } from '../engine/fixed.ts';
import type { CatalogueCategory } from './schema.ts';

export interface CatalogueMarks {
  readonly essential?: boolean;
  readonly negotiated?: boolean;
  readonly children?: boolean;
  readonly direct_reimbursement?: boolean;
}

export interface CatalogueEntry {
  readonly code: string;
  readonly name: string;
  readonly category: CatalogueCategory;
  readonly class: 'A' | 'B' | 'C';
  readonly imported: boolean;
  readonly special_exam: boolean;
  /** The catalogue's marks (基本药物, 谈判药品, 儿童用药, 直报); absent ones are false. */
  readonly marks?: CatalogueMarks;
  /** Yuan, as in the file, or null when the entry has no ceiling. */
  readonly price_ceiling: string | null;
  /** The ceiling × 10^6 (the unit of `pric`), or null. */
  readonly ceiling_micro: number | null;
  readonly valid_from: string;
  readonly valid_to: string | null;
}

export interface Catalogue {
  readonly version: string;
  readonly published: string;
  /** The entry in force on `date` (yyyy-MM-dd), or undefined when the code is not in the catalogue then. */
  lookup(code: string, date: string): CatalogueEntry | undefined;
  readonly size: number;
}

export const DEFAULT_CATALOGUE_FILE = fileURLToPath(new URL('./demo-catalogue.json', import.meta.url));

function bad(file: string, path: string, problem: string, cause?: unknown): GatewayError {
  return new GatewayError('GW_CATALOGUE_FILE_INVALID', { cause, detail: `${file}: ${path} ${problem}`, details: { file, path, problem } });
}

/** Builds a catalogue from the parsed file content; `file` names it in errors. */
export function catalogueFromJson(json: unknown, file = '(inline)'): Catalogue {
  const problem = firstProblem(validateCatalogue, json);
  if (problem) throw bad(file, problem.path, problem.problem);
  const doc = json as { version: string; published: string; entries: Omit<CatalogueEntry, 'ceiling_micro'>[] };
  const byCode = new Map<string, CatalogueEntry[]>();
  doc.entries.forEach((e, i) => {
    for (const key of ['valid_from', 'valid_to'] as const) {
      const v = e[key];
      if (v !== null && !isRealDate(v)) throw bad(file, `entries[${i}].${key}`, 'is not a real calendar day');
    }
    if (e.valid_to !== null && e.valid_to < e.valid_from) throw bad(file, `entries[${i}].valid_to`, 'is before valid_from');
    const entry: CatalogueEntry = { ...e, ceiling_micro: e.price_ceiling === null ? null : parseScaled(e.price_ceiling, 6) };
    const list = byCode.get(e.code) ?? [];
    for (const other of list) {
      const overlaps = (other.valid_to === null || other.valid_to >= e.valid_from) && (e.valid_to === null || e.valid_to >= other.valid_from);
      if (overlaps) throw bad(file, `entries[${i}]`, `overlaps another entry for ${e.code}`);
    }
    list.push(entry);
    byCode.set(e.code, list);
  });
  return {
    version: doc.version,
    published: doc.published,
    size: doc.entries.length,
    lookup(code, date) {
      const list = byCode.get(code);
      if (!list) return undefined;
      for (const e of list) if (e.valid_from <= date && (e.valid_to === null || date <= e.valid_to)) return e;
      return undefined;
    },
  };
}

export function loadCatalogue(file: string = DEFAULT_CATALOGUE_FILE): Catalogue {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw bad(file, '(root)', 'cannot be read as JSON', cause);
  }
  return catalogueFromJson(json, file);
}
