/**
 * POST /v1/trial — the pre-settlement trial: the same `trial()` the CLI and the
 * settlement path use, no side effects. The body's JSON Schema is the engine's own
 * (`TRIAL_REQUEST_SCHEMA`), published in the OpenAPI document; the engine validates it
 * itself so that every problem comes back with the same `lines[0].cnt`-style path as the CLI.
 */
import type { FastifyInstance } from 'fastify';
import { defaultEngineContext, trial, TRIAL_REQUEST_SCHEMA, type EngineContext } from '../../engine/index.ts';

import { ERROR, SETTLEMENT_RESULT } from '../schemas.ts';

/** The plugin for a given engine context (a synced catalogue, a test's policies). */
export function trialRoutesFor(ctx?: EngineContext) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.post('/v1/trial', {
      schema: {
        summary: 'Pre-settlement trial: what each fund, the personal account and the patient would pay, explained',
        description: 'Pure computation, nothing is stored. Money is a decimal string (at most 2 places in, exactly 2 out). Errors: GW_VALIDATION (400) with details.path, GW_LINE_AMOUNT_MISMATCH / GW_LINE_DUPLICATE_SN / GW_POLICY_* (422).',
        tags: ['trial'],
        body: TRIAL_REQUEST_SCHEMA,
        response: { 200: SETTLEMENT_RESULT, '4xx': ERROR, '5xx': ERROR },
      },
      // The engine validates (parseTrialRequest) so the route and the CLI report identical paths.
      validatorCompiler: () => (data: unknown) => ({ value: data }),
    }, async (request) => trial(request.body, ctx ?? defaultEngineContext()));
  };
}

/** POST /v1/trial with the shipped policies and catalogue. */
export async function trialRoutes(app: FastifyInstance): Promise<void> {
  await trialRoutesFor()(app);
}
