/**
 * Settling at the counter: identity + fee lines → the engine → one SQLite transaction that
 * writes the settlement, its lines, the accumulator delta, the audit entry and the outbox
 * message (DESIGN.md step 5). The same Idempotency-Key with the same body returns the stored
 * answer; with another body it is refused — a cashier pressing "settle" twice never pays twice.
 * A visit is settled at most once (until that settlement is cancelled), checked again inside
 * the write transaction so two racing requests give exactly one settlement.
 *
 * Latency budget (config settleBudgetMs): the only slow step is asking the centre to confirm
 * the person; it gets a share of the budget and, if the centre stays silent, the settlement
 * goes offline through the injected OfflineGate instead of making the counter wait.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { AuditLog } from '../store/audit.ts';
import { PersonStore, type Person } from '../store/persons.ts';
import { SettlementStore, type SettlementRow } from '../store/settlements.ts';
import { OutboxStore } from '../store/outbox.ts';
import { GroupCommitter } from '../store/group-commit.ts';
import { InterimStore } from '../store/interim.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import { computeSettlement, parseTrialRequest, selectPolicy, type AdmissionSettledBefore, type EngineContext, type MedType, type SettlementResult, type TrialRequest } from '../engine/index.ts';
import { fromFen, toFen } from '../../protocol/money.ts';
import { cstDay, cstYear } from '../china-time.ts';
import type { Accumulators } from '../engine/accumulators.ts';
import { encodeSettlementRecord } from './record.ts';
import { canonicalHash } from './canonical.ts';
import { UNLIMITED_OFFLINE, type OfflineGate } from './offline-gate.ts';
import { rememberResultJson } from './view-json.ts';
import type { Operator } from '../auth/sessions.ts';
import type { Confirmation, CredentialType } from '../persons/identify.ts';

export type { Operator } from '../auth/sessions.ts';

/** A fee line as the HIS sends it (national-interface names). */
export interface SaleLine {
  readonly feedetl_sn: string;
  readonly med_list_codg: string;
  readonly cnt: string;
  readonly pric: string;
  readonly det_item_fee_sumamt: string;
  readonly hosp_appr_flag?: string;
}

export interface PharmacySaleRequest {
  readonly psn_no: string;
  readonly lines: readonly SaleLine[];
  /** The HIS's own reference (national interface msgid), echoed as medins_setl_id. */
  readonly medins_setl_id?: string;
  /** Use the personal account for the person's share when the policy allows. */
  readonly use_account?: boolean;
  /** The credential the person was identified with (01 e-voucher, 02 ID card, 03 card), as the national interface has it. */
  readonly mdtrt_cert_type?: CredentialType;
}

export interface SettlementView {
  readonly setl_id: string;
  readonly mdtrt_id: string;
  readonly psn_no: string;
  readonly med_type: string;
  readonly offline: boolean;
  readonly setl_time: string;
  readonly medins_setl_id: string | null;
  readonly operator: string;
  readonly session_id: string;
  readonly result: SettlementResult;
  readonly cancelled_by: string | null;
  /** An interim settlement (中途结算) of a stay still in hospital: national mid_setl_flag "1". */
  readonly interim: boolean;
  /** Present and true only when the person's card was read here without its authentication. */
  readonly card_unverified?: true;
  /** The credential the HIS settled with, when it said. */
  readonly mdtrt_cert_type: CredentialType | null;
}

/** The visit facts the engine needs besides person and lines. */
export interface VisitFacts {
  readonly med_type: MedType;
  readonly special_disease: string | null;
  readonly exclusion_cause: string | null;
  readonly accident: string | null;
  readonly referral: string;
  readonly remote: boolean;
  readonly admission_date: string | null;
  /** A later settlement of a stay: what its earlier live interim settlements took (engine extension). */
  readonly admission_settled_before?: AdmissionSettledBefore | null;
}

/** The visit facts of a pharmacy sale: the sale is its own visit. */
export const PHARMACY_FACTS: VisitFacts = { med_type: 'pharmacy', special_disease: null, exclusion_cause: null, accident: null, referral: 'none', remote: false, admission_date: null };

export interface SettlementServiceDeps {
  readonly db: Db;
  readonly engine: EngineContext;
  /** This institution: its code, hospital level (1–3) and region of treatment (admdvs). */
  readonly facility: { readonly fixmedinsCode: string; readonly level: 1 | 2 | 3; readonly admdvs: string };
  /** Asks the centre to vouch for the person within a budget (PersonService.confirm). */
  readonly confirm?: (psnNo: string, budgetMs: number, operator: string) => Promise<Confirmation>;
  /** Offline risk limits; default: no limits, every offline settlement flagged. */
  readonly offlineGate?: OfflineGate;
  /** Whole settle path budget in ms (config settleBudgetMs). */
  readonly budgetMs?: number;
  /** 'unverified' when this person's card was read here without its authentication (CredentialService.readUnverified). */
  readonly cardCheck?: (person: Person) => 'unverified' | null;
  readonly now?: () => Date;
}

/** What one settle call commits: everything but the amounts, which the engine adds. */
export interface SettleInput {
  readonly idempotencyKey: string | undefined;
  /** Fingerprint of the request body (canonicalHash). */
  readonly requestHash: string;
  readonly psnNo: string;
  /** Existing visit, or null for a pharmacy sale (the sale is its own visit). */
  readonly mdtrtId: string | null;
  /** The facts, or a function reading them (called with the lines, after the replay check and the centre's answer). */
  readonly visit: VisitFacts | (() => VisitFacts);
  /** The lines, or a function reading them (called after the replay check, and again at commit to see they did not change). */
  readonly lines: readonly SaleLine[] | (() => readonly SaleLine[]);
  /** A cheap fingerprint of the lines' state, compared at commit instead of re-reading them. */
  readonly linesVersion?: () => string;
  readonly medinsSetlId: string | null;
  readonly useAccount: boolean;
  readonly operator: Operator;
  /** Inside the write transaction, before anything is written: throws to refuse (visit settled twice …). */
  readonly guard?: () => void;
  /** An interim settlement of a stay (2304 mid_setl_flag "1"): marked in the same transaction. */
  readonly interim?: boolean;
  /** The credential the HIS settled with, when it said (national mdtrt_cert_type). */
  readonly certType?: CredentialType | null;
}

function parseResult(json: string): SettlementResult {
  const result = JSON.parse(json) as SettlementResult;
  rememberResultJson(result, json);
  return result;
}

/** Settlement ids: readable, sortable by time, unique per gateway. */
export function newSettlementId(now: Date, prefix = 'S'): string {
  const stamp = now.toISOString().replace(/[-:TZ.]/g, '').slice(0, 14);
  return `${prefix}${stamp}${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`;
}

function unknownPerson(): GatewayError {
  return new GatewayError('GW_PERSON_UNKNOWN', { details: { path: 'body.psn_no' } });
}

/**
 * A record id that sorts by time (UUID version 7, RFC 9562 §5.7: 48-bit Unix ms, then 74
 * random bits). The outbox's primary key is this id: a random (v4) one lands on a random
 * leaf of that index, so every settlement of a commit group dirtied a page of its own there
 * (4 KB each into the WAL and again at checkpoint); time-ordered ids share the last few.
 */
export function newRecordId(nowMs: number): string {
  const b = randomBytes(16);
  b.writeUIntBE(nowMs, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70; // version 7
  b[8] = (b[8]! & 0x3f) | 0x80; // variant 10
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function storageError(cause: unknown): GatewayError {
  if (cause instanceof GatewayError) return cause;
  return new GatewayError('GW_STORAGE', { cause });
}

/** A settlement priced for one state of its person: what commit writes if that state still holds. */
interface Priced {
  readonly person: Person;
  /** The accumulators it was priced with, as JSON. */
  readonly accumulators: string;
  readonly result: SettlementResult;
  readonly row: SettlementRow;
}

export class SettlementService {
  readonly persons: PersonStore;
  readonly settlements: SettlementStore;
  private readonly outbox: OutboxStore;
  private readonly audit: AuditLog;
  private readonly now: () => Date;
  private readonly reversedStmt;
  /** Concurrent settlements share one transaction and one fsync (store/group-commit.ts). */
  readonly committer: GroupCommitter;
  readonly interim: InterimStore;

  constructor(private readonly deps: SettlementServiceDeps) {
    this.committer = new GroupCommitter(deps.db);
    this.interim = new InterimStore(deps.db);
    this.persons = new PersonStore(deps.db);
    this.settlements = new SettlementStore(deps.db);
    this.outbox = new OutboxStore(deps.db);
    this.audit = new AuditLog(deps.db);
    this.now = deps.now ?? (() => new Date());
    this.reversedStmt = deps.db.prepare('SELECT reversal_id FROM reversed_keys WHERE key = ?');
  }

  /** The counter's common case: identity + lines → settlement in one call. */
  async pharmacySale(idempotencyKey: string | undefined, body: PharmacySaleRequest, operator: Operator): Promise<SettlementView> {
    return this.settle({
      idempotencyKey,
      requestHash: canonicalHash({ pharmacy_sale: body }),
      psnNo: body.psn_no,
      mdtrtId: null,
      visit: PHARMACY_FACTS,
      lines: body.lines,
      medinsSetlId: body.medins_setl_id ?? null,
      useAccount: body.use_account !== false,
      operator,
      certType: body.mdtrt_cert_type ?? null,
    });
  }

  /** The engine's request for a person, visit and lines, with the person's accumulators as stored now. */
  buildRequest(person: Person, visit: VisitFacts, lines: readonly SaleLine[], useAccount: boolean, now: Date): { request: TrialRequest; policyId: string; accumulators: Accumulators } {
    const settleDate = cstDay(now);
    const accumulators = this.persons.accumulators(person.psn_no, cstYear(now));
    const policy = selectPolicy(this.deps.engine.policies, { insuplc_admdvs: person.insuplc_admdvs, insutype: person.insutype, date: settleDate });
    const request = parseTrialRequest({
      policy: policy.id,
      settle_date: settleDate,
      facility: { level: this.deps.facility.level, remote: visit.remote },
      person: {
        insutype: person.insutype,
        birth_date: person.birth_date,
        category: person.category,
        contribution_years: person.contribution_years,
        blood_disease: person.blood_disease,
        account_balance: useAccount ? fromFen(Math.max(0, person.account_balance_fen)) : '0.00',
      },
      accumulators,
      visit: {
        med_type: visit.med_type,
        special_disease: visit.special_disease,
        exclusion_cause: visit.exclusion_cause,
        accident: visit.accident,
        referral: visit.referral,
        admission_date: visit.admission_date,
        admission_settled_before: visit.admission_settled_before ?? null,
      },
      lines: lines.map((l) => ({ feedetl_sn: l.feedetl_sn, med_list_codg: l.med_list_codg, cnt: l.cnt, pric: l.pric, det_item_fee_sumamt: l.det_item_fee_sumamt, hosp_appr_flag: l.hosp_appr_flag ?? '0' })),
    });
    return { request, policyId: policy.id, accumulators };
  }

  /** 2101: what pharmacySale would settle for this body now — no writes, no centre call. */
  pharmacyTrial(body: PharmacySaleRequest): SettlementResult {
    const person = this.persons.get(body.psn_no);
    if (!person) throw new GatewayError('GW_PERSON_UNKNOWN', { details: { path: 'body.psn_no' } });
    return this.compute(person, PHARMACY_FACTS, body.lines, body.use_account !== false);
  }

  /** Pure computation for a trial: no writes, no centre call. */
  compute(person: Person, visit: VisitFacts, lines: readonly SaleLine[], useAccount: boolean): SettlementResult {
    const { request } = this.buildRequest(person, visit, lines, useAccount, this.now());
    return computeSettlement(request, this.deps.engine);
  }

  async settle(input: SettleInput): Promise<SettlementView> {
    const started = Date.now();
    const key = input.idempotencyKey;
    if (!key) throw new GatewayError('GW_IDEMPOTENCY_KEY_REQUIRED', { details: { path: 'headers.idempotency-key' } });
    const replay = this.replay(key, input.requestHash);
    if (replay) return replay;
    this.refuseReversed(key, input.medinsSetlId);
    input.guard?.();
    // confirm() refuses an unknown person itself (GW_PERSON_UNKNOWN) before asking the centre.
    if (!this.deps.confirm && !this.persons.get(input.psnNo)) throw unknownPerson();

    // The centre gets at most 60 % of the budget; the rest is for computing and committing.
    const budget = this.deps.budgetMs ?? 3000;
    const confirmation = this.deps.confirm
      ? await this.deps.confirm(input.psnNo, Math.floor(budget * 0.6) - (Date.now() - started), input.operator.id)
      : { online: true, lastOnlineAt: null };

    // Read after the confirmation, which may have brought a fresh copy from the centre.
    const person = this.persons.get(input.psnNo);
    if (!person) throw unknownPerson();
    const now = this.now();
    const readLines = (): readonly SaleLine[] => (typeof input.lines === 'function' ? input.lines() : input.lines);
    const version = input.linesVersion?.();
    const lines = readLines();
    const visit = typeof input.visit === 'function' ? input.visit() : input.visit;

    const setlId = newSettlementId(now);
    const mdtrtId = input.mdtrtId ?? `M${setlId.slice(1)}`;
    const offline = !confirmation.online;
    const recordId = newRecordId(now.getTime());
    const price = (p: Person): Priced => {
      const { request, policyId, accumulators } = this.buildRequest(p, visit, lines, input.useAccount, now);
      const result = computeSettlement(request, this.deps.engine);
      const resultJson = JSON.stringify(result);
      rememberResultJson(result, resultJson);
      const row: SettlementRow = {
        setl_id: setlId,
        kind: 'settlement',
        original_setl_id: null,
        mdtrt_id: mdtrtId,
        psn_no: p.psn_no,
        insutype: p.insutype,
        med_type: visit.med_type,
        idempotency_key: key,
        request_hash: input.requestHash,
        policy_id: policyId,
        medfee_sumamt: toFen(result.setlinfo.medfee_sumamt),
        fund_pay_sumamt: toFen(result.setlinfo.fund_pay_sumamt),
        acct_pay: toFen(result.setlinfo.acct_pay),
        psn_cash_pay: toFen(result.setlinfo.psn_cash_pay),
        offline: offline ? 1 : 0,
        operator: input.operator.id,
        session_id: input.operator.session_id,
        record_id: recordId,
        medins_setl_id: input.medinsSetlId,
        reason: null,
        approvals: null,
        result: resultJson,
        created_at: now.toISOString(),
        card_check: this.deps.cardCheck?.(p) ?? null,
        mdtrt_cert_type: input.certType ?? null,
      };
      return { person: p, accumulators: JSON.stringify(accumulators), result, row };
    };
    // Priced outside the write lock; priced again inside it when a concurrent settlement of the
    // same person moved the account balance or the accumulators meanwhile (see commit).
    let priced = price(person);

    const commit = (): SettlementView | undefined => {
      // A racing request may have committed since the checks above: check again, now alone.
      const raced = this.replay(key, input.requestHash);
      if (raced) return raced;
      this.refuseReversed(key, input.medinsSetlId);
      input.guard?.();
      const changed = input.linesVersion ? input.linesVersion() !== version : typeof input.lines === 'function' && JSON.stringify(readLines()) !== JSON.stringify(lines);
      if (changed) {
        throw new GatewayError('GW_LINE_CONFLICT', { detail: 'the fee lines changed while settling; settle again', details: { path: 'lines' } });
      }
      // Money moves in the transaction that records it: the balance and the accumulators this
      // settlement spends are the ones committed before it, never a copy read before the lock.
      priced = this.repriceIfMoved(priced, price);
      const { row, result } = priced;
      if (offline) {
        const decision = (this.deps.offlineGate ?? UNLIMITED_OFFLINE).decide({
          psn_no: person.psn_no, mdtrt_id: mdtrtId, med_type: visit.med_type,
          fund_pay_fen: row.fund_pay_sumamt, medfee_fen: row.medfee_sumamt,
          last_online_at: confirmation.lastOnlineAt, now, db: this.deps.db,
        });
        if (decision.kind === 'refused') {
          throw new GatewayError('GW_OFFLINE_NOT_ALLOWED', { detail: decision.reason, details: { reason: decision.reason, ...(decision.limit ? { limit: decision.limit } : {}) } });
        }
      }
      // The lines as sent, in the row; their splits are result.lines (stored once, in row.result).
      const rowDigest = this.settlements.insert(row, lines.map((l) => ({ feedetl_sn: l.feedetl_sn, med_list_codg: l.med_list_codg, cnt: l.cnt, pric: l.pric, det_item_fee_sumamt: toFen(l.det_item_fee_sumamt), hosp_appr_flag: l.hosp_appr_flag ?? '0' })));
      this.persons.addDelta(person.psn_no, result.benefit_year, setlId, result.accumulators_delta, now);
      if (input.interim) this.interim.mark(setlId, mdtrtId);
      if (row.acct_pay > 0) this.persons.debitAccount(person.psn_no, row.acct_pay);
      // A pharmacy sale is a visit of its own, made just now: its record is the visit's first.
      const seq = input.mdtrtId === null ? 1 : this.outbox.nextSeq(mdtrtId);
      const { fixmedinsCode, admdvs } = this.deps.facility;
      const payload = encodeSettlementRecord({ recordId, seq, row, person, result, lines, medinsSetlId: input.medinsSetlId, fixmedinsCode, mdtrtareaAdmvs: admdvs, interim: input.interim === true });
      this.outbox.enqueue({ id: recordId, visitId: mdtrtId, seq, kind: 'settlement', payload, createdAt: now.getTime() });
      this.audit.append({
        actor: input.operator.id, action: 'settle', subject: setlId,
        detail: { session_id: input.operator.session_id, mdtrt_id: mdtrtId, med_type: visit.med_type, ...(input.interim ? { interim: true } : {}), medfee_sumamt: result.setlinfo.medfee_sumamt, fund_pay_sumamt: result.setlinfo.fund_pay_sumamt, offline, record_id: recordId, row_digest: rowDigest, ...(row.card_check ? { card_check: row.card_check } : {}) },
      }, row.created_at);
      return undefined;
    };
    let raced: SettlementView | undefined;
    try {
      raced = await this.committer.run(commit);
    } catch (cause) {
      throw storageError(cause);
    }
    return raced ?? this.view(priced.row, priced.result, null, input.interim === true);
  }

  /** Inside the commit: the person as committed now; if their balance or accumulators moved since pricing, price again. */
  private repriceIfMoved(priced: Priced, price: (p: Person) => Priced): Priced {
    const current = this.persons.get(priced.person.psn_no);
    if (!current) throw unknownPerson();
    const year = cstYear(new Date(priced.row.created_at));
    const moved = current.account_balance_fen !== priced.person.account_balance_fen
      || JSON.stringify(this.persons.accumulators(current.psn_no, year)) !== priced.accumulators;
    return moved ? price(current) : priced;
  }

  get(setlId: string): SettlementView {
    const row = this.settlements.byId(setlId);
    if (!row || row.kind !== 'settlement') throw new GatewayError('GW_SETTLEMENT_NOT_FOUND', { details: { setl_id: setlId } });
    return this.view(row);
  }

  /** Settlements of one visit, newest last, cancelled ones included (with cancelled_by). */
  forVisit(mdtrtId: string): SettlementView[] {
    return this.settlements.allForVisit(mdtrtId).map((r) => this.view(r));
  }

  private refuseReversed(key: string, medinsSetlId: string | null): void {
    for (const k of [`key:${key}`, medinsSetlId ? `msgid:${medinsSetlId}` : null]) {
      if (k === null) continue;
      const hit = this.reversedStmt.get(k) as { reversal_id: string } | undefined;
      if (hit) throw new GatewayError('GW_REVERSED', { details: { reversal_id: hit.reversal_id } });
    }
  }

  private replay(key: string, requestHash: string): SettlementView | undefined {
    const existing = this.settlements.byIdempotencyKey(key);
    if (!existing) return undefined;
    if (existing.request_hash !== requestHash || existing.kind !== 'settlement') {
      throw new GatewayError('GW_IDEMPOTENCY_CONFLICT', { details: { setl_id: existing.setl_id } });
    }
    return this.view(existing);
  }

  /** The answer for a stored row; a fresh settlement passes its result and cancellation state to skip re-reading them. */
  view(row: SettlementRow, result?: SettlementResult, cancelledBy?: string | null, interim?: boolean): SettlementView {
    return {
      setl_id: row.setl_id,
      mdtrt_id: row.mdtrt_id,
      psn_no: row.psn_no,
      med_type: row.med_type,
      offline: row.offline === 1,
      setl_time: row.created_at,
      medins_setl_id: row.medins_setl_id,
      operator: row.operator,
      session_id: row.session_id,
      result: result ?? parseResult(row.result),
      cancelled_by: cancelledBy !== undefined ? cancelledBy : (this.settlements.cancellationOf(row.setl_id)?.setl_id ?? null),
      // Only a stay settles in parts: no look-up for a sale or a clinic visit.
      interim: interim ?? (row.med_type === 'inpatient' && this.interim.has(row.setl_id)),
      mdtrt_cert_type: (row.mdtrt_cert_type ?? null) as CredentialType | null,
      ...(row.card_check === 'unverified' ? { card_unverified: true as const } : {}),
    };
  }
}
