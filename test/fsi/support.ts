/**
 * A gateway for national-interface tests: the API tests' gateway (own data directory, centre
 * simulator, API keys on) with the national-interface route, and a HIS-side client that
 * builds envelopes the way HIS software does (30-character msgids, inf_time, sign_no) and
 * reads answers keeping every number's literal text.
 */
import { isLosslessNumber } from 'lossless-json';
import { startTestGateway, type TestGateway } from '../api/support.ts';
import { FSI_PATHS } from '../../gateway/api/routes/fsi.ts';
import { fsiDepsFrom, FsiEndpoint, type FsiProfile } from '../../gateway/fsi/index.ts';
import { num, parseFsiJson, stringifyFsiJson } from '../../gateway/fsi/wire.ts';
import type { Config } from '../../gateway/config.ts';

export { ZHANG_SAN, LI_SI } from '../api/support.ts';
export { num };

/** An answer with each JSON number replaced by its literal text ("51.00"), so fields compare exactly. */
export type Answer = {
  infcode: string | number;
  inf_refmsgid: string;
  refmsg_time: string;
  respond_time: string;
  err_msg: string | null;
  warn_msg: string | null;
  output: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  gw_code?: string;
  gw_message?: string;
  gw_details?: Record<string, unknown>;
};

export function readAnswer(text: string): Answer {
  const parsed = parseFsiJson(text) as Record<string, unknown>;
  // infcode stays a number (or a string, when a region answers strings) so tests see which.
  const infcode = isLosslessNumber(parsed.infcode) ? Number(parsed.infcode.value) : parsed.infcode;
  const literal = (v: unknown): unknown => {
    if (isLosslessNumber(v)) return v.value;
    if (Array.isArray(v)) return v.map(literal);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, literal(x)]));
    return v;
  };
  return { ...(literal(parsed) as Answer), infcode: infcode as Answer['infcode'] };
}

export interface Envelope {
  readonly msgid?: string;
  readonly signNo?: string;
  readonly opter?: string;
  readonly fixmedinsCode?: string;
  /** Extra or replaced envelope fields. */
  readonly extra?: Record<string, unknown>;
}

export interface HisClient {
  /** Sends one message; returns the answer's text and its parsed form. */
  send(infno: string, input: unknown, env?: Envelope): Promise<{ text: string; answer: Answer; msgid: string }>;
  /** Sends a raw body (bytes or text) with a content type. */
  raw(body: string | Buffer, contentType?: string): Promise<{ text: string; answer: Answer; headers: Record<string, unknown> }>;
  /** 9001 for an operator; returns sign_no. A supervisor or auditor signs in at the REST API with their secret (t.signIn), as 9001 opens cashiers' sessions only. */
  signIn(opter: string, role?: 'cashier' | 'supervisor' | 'auditor'): Promise<string>;
  newMsgid(): string;
}

export const FIXMEDINS = 'H15220100001';
let seq = 0;

/** institution code (12) + yyyyMMddHHmmss (14, China time) + sequence (4) = 30 characters. */
export function newMsgid(): string {
  const stamp = new Date(Date.now() + 8 * 3600_000).toISOString().replace(/[-:TZ.]/g, '').slice(0, 14);
  seq = (seq + 1) % 10_000;
  return `${FIXMEDINS}${stamp}${String(seq).padStart(4, '0')}`;
}

export interface FsiTestGateway extends TestGateway {
  readonly his: HisClient;
  /** An endpoint over the same services with another profile (regional variants), called directly. */
  endpointWith(profile: FsiProfile): FsiEndpoint;
}

export async function startFsiGateway(overrides: Partial<Config> = {}): Promise<FsiTestGateway> {
  const t = await startTestGateway(overrides);
  const { gw } = t;
  const parts = { db: gw.db, persons: gw.persons, api: gw.api, institution: { fixmedinsCode: gw.config.fixmedinsCode, admdvs: gw.config.admdvs } };
  // app.ts wires the route itself: the gateway's own registration is the one under test.
  if (!gw.app.hasRoute({ method: 'POST', url: FSI_PATHS[0] })) throw new Error('the gateway serves no national-interface endpoint');

  const post = async (payload: string | Buffer, contentType: string) => {
    const res = await gw.app.inject({ method: 'POST', url: FSI_PATHS[0], headers: { authorization: `Bearer ${t.key}`, 'content-type': contentType }, payload });
    if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${res.body}`);
    return res;
  };
  const his: HisClient = {
    newMsgid,
    async send(infno, input, env = {}) {
      const msgid = env.msgid ?? newMsgid();
      const envelope = {
        infno, msgid, mdtrtarea_admvs: '152201', insuplc_admdvs: '152201', recer_sys_code: 'YBJK', dev_no: '', dev_safe_info: '',
        cainfo: '', signtype: '', infver: 'V1.0', opter_type: '1', opter: env.opter ?? 'cashier-01', opter_name: '收款员',
        inf_time: '2026-11-22 21:03:37', fixmedins_code: env.fixmedinsCode ?? FIXMEDINS, fixmedins_name: '兴安盟人民医院',
        sign_no: env.signNo ?? '', input, ...env.extra,
      };
      const res = await post(stringifyFsiJson(envelope, 'number'), 'application/json');
      return { text: res.body, answer: readAnswer(res.body), msgid };
    },
    async raw(body, contentType = 'application/json') {
      const res = await post(body, contentType);
      return { text: res.body, answer: readAnswer(res.body), headers: res.headers };
    },
    async signIn(opter, role = 'cashier') {
      if (role !== 'cashier') return t.signIn(opter, role);
      const { answer } = await his.send('9001', { signIn: { opter_no: opter, mac: '00-16-3E-00-00-01', ip: '10.1.2.3' } }, { opter });
      if (answer.infcode !== 0) throw new Error(`9001 failed: ${answer.err_msg}`);
      return answer.output!.signinoutb.sign_no as string;
    },
  };
  return {
    ...t,
    his,
    endpointWith: (profile) => new FsiEndpoint({ ...fsiDepsFrom(parts), profile }),
  };
}

/** The HIS's pharmacy lines: amounts as JSON numbers with places, as HIS software writes them. */
export const DRUG_LINES = [
  { feedetl_sn: '1', med_list_codg: 'DRG-A-0001', medins_list_codg: 'H-0001', cnt: num('20'), pric: num('0.80'), det_item_fee_sumamt: num('16.00'), rxno: 'RX001', fee_ocur_time: '2026-11-22 21:00:00' },
  { feedetl_sn: '2', med_list_codg: 'DRG-C-0001', medins_list_codg: 'H-0002', cnt: num('1'), pric: num('35.00'), det_item_fee_sumamt: num('35.00'), rxno: 'RX001', fee_ocur_time: '2026-11-22 21:00:00' },
];
