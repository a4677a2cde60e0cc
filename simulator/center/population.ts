/**
 * The insured people the centre simulator knows: the holders of the card simulator's profiles
 * (simulator/card/profiles/*.json, read through its validating loader), so a card served by
 * `yibao-sim card --profile X` is a person the centre can answer for, plus a minimal seed of
 * its own (persons in states no card profile has, e.g. contributions lapsed).
 */
import { yuanToFen } from '../../protocol/center/index.ts';
import { loadAllProfiles, type CardProfile } from '../card/profile.ts';

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

/** A card profile's holder as the centre knows them (simulator/card/profile.ts). */
export function personFromProfile(p: CardProfile): DemoPerson {
  const b = p.insurance.birthDate;
  return {
    psnNo: p.insurance.personNumber,
    name: `${p.ef06.name}${p.ef06.nameExtension ?? ''}`,
    certno: p.ef06.idNumber,
    cardNo: p.ef05.cardNumber,
    gend: p.ef06.sex === '2' ? '2' : '1',
    birthDate: /^\d{8}$/.test(b) ? `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}` : b,
    insutype: p.insurance.insutype,
    psnType: p.df04.ef05.personType,
    status: '1',
    region: p.insurance.admdvs,
    contributionYears: p.insurance.contributionYears,
    balanceFen: Number(yuanToFen(p.insurance.accountBalance)),
    ytd: ZERO_YTD,
  };
}

/**
 * The holders of the card simulator's shipped profiles, and the cards those profiles mark as
 * blocklisted (the centre publishes them on its blocklist). A profile set that does not load
 * leaves the seed alone and says why in `problem`.
 */
export function loadProfilePersons(): { persons: DemoPerson[]; blocklisted: string[]; problem?: string } {
  try {
    const profiles = loadAllProfiles();
    return { persons: profiles.map(personFromProfile), blocklisted: profiles.filter((p) => p.insurance.blocklisted).map((p) => p.ef05.cardNumber) };
  } catch (err) {
    return { persons: [], blocklisted: [], problem: err instanceof Error ? err.message : String(err) };
  }
}

/** Lookup by person number, ID number or card number. */
export class Population {
  private readonly byKey = new Map<string, DemoPerson>();

  /** Card numbers the centre lists as lost when it starts with an empty blocklist. */
  readonly blocklisted: readonly string[];

  constructor(persons: readonly DemoPerson[], blocklisted: readonly string[] = []) {
    this.blocklisted = blocklisted;
    for (const p of persons) {
      this.byKey.set(`psn:${p.psnNo}`, p);
      this.byKey.set(`cert:${p.certno}`, p);
      this.byKey.set(`card:${p.cardNo}`, p);
    }
  }

  /** The card simulator's profile holders, then the seed (a seed person whose ID number a profile uses is left out). */
  static demo(): Population {
    const loaded = loadProfilePersons();
    const seen = new Set(loaded.persons.map((p) => p.certno));
    return new Population([...loaded.persons, ...SEED_PERSONS.filter((p) => !seen.has(p.certno))], loaded.blocklisted);
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
