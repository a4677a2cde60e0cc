/**
 * `POST /fsi/api/tx` — the national-interface compatible endpoint, also served at the national
 * platform's own path `/fsi/api/rsfComIfsService/callService` and at the regional profile's
 * paths, each with the infno appended (`…/2207`) or as a query (`?i=2207`), so a HIS that
 * speaks the national interface only changes the base URL it is configured with.
 *
 * The HIS authenticates as its region's platform gateway wants (fsi/auth.ts: TIF or CSB
 * signatures, an apikey header, or an allow-listed address), or with a gateway API key; a
 * refusal is a national answer (HTTP 200, infcode −1), never a bare 401 that HIS HTTP
 * libraries turn into a transport error.
 *
 * The body is read as text whatever the Content-Type (HIS software sends application/json,
 * text/plain or nothing), decoded with the charset it names (UTF-8 by default; GBK is common
 * in older HIS), and parsed without turning amounts into floats. The answer is always HTTP 200
 * with `infcode` saying success or failure, as the national platform does, in the request's
 * charset.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ERROR } from '../schemas.ts';
import iconv from 'iconv-lite';
import { FsiEndpoint, type FsiEndpointDeps, type FsiResult } from '../../fsi/endpoint.ts';
import { GatewayError, isGatewayError } from '../../errors/gateway-error.ts';
import type { FsiAuthenticator } from '../../fsi/auth.ts';
import { presentedKey } from '../../auth/plugin.ts';

/** How the endpoint knows who calls (built by app.ts from the configuration). */
export interface FsiAccess {
  /** Gateway API keys (Authorization: Bearer / X-Api-Key), accepted under every profile. */
  readonly keys: { verify(presented: string): { readonly key_id: string } | undefined };
  /** The region's own scheme, when the profile has one. */
  readonly authenticator?: FsiAuthenticator | undefined;
  /** config.requireApiKey: without it (a lab machine) an unauthenticated message is let in. */
  readonly requireApiKey: boolean;
}

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
/** Who sent the message: a gateway API key, else the region's scheme; a refusal otherwise. */
function callerOf(request: FastifyRequest, access: FsiAccess): string {
  const key = presentedKey(request);
  if (key !== undefined) {
    const client = access.keys.verify(key);
    if (!client) throw new GatewayError('GW_UNAUTHORIZED', { detail: 'the gateway API key is unknown or revoked', details: { path: 'headers.authorization' } });
    return client.key_id;
  }
  if (access.authenticator) {
    const query = Object.fromEntries(Object.entries(request.query as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
    return access.authenticator.authenticate({ headers: request.headers, ip: request.ip, query });
  }
  if (!access.requireApiKey) return 'fsi';
  throw new GatewayError('GW_UNAUTHORIZED', { detail: 'no credential: send the gateway API key, or configure the region\'s profile (fsiProfile) and its credential', details: { path: 'headers.authorization' } });
}

const INFNO = /^\d{4}[A-Za-z]?$/;

/** The infno the URL names: the path's last segment or `?i=` / `?infno=`; undefined when none. */
function urlInfnoOf(request: FastifyRequest): string | undefined {
  const fromPath = (request.params as { infno?: string }).infno;
  const query = request.query as Record<string, unknown>;
  const fromQuery = typeof query.i === 'string' ? query.i : typeof query.infno === 'string' ? query.infno : undefined;
  const found = fromPath ?? fromQuery;
  if (found !== undefined && !INFNO.test(found)) throw new GatewayError('GW_FSI_UNKNOWN_INFNO', { detail: found, details: { path: 'url', infno: found } });
  return found;
}

/**
 * The fastify plugin. Deps (build them with `fsiDepsFrom` in gateway/fsi/index.ts): the
 * gateway's services (persons, settlements, visits, cancellations, sessions, a person look-up,
 * daily totals), its database (for the msgid journal), the institution (fixmedinsCode,
 * admdvs), optionally a regional profile, a clock and a logger; and how callers authenticate.
 * Its routes authenticate themselves (route config `selfAuthenticated`): the auth hook leaves
 * them alone, so a refusal can be a national answer.
 */
export function fsiRoutes(deps: FsiEndpointDeps | FsiEndpoint, access: FsiAccess) {
  const endpoint = deps instanceof FsiEndpoint ? deps : new FsiEndpoint(deps);
  const bases = [...FSI_PATHS, ...(endpoint.profile.paths ?? [])];
  return async function routes(app: FastifyInstance): Promise<void> {
    // Encapsulated: these parsers apply to this plugin's routes only.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
      done(null, iconv.decode(body as Buffer, charsetOf(request.headers['content-type'])));
    });
    for (const url of bases.flatMap((base) => [base, `${base}/:infno`])) {
      app.post(url, {
        config: { selfAuthenticated: true },
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
        let result: FsiResult;
        try {
          const client = callerOf(request, access);
          result = await endpoint.handle(typeof request.body === 'string' ? request.body : '', client, urlInfnoOf(request));
        } catch (err) {
          if (!isGatewayError(err)) throw err;
          result = endpoint.refuse(err);
        }
        if (result.file) {
          // 9102: the file is the body, as the platform sends it; a refusal is a JSON answer as always
          return reply
            .code(200)
            .header('content-type', 'application/octet-stream')
            .header('content-disposition', `attachment; filename="${result.file.filename.replace(/[^\w.-]/g, '_')}"`)
            .send(result.file.bytes);
        }
        const charset = charsetOf(request.headers['content-type']);
        return reply
          .code(200)
          .header('content-type', `application/json; charset=${charset}`)
          .send(charset === 'utf-8' || charset === 'utf8' ? result.text : iconv.encode(result.text, charset));
      });
    }
  };
}
