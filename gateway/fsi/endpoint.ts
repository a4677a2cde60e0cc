/**
 * The national-interface compatible endpoint: one message in, one answer out.
 *
 *   parse envelope → check institution → look up infno → same msgid answered before? replay
 *   → run the transaction on the gateway's services → answer → journal the answer (successes)
 *
 * Every outcome is an answer: a refusal is `infcode -1` with the cashier's Chinese message in
 * `err_msg` and the registry code in `gw_code`; nothing a HIS sends makes the endpoint throw.
 * Messages with the same msgid are handled one after the other, so a HIS that resends while
 * the first attempt is still running gets the first attempt's answer, never a second run.
 */
import type { Logger } from 'pino';
import type { Db } from '../store/db.ts';
import { GatewayError, isGatewayError } from '../errors/gateway-error.ts';
import { WRITERS } from '../api/operator.ts';
import { DOWNLOAD, isDownload, type FsiOperator, type FsiServices, type Institution, type TxContext } from './context.ts';
import { failureAnswer, parseEnvelope, successAnswer, type FsiAnswer, type FsiRequest } from './envelope.ts';
import { FsiJournal } from './journal.ts';
import { loadFsiProfile, type FsiProfile } from './profile.ts';
import { TRANSACTIONS, type TxSpec } from './transactions.ts';
import { stringifyFsiJson } from './wire.ts';

export interface FsiEndpointDeps {
  readonly services: FsiServices;
  /** The gateway's database; holds the msgid journal. */
  readonly db: Db;
  readonly institution: Institution;
  /** Regional variant; defaults to profiles/national.json. */
  readonly profile?: FsiProfile;
  readonly now?: () => Date;
  readonly log?: Logger;
}

/** A download's file (9102). */
type DownloadedFile = { readonly filename: string; readonly bytes: Buffer };

export interface FsiResult {
  /** The answer as sent (JSON text); for a download (9102), a short note of what was sent. */
  readonly text: string;
  /** A file download's answer (9102): the file itself is the HTTP body, as the platform sends it. */
  readonly file?: { readonly filename: string; readonly bytes: Buffer };
  readonly infcode: 0 | -1;
  readonly msgid: string | undefined;
  readonly infno: string | undefined;
  readonly code: string | undefined;
}

export class FsiEndpoint {
  readonly profile: FsiProfile;
  private readonly journal: FsiJournal;
  private readonly now: () => Date;
  private readonly inflight = new Map<string, Promise<unknown>>();
  /** Sessions opened implicitly per opter when the profile does not require 9001. */
  private readonly implicit = new Map<string, string>();

  constructor(private readonly deps: FsiEndpointDeps) {
    this.profile = deps.profile ?? loadFsiProfile();
    this.journal = new FsiJournal(deps.db);
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Handles one message: `body` is its text (or an already parsed value); `clientId` names the
   * HIS client (API key) it came through. Never rejects.
   */
  async handle(body: unknown, clientId = 'fsi', urlInfno?: string): Promise<FsiResult> {
    const received = this.now();
    let req: FsiRequest | undefined;
    try {
      req = parseEnvelope(body, this.profile, urlInfno);
      const parsed = req;
      const answered = await this.serialised(parsed.msgid, () => this.answer(parsed, received, clientId));
      this.deps.log?.info({ msgid: parsed.msgid, infno: parsed.infno, infcode: 0 }, 'fsi answered');
      if (typeof answered !== 'string') {
        return { text: `file ${answered.filename} (${answered.bytes.length} bytes)`, file: answered, infcode: 0, msgid: parsed.msgid, infno: parsed.infno, code: undefined };
      }
      return { text: answered, infcode: 0, msgid: parsed.msgid, infno: parsed.infno, code: undefined };
    } catch (err) {
      const gwErr = isGatewayError(err) ? err : new GatewayError('GW_INTERNAL', { cause: err });
      const log = this.deps.log;
      if (gwErr.status >= 500 && gwErr.code !== 'GW_FSI_NOT_SUPPORTED') log?.error({ err, msgid: req?.msgid, infno: req?.infno, code: gwErr.code }, 'fsi transaction failed');
      else log?.info({ msgid: req?.msgid, infno: req?.infno, infcode: -1, code: gwErr.code, detail: gwErr.message }, 'fsi refused');
      const answer = failureAnswer(gwErr, this.times(received), this.profile);
      return { text: this.write(answer), infcode: -1, msgid: req?.msgid, infno: req?.infno, code: gwErr.code };
    }
  }

  /** A refusal before the message is read (authentication), in the national answer's shape. */
  refuse(err: GatewayError): FsiResult {
    this.deps.log?.warn({ code: err.code, detail: err.message }, 'fsi refused before reading the message');
    return { text: this.write(failureAnswer(err, this.times(this.now()), this.profile)), infcode: -1, msgid: undefined, infno: undefined, code: err.code };
  }

  private async answer(req: FsiRequest, received: Date, clientId: string): Promise<string | DownloadedFile> {
    const { institution } = this.deps;
    if (this.profile.check_institution && req.fixmedinsCode !== undefined && req.fixmedinsCode !== institution.fixmedinsCode) {
      throw new GatewayError('GW_FSI_WRONG_INSTITUTION', { details: { path: 'fixmedins_code', expected: institution.fixmedinsCode } });
    }
    const spec = TRANSACTIONS[req.infno];
    if (!spec) throw new GatewayError('GW_FSI_UNKNOWN_INFNO', { detail: req.infnoSent, details: { path: 'infno', infno: req.infnoSent } });
    const replayed = this.journal.replay(req.msgid, req.infno, req.requestHash);
    if (replayed !== undefined) return replayed;
    if (!spec.run) throw new GatewayError('GW_FSI_NOT_SUPPORTED', { detail: `${req.infno} ${spec.name}`, details: { infno: req.infno } });

    const warnings: string[] = [];
    const operator = this.operatorFor(req, spec, clientId);
    if (spec.write && !WRITERS.includes(operator.role)) {
      throw new GatewayError('GW_FORBIDDEN', { detail: `${req.infno} needs role ${WRITERS.join(' or ')}, sign_no is ${operator.role}`, details: { role: operator.role, allowed: WRITERS } });
    }
    const ctx: TxContext = {
      req,
      input: req.input,
      operator,
      clientId,
      institution,
      profile: this.profile,
      services: this.deps.services,
      now: received,
      journal: this.journal,
      warn: (text) => warnings.push(text),
    };
    const output = await spec.run(ctx);
    // a download is its file, sent as is and not journalled: asking again is harmless
    if (isDownload(output)) return output[DOWNLOAD];
    const text = this.write(successAnswer(output, warnings, this.times(received), this.profile));
    return this.journal.record({ msgid: req.msgid, infno: req.infno, requestHash: req.requestHash, answer: text, opter: req.opter }, this.now());
  }

  /**
   * The operator behind a message: the session its sign_no names (whose operator must be the
   * message's opter); without sign_no, a refusal when the profile requires sign-in, else a
   * session the gateway opens for the opter on first use (audited like any sign-in).
   */
  private operatorFor(req: FsiRequest, spec: TxSpec, clientId: string): FsiOperator {
    if (spec.opensSession) return { id: req.opter, role: 'cashier', session_id: '', client_id: clientId };
    const { sessions } = this.deps.services;
    const signNo = req.signNo ?? spec.signNoIn?.(req.input);
    if (signNo !== undefined) {
      const operator = sessions.resolve(signNo);
      if (operator.id !== req.opter) throw new GatewayError('GW_FSI_OPERATOR_MISMATCH', { details: { path: 'sign_no' } });
      return operator;
    }
    if (this.profile.require_sign_in) throw new GatewayError('GW_FSI_SIGN_IN_REQUIRED', { details: { path: 'sign_no' } });
    const known = this.implicit.get(req.opter);
    if (known !== undefined) {
      try {
        return sessions.resolve(known);
      } catch {
        // Signed out since (9002 or the REST API): open a new session below.
      }
    }
    const session = sessions.signIn({ opter: req.opter, ...(req.opterName ? { opter_name: req.opterName } : {}) }, clientId);
    this.implicit.set(req.opter, session.session_id);
    return { id: req.opter, role: 'cashier', session_id: session.session_id, client_id: clientId };
  }

  private times(received: Date): { received: Date; responded: Date; admdvs: string } {
    return { received, responded: this.now(), admdvs: this.deps.institution.admdvs };
  }

  private write(answer: FsiAnswer): string {
    return stringifyFsiJson(answer, this.profile.numbers);
  }

  /** Runs `work` after any earlier message with the same msgid has finished. */
  private async serialised<T>(msgid: string, work: () => Promise<T>): Promise<T> {
    const before = this.inflight.get(msgid) ?? Promise.resolve();
    const run = before.then(work, work);
    const settled = run.catch(() => undefined);
    this.inflight.set(msgid, settled);
    try {
      return await run;
    } finally {
      if (this.inflight.get(msgid) === settled) this.inflight.delete(msgid);
    }
  }
}
