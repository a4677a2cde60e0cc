/**
 * Approving a cancellation at the gateway, where the HIS cannot read the approver's secret:
 *
 * - `GET /approve` — a small page (Chinese) where a supervisor or reviewer types the
 *   settlement number, their operator id and their own secret; `?setl_id=` fills the number.
 * - `POST /approve` — what the page sends, and what a supervisor's own device may call:
 *   `{ setl_id, opter, secret }` → the settlement's approval status. No API key: the secret
 *   is the credential (wrong ones lock the operator).
 * - `GET /v1/settlements/{setl_id}/approvals` — for the HIS: what the cancellation's tier
 *   needs and who has approved so far (never a secret).
 */
import type { FastifyInstance } from 'fastify';
import type { ApprovalService } from '../../settlement/approval-records.ts';
import { ERROR } from '../schemas.ts';

const STATUS = {
  type: 'object',
  required: ['setl_id', 'tier', 'required', 'approvals'],
  properties: {
    setl_id: { type: 'string' },
    tier: { type: 'integer', enum: [1, 2, 3] },
    required: {
      type: 'object', required: ['people', 'supervisors'],
      properties: { people: { type: 'integer', description: 'people in all, the one asking for the cancellation included' }, supervisors: { type: 'integer' } },
    },
    approvals: {
      type: 'array',
      items: {
        type: 'object',
        required: ['approval_id', 'id', 'name', 'role', 'via', 'approved_at', 'expires_at'],
        properties: {
          approval_id: { type: 'string' }, id: { type: 'string', description: 'the approver\'s operator id' }, name: { type: 'string' },
          role: { type: 'string', enum: ['cashier', 'supervisor'] }, via: { type: 'string', enum: ['page', 'api', 'cli'] },
          approved_at: { type: 'string' }, expires_at: { type: 'string' },
        },
      },
    },
  },
} as const;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>撤销审批 — 医保结算网关</title>
<style>
body { font-family: "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; max-width: 28em; margin: 2em auto; padding: 0 1em; }
label { display: block; margin-top: 1em; }
input { width: 100%; font-size: 1.2em; padding: .3em; box-sizing: border-box; }
button { margin-top: 1.5em; font-size: 1.2em; padding: .4em 2em; }
#result { margin-top: 1.5em; padding: .8em; white-space: pre-line; }
#result.ok { background: #e6f4ea; } #result.error { background: #fce8e6; }
</style>
</head>
<body>
<h1>撤销审批</h1>
<p>由审批人本人输入密码，HIS 不会得到密码。审批后，收款员在 HIS 中照常撤销即可。</p>
<form id="approve" autocomplete="off">
<label>结算号（setl_id）<input name="setl_id" id="setl_id" required maxlength="64"></label>
<label>审批人操作员编号<input name="opter" id="opter" required maxlength="30"></label>
<label>审批人密码<input name="secret" id="secret" type="password" required maxlength="64" autocomplete="off"></label>
<button type="submit">审批同意</button>
</form>
<div id="result" role="status" aria-live="polite"></div>
<script src="/approve/page.js"></script>
</body>
</html>
`;

const SCRIPT = `'use strict';
const form = document.getElementById('approve');
const result = document.getElementById('result');
const given = new URLSearchParams(location.search).get('setl_id');
if (given) document.getElementById('setl_id').value = given;
const ROLE = { cashier: '复核', supervisor: '负责人' };
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const secret = document.getElementById('secret');
  const body = { setl_id: document.getElementById('setl_id').value.trim(), opter: document.getElementById('opter').value.trim(), secret: secret.value, via: 'page' };
  secret.value = '';
  result.className = ''; result.textContent = '正在审批…';
  try {
    const res = await fetch('/approve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await res.json();
    if (!res.ok) { result.className = 'error'; result.textContent = '未审批：' + answer.message_zh + '（' + answer.code + '）'; return; }
    const people = answer.approvals.map((a) => a.name + '（' + (ROLE[a.role] || a.role) + '）').join('、');
    result.className = 'ok';
    result.textContent = '已审批。结算 ' + answer.setl_id + ' 属第 ' + answer.tier + ' 级：需 ' + answer.required.people + ' 人（含申请人），其中负责人 ' + answer.required.supervisors + ' 人。\\n已审批：' + people;
  } catch (err) {
    result.className = 'error'; result.textContent = '网关无应答，请稍后重试：' + err;
  }
});
`;

const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export function approvalRoutes(approvals: ApprovalService) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/approve', {
      schema: { summary: 'The approval page (撤销审批), where the approver types their own secret', tags: ['approvals'], response: { 200: { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } } } },
    }, async (_request, reply) => reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(PAGE));

    app.get('/approve/page.js', { schema: { hide: true } }, async (_request, reply) => reply.headers(PAGE_HEADERS).type('text/javascript; charset=utf-8').send(SCRIPT));

    app.post<{ Body: { setl_id: string; opter: string; secret: string; via?: 'page' | 'api' } }>('/approve', {
      schema: {
        summary: 'Approve a settlement\'s cancellation with the approver\'s own secret',
        description: 'Called by the approval page or by the approver\'s own device, never by the HIS: the secret is the credential, so no API key is needed. Wrong secrets count towards locking the operator.',
        tags: ['approvals'],
        security: [],
        body: {
          type: 'object', additionalProperties: false, required: ['setl_id', 'opter', 'secret'],
          properties: {
            setl_id: { type: 'string', minLength: 1, maxLength: 64 },
            opter: { type: 'string', minLength: 1, maxLength: 30 },
            secret: { type: 'string', minLength: 1, maxLength: 64, format: 'password' },
            via: { type: 'string', enum: ['page', 'api'], default: 'api' },
          },
        },
        response: { 200: STATUS, '4xx': ERROR, '5xx': ERROR },
      },
    }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const { setl_id, opter, secret, via } = request.body;
      const status = await approvals.approve({ setl_id, opter, secret, via: via ?? 'api' });
      request.log.info({ setl_id, opter, via }, 'cancellation approved');
      return status;
    });

    app.get<{ Params: { setl_id: string } }>('/v1/settlements/:setl_id/approvals', {
      schema: {
        summary: 'What cancelling this settlement needs, and who has approved so far',
        tags: ['approvals'],
        params: { type: 'object', required: ['setl_id'], properties: { setl_id: { type: 'string', minLength: 1, maxLength: 64 } } },
        response: { 200: STATUS, '4xx': ERROR },
      },
    }, async (request) => approvals.status(request.params.setl_id));
  };
}
