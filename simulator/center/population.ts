/**
 * The insured people the centre simulator knows. A minimal seed lives here; when the card
 * simulator's profiles exist (simulator/card/profiles/*.json) their holders are added, so a
 * card served by `yibao-sim card --profile X` is a person the centre can answer for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DemoPerson {
  readonly psnNo: string;
  readonly name: string;
  readonly certno: string;
  readonly cardNo: string;
  readonly gend: '1' | '2';
  readonly birthDate: string;
  /** "310" employees' basic, "390" residents' basic. */
  readonly insutype: string;
  readonly psnType: string;
  /** "1" insured, "2" suspended (contribution lapsed), "4" terminated. */
  readonly status: '1' | '2' | '4';
  readonly region: string;
  readonly contributionYears: number;
  readonly balanceFen: number;
  /** Year-to-date figures at the start of the simulation, yuan strings. */
  readonly ytd: { readonly admissions: number; readonly fundPaid: string; readonly deductiblePaid: string; readonly inScope: string };
}

const ZERO_YTD = { admissions: 0, fundPaid: '0.00', deductiblePaid: '0.00', inScope: '0.00' } as const;

/** Test persons; the ID numbers are synthetic (valid check digit, region 152201 Ulanhot). */
export const SEED_PERSONS: readonly DemoPerson[] = [
  { psnNo: '15220100000000000001', name: '张三', certno: '152201198001011237', cardNo: 'A00000001', gend: '1', birthDate: '1980-01-01', insutype: '390', psnType: '1501', status: '1', region: '152201', contributionYears: 4, balanceFen: 0, ytd: ZERO_YTD },
  { psnNo: '15220100000000000002', name: '李四', certno: '152201199002022346', cardNo: 'A00000002', gend: '2', birthDate: '1990-02-02', insutype: '310', psnType: '1101', status: '1', region: '152201', contributionYears: 12, balanceFen: 123_456, ytd: { admissions: 1, fundPaid: '3200.00', deductiblePaid: '400.00', inScope: '6200.00' } },
  { psnNo: '15220100000000000003', name: '王五', certno: '152201201503033452', cardNo: 'A00000003', gend: '1', birthDate: '2015-03-03', insutype: '390', psnType: '1502', status: '1', region: '152201', contributionYears: 1, balanceFen: 0, ytd: ZERO_YTD },
  { psnNo: '15220100000000000004', name: '赵六', certno: '152201196004044567', cardNo: 'A00000004', gend: '2', birthDate: '1960-04-04', insutype: '390', psnType: '1501', status: '2', region: '152201', contributionYears: 0, balanceFen: 0, ytd: ZERO_YTD },
];

const PROFILES_DIR = fileURLToPath(new URL('../card/profiles/', import.meta.url));

/**
 * Holders from the card simulator's profiles, read leniently: a profile contributes a person
 * when it names at least a card number and an ID number (field names of EF05/EF06 or the
 * national interface). Unreadable files are skipped with their name in `skipped`.
 */
export function loadProfilePersons(dir: string = PROFILES_DIR): { persons: DemoPerson[]; skipped: string[] } {
  const persons: DemoPerson[] = [];
  const skipped: string[] = [];
  if (!existsSync(dir)) return { persons, skipped };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    try {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      const flat = flatten(raw);
      const certno = pick(flat, ['certno', 'idNumber', 'id_number', 'idNo']);
      const cardNo = pick(flat, ['cardNumber', 'card_no', 'cardNo', 'card_number']);
      if (!certno || !cardNo) {
        skipped.push(file);
        continue;
      }
      const name = pick(flat, ['name', 'psn_name', 'fullName', 'holderName']) ?? '';
      const status = pick(flat, ['psn_insu_stas', 'insuranceStatus']);
      persons.push({
        psnNo: pick(flat, ['psnNo', 'psn_no']) ?? `P${certno}`,
        name,
        certno,
        cardNo,
        gend: certno.length === 18 && Number(certno[16]) % 2 === 0 ? '2' : '1',
        birthDate: certno.length === 18 ? `${certno.slice(6, 10)}-${certno.slice(10, 12)}-${certno.slice(12, 14)}` : '',
        insutype: pick(flat, ['insutype']) ?? '390',
        psnType: pick(flat, ['psn_type', 'psnType']) ?? '1501',
        status: status === '2' || status === '4' ? status : '1',
        region: pick(flat, ['region', 'insuplc_admdvs', 'regionCode']) ?? '152201',
        contributionYears: Number(pick(flat, ['contributionYears', 'contribution_years']) ?? 0) || 0,
        balanceFen: 0,
        ytd: ZERO_YTD,
      });
    } catch {
      skipped.push(file);
    }
  }
  return { persons, skipped };
}

function flatten(value: unknown, out: Record<string, string> = {}): Record<string, string> {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (v && typeof v === 'object') flatten(v, out);
      else if ((typeof v === 'string' || typeof v === 'number') && !(k in out)) out[k] = String(v);
    }
  }
  return out;
}

function pick(flat: Record<string, string>, names: readonly string[]): string | undefined {
  for (const n of names) if (flat[n]) return flat[n];
  return undefined;
}

/** Lookup by person number, ID number or card number. */
export class Population {
  private readonly byKey = new Map<string, DemoPerson>();

  constructor(persons: readonly DemoPerson[]) {
    for (const p of persons) {
      this.byKey.set(`psn:${p.psnNo}`, p);
      this.byKey.set(`cert:${p.certno}`, p);
      this.byKey.set(`card:${p.cardNo}`, p);
    }
  }

  static demo(): Population {
    const fromProfiles = loadProfilePersons().persons;
    const seen = new Set(fromProfiles.map((p) => p.certno));
    return new Population([...fromProfiles, ...SEED_PERSONS.filter((p) => !seen.has(p.certno))]);
  }

  find(q: { psnNo?: string; certno?: string; cardNo?: string }): DemoPerson | undefined {
    return (q.psnNo ? this.byKey.get(`psn:${q.psnNo}`) : undefined)
      ?? (q.certno ? this.byKey.get(`cert:${q.certno}`) : undefined)
      ?? (q.cardNo ? this.byKey.get(`card:${q.cardNo}`) : undefined);
  }

  get size(): number {
    return new Set([...this.byKey.values()]).size;
  }
}
