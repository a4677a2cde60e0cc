/**
 * The HIS API contract as a HIS vendor's tools see it: the live `/docs/json` passes a strict
 * validator (@apidevtools/swagger-parser) and `redocly lint` with no error; every operation
 * has an operationId, the API key schemes are declared (and the open routes say so); and a
 * pharmacy sale client compiles against TypeScript types generated from the document
 * (openapi-typescript), reading `result.setlinfo.psn_cash_pay` as a string — while reading a
 * field the contract does not have fails to compile.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFsiGateway, type FsiTestGateway } from '../fsi/support.ts';
import { ERROR_CODES } from '../../gateway/errors/registry.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = (name: string) => join(ROOT, 'node_modules', '.bin', name);

let t: FsiTestGateway;
let doc: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let dir: string;
let file: string;

beforeAll(async () => {
  t = await startFsiGateway();
  const res = await t.gw.app.inject({ method: 'GET', url: '/docs/json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
  dir = mkdtempSync(join(tmpdir(), 'yibao-openapi-'));
  file = join(dir, 'openapi.json');
  writeFileSync(file, res.body);
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const operations = () => Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));

describe('the OpenAPI document at /docs/json', () => {
  it('passes @apidevtools/swagger-parser validate', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('passes redocly lint with no error', () => {
    const run = spawnSync(BIN('redocly'), ['lint', file, '--format=json'], { encoding: 'utf8', cwd: dir });
    const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; severity: string; message: string }> };
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
    expect(report.totals.errors).toBe(0);
    expect(run.status).toBe(0);
  });

  it('names every operation once, declares the key schemes, and marks the open routes', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id as string))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.components.securitySchemes).toMatchObject({ bearer: { type: 'http', scheme: 'bearer' }, apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } });
    expect(doc.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.paths['/readyz'].get.security).toEqual([]);
    expect(doc.paths['/v1/pharmacy/sales'].post.security).toBeUndefined();
    expect(doc.paths['/v1/pharmacy/sales'].post.operationId).toBe('postPharmacySales');
  });

  it('documents the error answer with the whole GW_ code list, and typed settlement results', () => {
    const sale = doc.paths['/v1/pharmacy/sales'].post;
    const error = sale.responses['4XX'].content['application/json'].schema;
    expect(error.properties.code.enum).toEqual(Object.keys(ERROR_CODES));
    const view = sale.responses['200'].content['application/json'].schema;
    expect(view.required).toEqual(expect.arrayContaining(['setl_id', 'result']));
    expect(view.properties.result.properties.setlinfo.required).toContain('psn_cash_pay');
    for (const path of ['/v1/trial', '/v1/reconciliation', '/v1/settlements/{setl_id}/receipt', '/fsi/api/tx']) {
      const op = Object.values(doc.paths[path])[0] as { responses: Record<string, unknown> };
      expect(op.responses, path).toHaveProperty('200');
    }
    expect(doc.paths['/fsi/api/tx'].post.requestBody.content['application/json'].schema.required).toEqual(['infno', 'msgid', 'opter', 'input']);
  });
});

describe('a pharmacy sale client compiled against types generated from the document', () => {
  function compile(client: string): { status: number | null; output: string } {
    writeFileSync(join(dir, 'client.ts'), client);
    const run = spawnSync(BIN('tsc'), ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', join(dir, 'client.ts')], { encoding: 'utf8', cwd: dir });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  beforeAll(async () => {
    const ast = await openapiTS(structuredClone(doc) as never);
    writeFileSync(join(dir, 'api.d.ts'), astToString(ast));
  });

  const CLIENT = (read: string) => `
import type { paths } from './api.js';
type Sale = paths['/v1/pharmacy/sales']['post'];
type SaleBody = Sale['requestBody'] extends { content: { 'application/json': infer B } } | undefined ? B : never;
type SaleOk = Sale['responses'][200]['content']['application/json'];
type SaleError = Sale['responses']['4XX']['content']['application/json'];

export async function sell(base: string, key: string, session: string, body: SaleBody): Promise<string> {
  const res = await fetch(base + '/v1/pharmacy/sales', {
    method: 'POST',
    headers: { authorization: 'Bearer ' + key, 'x-session-id': session, 'idempotency-key': crypto.randomUUID(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const err = (await res.json()) as SaleError;
    const code: 'GW_VALIDATION' | 'GW_PERSON_UNKNOWN' | (string & {}) = err.code;
    throw new Error(code + ': ' + err.message_zh);
  }
  const result = (await res.json()) as SaleOk;
  const due: string = ${read};
  return due;
}
sell('http://127.0.0.1:8860', 'yk_x', 's', { psn_no: 'P1', lines: [{ feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '20', pric: '0.80', det_item_fee_sumamt: '16.00' }] });
`;

  it('reading result.setlinfo.psn_cash_pay type-checks', () => {
    const out = compile(CLIENT('result.result.setlinfo.psn_cash_pay'));
    expect(out.output).toBe('');
    expect(out.status).toBe(0);
  });

  it('reading a field the contract does not have does not', () => {
    const out = compile(CLIENT('result.result.setlinfo.cash_to_collect'));
    expect(out.status).not.toBe(0);
    expect(out.output).toMatch(/Property 'cash_to_collect' does not exist/);
  });

  it('the generated types are the document\'s: tsc accepts them on their own', () => {
    expect(execFileSync(BIN('tsc'), ['--noEmit', '--strict', '--skipLibCheck', join(dir, 'api.d.ts')], { encoding: 'utf8' })).toBe('');
  });
});
