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
import iconv from 'iconv-lite';
import { FsiEndpoint, type FsiEndpointDeps } from '../../fsi/endpoint.ts';

export const FSI_PATHS = ['/fsi/api/tx', '/fsi/api/rsfComIfsService/callService'] as const;

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
        },
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
