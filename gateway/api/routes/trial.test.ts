import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayError, isGatewayError } from '../../errors/gateway-error.ts';
import { trialJson } from '../../engine/testing.ts';
import { trialRoutes } from './trial.ts';

let app: FastifyInstance;

beforeAll(async () => {
  app = Fastify();
  // A minimal stand-in for the server's error mapping: GatewayError → {code, message, message_zh, details}.
  app.setErrorHandler((err, _request, reply) => {
    const gw = isGatewayError(err) ? err : new GatewayError('GW_INTERNAL', { cause: err });
    void reply.status(gw.status).send(gw.toJSON());
  });
  await app.register(trialRoutes);
  await app.ready();
});

afterAll(async () => {
  await app.close();
});

const request = trialJson({ policy: 'cn-gansu-resident-2007', acc: { inscp_toward_ceiling: '25000.00', hifp_paid: '5000.00' }, lines: [['SRV-A-0002', '1', '10000.00', '10000.00']] });

describe('POST /v1/trial', () => {
  it('returns the explained settlement', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/trial', payload: request });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // G05 in worked-examples.test.ts: 1,320 basic, 2,800 large-amount.
    expect(body.setlinfo).toMatchObject({ hifp_pay: '1320.00', hifmi_pay: '2800.00', psn_part_amt: '5880.00' });
    expect(body.trace.length).toBeGreaterThan(3);
    expect(body.setldetail.map((d: { fund_pay_type: string }) => d.fund_pay_type)).toEqual(['390100', '390200']);
  });

  it('refuses an unknown field with its path, the same as the CLI', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/trial', payload: { ...request, visit: { ...(request.visit as object), ward: 'A' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'visit.ward', problem: 'unknown field' } });
  });

  it('refuses a line amount that is not cnt × pric with 422', async () => {
    const bad = trialJson({ policy: 'cn-gansu-resident-2007', lines: [['DRG-A-0001', '3', '0.80', '2.41']] });
    const res = await app.inject({ method: 'POST', url: '/v1/trial', payload: bad });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'GW_LINE_AMOUNT_MISMATCH', details: { path: 'lines[0].det_item_fee_sumamt', expected: '2.40' } });
  });
});
