/**
 * Settling at the counter: identity + fee lines → the engine → one SQLite transaction that
 * writes the settlement, its lines, the accumulator delta, the audit entry and the outbox
 * message (DESIGN.md step 5). The same Idempotency-Key with the same body returns the stored
 * answer; with another body it is refused — a cashier pressing "settle" twice never pays twice.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { AuditLog } from '../store/audit.ts';
import { PersonStore } from '../store/persons.ts';
import { SettlementStore, type SettlementRow } from '../store/settlements.ts';
import { OutboxStore } from '../store/outbox.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import { computeSettlement, parseTrialRequest, selectPolicy, type EngineContext, type SettlementResult } from '../engine/index.ts';
import { fromFen, toFen } from '../money.ts';
import { encodeSettlementRecord } from './record.ts';

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
}

export interface Operator {
  readonly id: string;
  readonly role: 'cashier' | 'supervisor' | 'auditor';
}

export interface SettlementView {
  readonly setl_id: string;
  readonly mdtrt_id: string;
  readonly psn_no: string;
  readonly med_type: string;
  readonly offline: boolean;
  readonly setl_time: string;
  readonly medins_setl_id: string | null;
  readonly result: SettlementResult;
  readonly cancelled_by: string | null;
}

export interface SettlementServiceDeps {
  readonly db: Db;
  readonly engine: EngineContext;
  /** This institution: its code, hospital level (1–3) and region of treatment (admdvs). */
  readonly facility: { readonly fixmedinsCode: string; readonly level: 1 | 2 | 3; readonly admdvs: string };
  readonly now?: () => Date;
}

function canonicalHash(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex');
}

/** Settlement ids: readable, sortable by time, unique per gateway. */
function newSettlementId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:TZ.]/g, '').slice(0, 14);
  return `S${stamp}${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`;
}

export class SettlementService {
  private readonly persons: PersonStore;
  private readonly settlements: SettlementStore;
  private readonly outbox: OutboxStore;
  private readonly audit: AuditLog;
  private readonly now: () => Date;

  constructor(private readonly deps: SettlementServiceDeps) {
    this.persons = new PersonStore(deps.db);
    this.settlements = new SettlementStore(deps.db);
    this.outbox = new OutboxStore(deps.db);
    this.audit = new AuditLog(deps.db);
    this.now = deps.now ?? (() => new Date());
  }

  /** The counter's common case: identity + lines → settlement in one call. */
  pharmacySale(idempotencyKey: string | undefined, body: PharmacySaleRequest, operator: Operator): SettlementView {
    if (!idempotencyKey) throw new GatewayError('GW_IDEMPOTENCY_KEY_REQUIRED');
    const requestHash = canonicalHash(body);
    const replay = this.replay(idempotencyKey, requestHash);
    if (replay) return replay;

    const person = this.persons.get(body.psn_no);
    if (!person) throw new GatewayError('GW_PERSON_UNKNOWN', { details: { path: 'body.psn_no' } });
    const now = this.now();
    const settleDate = now.toISOString().slice(0, 10);
    const year = now.getUTCFullYear();
    const accumulators = this.persons.accumulators(person.psn_no, year);
    const policy = selectPolicy(this.deps.engine.policies, { insuplc_admdvs: person.insuplc_admdvs, insutype: person.insutype, date: settleDate });
    const request = parseTrialRequest({
      policy: policy.id,
      settle_date: settleDate,
      facility: { level: this.deps.facility.level, remote: false },
      person: {
        insutype: person.insutype,
        birth_date: person.birth_date,
        category: person.category,
        contribution_years: person.contribution_years,
        blood_disease: person.blood_disease,
        account_balance: body.use_account === false ? '0.00' : fromFen(person.account_balance_fen),
      },
      accumulators,
      visit: { med_type: 'pharmacy', special_disease: null, exclusion_cause: null, accident: null, referral: 'none' },
      lines: body.lines.map((l) => ({ hosp_appr_flag: '0', ...l })),
    });
    const result = computeSettlement(request, this.deps.engine);

    const setlId = newSettlementId(now);
    const mdtrtId = `M${setlId.slice(1)}`;
    const row: SettlementRow = {
      setl_id: setlId,
      kind: 'settlement',
      original_setl_id: null,
      mdtrt_id: mdtrtId,
      psn_no: person.psn_no,
      insutype: person.insutype,
      med_type: 'pharmacy',
      idempotency_key: idempotencyKey,
      request_hash: requestHash,
      policy_id: policy.id,
      medfee_sumamt: toFen(result.setlinfo.medfee_sumamt),
      fund_pay_sumamt: toFen(result.setlinfo.fund_pay_sumamt),
      acct_pay: toFen(result.setlinfo.acct_pay),
      psn_cash_pay: toFen(result.setlinfo.psn_cash_pay),
      offline: 0,
      operator: operator.id,
      result: JSON.stringify({ ...result, medins_setl_id: body.medins_setl_id ?? null }),
      created_at: now.toISOString(),
    };
    const recordId = randomUUID();
    const medinsSetlId = body.medins_setl_id ?? null;

    const commit = this.deps.db.transaction(() => {
      // A racing request with the same key may have committed since the check above.
      const raced = this.replay(idempotencyKey, requestHash);
      if (raced) return raced;
      this.settlements.insert(row, result.lines.map((split, i) => {
        const line = body.lines[i]!;
        return { feedetl_sn: line.feedetl_sn, med_list_codg: line.med_list_codg, cnt: line.cnt, pric: line.pric, det_item_fee_sumamt: toFen(line.det_item_fee_sumamt), split: JSON.stringify(split) };
      }));
      this.persons.addDelta(person.psn_no, year, setlId, result.accumulators_delta, now);
      if (toFen(result.setlinfo.acct_pay) > 0) this.persons.debitAccount(person.psn_no, toFen(result.setlinfo.acct_pay));
      const seq = this.outbox.nextSeq(mdtrtId);
      const { fixmedinsCode, admdvs } = this.deps.facility;
      const payload = encodeSettlementRecord({ recordId, seq, row, person, result, lines: body.lines, medinsSetlId, fixmedinsCode, mdtrtareaAdmvs: admdvs });
      this.outbox.enqueue({ id: recordId, visitId: mdtrtId, seq, kind: 'settlement', payload, createdAt: now.getTime() });
      this.audit.append({ actor: operator.id, action: 'settle', subject: setlId, detail: { mdtrt_id: mdtrtId, med_type: 'pharmacy', medfee_sumamt: result.setlinfo.medfee_sumamt, fund_pay_sumamt: result.setlinfo.fund_pay_sumamt, record_id: recordId } });
      return undefined;
    });
    let raced: SettlementView | undefined;
    try {
      raced = commit.immediate();
    } catch (cause) {
      if (cause instanceof GatewayError) throw cause;
      throw new GatewayError('GW_STORAGE', { cause });
    }
    return raced ?? this.view(row);
  }

  get(setlId: string): SettlementView {
    const row = this.settlements.byId(setlId);
    if (!row || row.kind !== 'settlement') throw new GatewayError('GW_SETTLEMENT_NOT_FOUND', { details: { setl_id: setlId } });
    return this.view(row);
  }

  private replay(key: string, requestHash: string): SettlementView | undefined {
    const existing = this.settlements.byIdempotencyKey(key);
    if (!existing) return undefined;
    if (existing.request_hash !== requestHash) throw new GatewayError('GW_IDEMPOTENCY_CONFLICT', { details: { setl_id: existing.setl_id } });
    return this.view(existing);
  }

  private view(row: SettlementRow): SettlementView {
    const stored = JSON.parse(row.result) as SettlementResult & { medins_setl_id: string | null };
    const { medins_setl_id: medinsSetlId, ...result } = stored;
    return {
      setl_id: row.setl_id,
      mdtrt_id: row.mdtrt_id,
      psn_no: row.psn_no,
      med_type: row.med_type,
      offline: row.offline === 1,
      setl_time: row.created_at,
      medins_setl_id: medinsSetlId,
      result,
      cancelled_by: this.settlements.cancellationOf(row.setl_id)?.setl_id ?? null,
    };
  }
}


