/**
 * Identifying the insured person (DESIGN.md step 2): the credential names the person; the
 * centre answers with status and year-to-date accumulators inside a strict time budget.
 * The answer is cached (persons + accumulator snapshot); when the centre does not answer in
 * time, the cached record stands in and the result says so (offline).
 */
import type { Db } from '../store/db.ts';
import { PersonStore, type Person } from '../store/persons.ts';
import { AuditLog } from '../store/audit.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { CenterClient } from '../center/client.ts';
import { PersonStatus, type PersonReplyMsg } from '../../protocol/center/index.ts';
import { EMPTY_ACCUMULATORS, type Accumulators } from '../engine/accumulators.ts';
import { toFen } from '../../protocol/money.ts';
import { categoryOf, insutypeOf } from './person-types.ts';
import { cstDay, cstYear } from '../china-time.ts';

export type CredentialType = '01' | '02' | '03';

export interface CredentialInput {
  /** 01 voucher token, 02 ID card number, 03 social security card (national interface 1101). */
  readonly mdtrt_cert_type: CredentialType;
  readonly mdtrt_cert_no: string;
  readonly card_sn?: string;
  /**
   * What a card read answers besides the credential (national 1101 input): the holder's
   * certificate type, number and name. When given they must be the identified person's, so
   * a read's answer passed on whole is checked, not refused.
   */
  readonly psn_cert_type?: string;
  readonly certno?: string;
  readonly psn_name?: string;
}

export interface Identified {
  readonly person: Person;
  readonly accumulators: Accumulators;
  /** true when the centre did not answer in time and the cached record was used. */
  readonly offline: boolean;
  readonly as_of: string;
}

export interface IdentifyDeps {
  readonly db: Db;
  readonly center: Pick<CenterClient, 'queryPersonWithin'>;
  readonly budgetMs: number;
  readonly now?: () => Date;
  /** A centre answer younger than this counts as online confirmation at settle time (default 10 min). */
  readonly freshMs?: number;
}

/** Whether the centre vouched for the person for this settlement. */
export interface Confirmation {
  readonly online: boolean;
  /** When the centre last answered for this person, or null. */
  readonly lastOnlineAt: string | null;
}

/** The holder a caller named alongside the credential must be the person it identifies. */
function holderMatches(credential: CredentialInput, person: Person): void {
  if (credential.certno !== undefined && credential.certno.trim().toUpperCase() !== person.certno.toUpperCase()) {
    throw new GatewayError('GW_VALIDATION', { detail: 'certno is not the number of the person this credential identifies', details: { path: 'body.certno' } });
  }
  if (credential.psn_name !== undefined && credential.psn_name.trim() !== '' && credential.psn_name.trim() !== person.psn_name) {
    throw new GatewayError('GW_VALIDATION', { detail: 'psn_name is not the name of the person this credential identifies', details: { path: 'body.psn_name' } });
  }
}

export class PersonService {
  private readonly persons: PersonStore;
  private readonly audit: AuditLog;
  private readonly now: () => Date;

  constructor(private readonly deps: IdentifyDeps) {
    this.persons = new PersonStore(deps.db);
    this.audit = new AuditLog(deps.db);
    this.now = deps.now ?? (() => new Date());
  }

  async identify(credential: CredentialInput, operator: string): Promise<Identified> {
    const now = this.now();
    const year = cstYear(now);
    const lookup = await this.deps.center.queryPersonWithin(
      { mdtrtCertType: credential.mdtrt_cert_type, mdtrtCertNo: credential.mdtrt_cert_no, cardSn: credential.card_sn ?? '', year },
      this.deps.budgetMs,
    );
    if (lookup.kind !== 'answered') {
      const cached = credential.mdtrt_cert_type === '02' ? this.persons.byCertno(credential.mdtrt_cert_no) : this.persons.byCardNo(credential.mdtrt_cert_no);
      if (!cached) throw new GatewayError('GW_PERSON_OFFLINE_UNKNOWN', { cause: lookup.error });
      holderMatches(credential, cached);
      return { person: cached, accumulators: this.persons.accumulators(cached.psn_no, year), offline: true, as_of: now.toISOString() };
    }
    const person = this.fromReply(lookup.reply, credential, now);
    holderMatches(credential, person);
    const accumulators = accumulatorsFromReply(lookup.reply);
    this.deps.db.transaction(() => {
      this.persons.upsert(person, now);
      this.persons.replaceSnapshot(person.psn_no, year, accumulators, now);
      this.audit.append({ actor: operator, action: 'identify', subject: person.psn_no, detail: { mdtrt_cert_type: credential.mdtrt_cert_type } });
    })();
    return { person, accumulators: this.persons.accumulators(person.psn_no, year), offline: false, as_of: now.toISOString() };
  }

  /**
   * At settle time: is the centre's word on this person recent enough, and if not, can the
   * centre confirm within `budgetMs`? A refusal by the centre (not insured, ineligible) is
   * an answer and throws; silence or a late answer means offline (DESIGN.md step 2).
   */
  async confirm(psnNo: string, budgetMs: number, operator: string): Promise<Confirmation> {
    const person = this.persons.get(psnNo);
    if (!person) throw new GatewayError('GW_PERSON_UNKNOWN', { details: { path: 'body.psn_no' } });
    const now = this.now();
    const last = this.persons.lastConfirmedAt(psnNo);
    if (last !== null && now.getTime() - Date.parse(last) < (this.deps.freshMs ?? 600_000)) return { online: true, lastOnlineAt: last };
    if (budgetMs <= 0) return { online: false, lastOnlineAt: last };
    const year = cstYear(now);
    const lookup = await this.deps.center.queryPersonWithin({ mdtrtCertType: '02', mdtrtCertNo: person.certno, cardSn: '', year }, budgetMs);
    if (lookup.kind !== 'answered') return { online: false, lastOnlineAt: last };
    const fresh = { ...this.fromReply(lookup.reply, { mdtrt_cert_type: '02', mdtrt_cert_no: person.certno }, now), card_no: person.card_no };
    this.deps.db.transaction(() => {
      this.persons.upsert(fresh, now);
      this.persons.replaceSnapshot(fresh.psn_no, year, accumulatorsFromReply(lookup.reply), now);
      this.audit.append({ actor: operator, action: 'confirm', subject: fresh.psn_no, detail: {} });
    }).immediate();
    return { online: true, lastOnlineAt: now.toISOString() };
  }

  private fromReply(reply: PersonReplyMsg, credential: CredentialInput, now: Date): Person {
    if (reply.status !== PersonStatus.PERSON_STATUS_FOUND || !reply.person) throw new GatewayError('GW_PERSON_NOT_INSURED');
    if (!reply.eligible) throw new GatewayError('GW_PERSON_INELIGIBLE', { detail: reply.ineligibleReason, details: { reason: reply.ineligibleReason } });
    const insurance = reply.insuinfo.find((i) => i.psnInsuStas === '1' && insutypeOf(i.insutype ?? '')) ?? reply.insuinfo[0];
    const insutype = insutypeOf(insurance?.insutype ?? '');
    if (!insurance || !insutype) throw new GatewayError('GW_PERSON_NOT_INSURED', { detail: 'no basic medical insurance' });
    const p = reply.person;
    const birth = p.brdy ?? '';
    return {
      psn_no: p.psnNo ?? '',
      certno: p.certno ?? '',
      psn_name: p.psnName ?? '',
      card_no: credential.mdtrt_cert_type === '03' ? credential.mdtrt_cert_no : null,
      insutype,
      insuplc_admdvs: insurance.insuplcAdmdvs ?? '',
      birth_date: birth,
      category: categoryOf(insurance.psnType ?? '', birth, cstDay(now)),
      contribution_years: insurance.contributionYears ?? 0,
      blood_disease: false,
      account_balance_fen: toFen(insurance.balc || '0.00'),
    };
  }
}

/** The centre's year-to-date figures in the engine's accumulator shape. */
function accumulatorsFromReply(reply: PersonReplyMsg): Accumulators {
  const a = reply.accumulators;
  if (!a) return EMPTY_ACCUMULATORS;
  const money = (s: string | null | undefined): string => (s && s.length > 0 ? s : '0.00');
  return {
    ...EMPTY_ACCUMULATORS,
    earlier_admissions: a.inpatientAdmissions ?? 0,
    hifp_paid: money(a.fundPaid),
    hifmi_paid: money(a.criticalIllnessPaid),
    inscp_toward_ceiling: money(a.inScope),
    outpatient_paid: money(a.outpatientPoolPaid),
  };
}
