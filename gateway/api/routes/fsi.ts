/**
 * `POST /fsi/api/tx` — the national-interface compatible endpoint (issue 8), also served at
 * the national platform's own path `/fsi/api/rsfComIfsService/callService`, so a HIS that
 * speaks the national interface only changes the host in its URL.
 *
 * The body is read as text whatever the Content-Type (HIS software sends application/json,
 * text/plain or nothing), decoded with the charset it names (UTF-8 by default; GBK is common
 * in older HIS), and parsed without turning amounts into floats. The answer is always HTTP 200
 * with `infcode` saying success or failure, as the national platform does, in the request's
 * charset.
 */
import type { FastifyInstance } from 'fastify';
import { ERROR } from '../schemas.ts';
import iconv from 'iconv-lite';
import { FsiEndpoint, type FsiEndpointDeps } from '../../fsi/endpoint.ts';

export const FSI_PATHS = ['/fsi/api/tx', '/fsi/api/rsfComIfsService/callService'] as const;

const TEXT = { type: 'string' } as const;

/** The national envelope as a HIS sends it (documentation: the body is read as text, in its charset). */
const FSI_REQUEST = {
  type: 'object',
  required: ['infno', 'msgid', 'opter', 'input'],
  properties: {
    infno: { type: 'string', description: 'transaction code, e.g. 2102 (regional variants such as 2203A are mapped by the profile)' },
    msgid: { type: 'string', description: 'institution code + yyyyMMddHHmmss + sequence (30 characters); the idempotency key' },
    mdtrtarea_admvs: TEXT, insuplc_admdvs: TEXT, recer_sys_code: TEXT, dev_no: TEXT, dev_safe_info: TEXT, cainfo: TEXT, signtype: TEXT, infver: TEXT,
    opter_type: { type: 'string', enum: ['1', '2', '3'] }, opter: TEXT, opter_name: TEXT,
    inf_time: { type: 'string', description: 'yyyy-MM-dd HH:mm:ss, China time' },
    fixmedins_code: TEXT, fixmedins_name: TEXT,
    sign_no: { type: 'string', description: 'the sign_no 9001 answered' },
    input: { type: 'object', additionalProperties: true, description: 'the transaction\'s nodes (data, drugdetail, feedetail, …); a JSON string holding them is accepted too' },
  },
  examples: [{
    infno: '2102', msgid: 'H15220100001202611222103370001', mdtrtarea_admvs: '152201', insuplc_admdvs: '152201', recer_sys_code: 'YBJK', infver: 'V1.0',
    opter_type: '1', opter: 'cashier-01', opter_name: '收款员一', inf_time: '2026-11-22 21:03:37', fixmedins_code: 'H15220100001', fixmedins_name: '兴安盟人民医院', sign_no: 'd3f1c2a0-…',
    input: { data: { psn_no: '15220100000000000001', mdtrt_cert_type: '02', mdtrt_cert_no: '152201198001011237', med_type: '41', medfee_sumamt: 51.0, acct_used_flag: '0', insutype: '390' }, drugdetail: [{ feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: 20, pric: 0.8, det_item_fee_sumamt: 16.0 }] },
  }],
} as const;

/** The national answer: always HTTP 200, infcode saying success (0) or failure (−1). */
const FSI_ANSWER = {
  type: 'object',
  required: ['infcode', 'inf_refmsgid', 'refmsg_time', 'respond_time', 'err_msg', 'warn_msg', 'output'],
  properties: {
    infcode: { type: ['integer', 'string'], description: '0 success, −1 failure (a string where the regional platform answers strings)' },
    inf_refmsgid: TEXT, refmsg_time: TEXT, respond_time: TEXT,
    err_msg: { type: ['string', 'null'], description: 'the cashier\'s message in Chinese on failure' },
    warn_msg: { type: ['string', 'null'] },
    output: { type: ['object', 'null'], additionalProperties: true, description: 'the transaction\'s output nodes (setlinfo, setldetail, …); null on failure' },
    gw_code: { type: 'string', description: 'on failure: the gateway\'s stable GW_ code' },
    gw_message: TEXT,
    gw_details: { type: 'object', additionalProperties: true },
  },
} as const;

function charsetOf(contentType: string | undefined): string {
  const m = /charset\s*=\s*"?([\w-]+)"?/i.exec(contentType ?? '');
  const name = m?.[1]?.toLowerCase() ?? 'utf-8';
  return iconv.encodingExists(name) ? name : 'utf-8';
}

/**
 * The fastify plugin. Deps (build them with `fsiDepsFrom` in gateway/fsi/index.ts): the
 * gateway's services (persons, settlements, visits, cancellations, sessions, a person look-up,
 * daily totals), its database (for the msgid journal), the institution (fixmedinsCode,
 * admdvs), optionally a regional profile, a clock and a logger. Register it after the auth
 * hook: a HIS sends its API key like any client (`Authorization: Bearer yk_…`).
 */
export function fsiRoutes(deps: FsiEndpointDeps | FsiEndpoint) {
  const endpoint = deps instanceof FsiEndpoint ? deps : new FsiEndpoint(deps);
  return async function routes(app: FastifyInstance): Promise<void> {
    // Encapsulated: these parsers apply to this plugin's routes only.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
      done(null, iconv.decode(body as Buffer, charsetOf(request.headers['content-type'])));
    });
    for (const url of FSI_PATHS) {
      app.post(url, {
        schema: {
          summary: 'National-interface message (infno, msgid, input) → answer (infcode, output); see gateway/fsi/CONFORMANCE.md',
          tags: ['national interface'],
          hide: url !== FSI_PATHS[0],
          body: FSI_REQUEST,
          response: { 200: FSI_ANSWER, '4xx': ERROR },
        },
        // The body is text in the HIS's charset, parsed by the endpoint itself (lossless numbers,
        // duplicate keys refused): the schema above documents it and is not used to validate.
        validatorCompiler: () => (data: unknown) => ({ value: data }),
      }, async (request, reply) => {
        const result = await endpoint.handle(typeof request.body === 'string' ? request.body : '', request.apiClient?.key_id ?? 'fsi');
        const charset = charsetOf(request.headers['content-type']);
        return reply
          .code(200)
          .header('content-type', `application/json; charset=${charset}`)
          .send(charset === 'utf-8' || charset === 'utf8' ? result.text : iconv.encode(result.text, charset));
      });
    }
  };
}
