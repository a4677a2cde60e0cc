/**
 * What a transaction handler gets: the parsed message, the operator behind it, the
 * institution, the region's profile, and the gateway's services — the SAME services the REST
 * API calls (no second implementation of any business rule). A handler reads the
 * national fields, calls one service, and writes the national answer; nothing else.
 *
 * The ports below are the slices of those services the handlers use, declared here so the
 * endpoint can be tested and wired without knowing more of each service than it calls.
 */
import type { LedgerRow } from '../store/settlements.ts';
import type { FileExchange } from './file-exchange.ts';
import type { PersonService } from '../persons/identify.ts';
import type { SettlementService } from '../settlement/service.ts';
import type { VisitService } from '../settlement/visits.ts';
import type { CancellationService } from '../settlement/cancel.ts';
import type { DailyTotals } from '../settlement/totals.ts';
import type { Person } from '../store/persons.ts';
import type { FsiRequest } from './envelope.ts';
import type { Fields } from './fields.ts';
import type { FsiProfile } from './profile.ts';

export interface Institution {
  readonly fixmedinsCode: string;
  /** Region of treatment (mdtrtarea_admvs) of this institution. */
  readonly admdvs: string;
}

export type Role = 'cashier' | 'supervisor' | 'auditor';

/** The operator behind a write: who, in which role, in which signed-in session (sign_no). */
export interface FsiOperator {
  readonly id: string;
  readonly role: Role;
  readonly session_id: string;
  /** The HIS client that opened the session. */
  readonly client_id: string;
}

export interface SessionInfo {
  readonly session_id: string;
  readonly opened_at: string;
  readonly closed_at: string | null;
}

/** Operator sign-in / sign-out (auth/sessions.ts OperatorSessions): 9001 / 9002 and sign_no. */
export interface SessionsPort {
  signIn(request: { readonly opter: string; readonly opter_name?: string; readonly role?: Role }, clientId: string): SessionInfo;
  signOut(operator: FsiOperator): SessionInfo;
  /** The operator of an open session; throws for unknown or closed sessions. */
  resolve(sessionId: string): FsiOperator;
}

/** The services behind the endpoint, each as narrow as the handlers need. */
export interface FsiServices {
  readonly persons: Pick<PersonService, 'identify'>;
  readonly settlements: Pick<SettlementService, 'pharmacySale' | 'pharmacyTrial' | 'get'>;
  readonly visits: Pick<VisitService, 'register' | 'admit' | 'discharge' | 'cancelDischarge' | 'setDiagnoses' | 'get' | 'addLines' | 'cancelLines' | 'trial' | 'settle' | 'settledUnder' | 'cancel' | 'setMedType'>;
  readonly cancellations: Pick<CancellationService, 'cancel' | 'reverse' | 'reversalOfMsgid'>;
  readonly sessions: SessionsPort;
  /** Daily totals of the insurance office's report (settlement/totals.ts). */
  readonly totals: { daily(date: string): DailyTotals };
  /** Read-only look-up of a known person (name and balance for setlinfo). */
  readonly people: { get(psnNo: string): Person | undefined };
  /** Every settlement and cancellation of China calendar days from … to (3202). */
  readonly ledger: { between(fromDay: string, toDay: string): LedgerRow[] };
  /** Files uploaded (9101) and made for download (9102). */
  readonly files: FileExchange;
}

export interface TxContext {
  readonly req: FsiRequest;
  readonly input: FsiRequest['input'];
  /** The signed-in operator (9001 runs before its session exists: session_id is empty there). */
  readonly operator: FsiOperator;
  readonly institution: Institution;
  readonly profile: FsiProfile;
  readonly services: FsiServices;
  /** The HIS client (API key) the message came through, for the sessions it opens. */
  readonly clientId: string;
  /** When the message arrived. */
  readonly now: Date;
  /** The msgid journal: what an earlier msgid was answered (2601 checks oinfno, and finds the stay a 2401 admitted). */
  readonly journal: { entry(msgid: string): { readonly infno: string; readonly answer: string } | undefined };
  /** Adds a line to the answer's `warn_msg` (Chinese, shown to the cashier as is). */
  warn(textZh: string): void;
}

export type TxHandler = (ctx: TxContext) => Promise<Record<string, unknown>>;

/** Where a download handler (9102) puts its file in its output: the endpoint sends the file itself. */
export const DOWNLOAD = Symbol('download');

export function isDownload(output: Record<string | symbol, unknown>): output is { [DOWNLOAD]: { readonly filename: string; readonly bytes: Buffer } } {
  return DOWNLOAD in output;
}

export type { Fields };
