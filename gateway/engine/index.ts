/**
 * The settlement engine's public API. The trial (`yibao-gateway trial`,
 * `POST /v1/trial`) and the real settlement path call the same functions.
 */
import { loadCatalogue, type Catalogue } from '../catalogue/catalogue.ts';
import { computeSettlement as compute, type EngineContext } from './compute.ts';
import { parseTrialRequest } from './parse.ts';
import { loadPolicies, type PolicyRegistry } from './policy.ts';
import type { SettlementResult, TrialRequest } from './types.ts';

export { parseTrialRequest } from './parse.ts';
export { loadPolicies, selectPolicy, policyFromJson, policyRegistry, isEffective, DEFAULT_POLICY_DIR, type PolicyRegistry } from './policy.ts';
export { loadCatalogue, catalogueFromJson, DEFAULT_CATALOGUE_FILE, type Catalogue, type CatalogueEntry } from '../catalogue/catalogue.ts';
export { resolvePolicy, type EngineContext } from './compute.ts';
export { TRIAL_REQUEST_SCHEMA } from './request-schema.ts';
export type { Policy } from './policy-types.ts';
export type * from './types.ts';

let shipped: EngineContext | undefined;

/** The shipped policies and demo catalogue, loaded once on first use. */
export function defaultEngineContext(): EngineContext {
  shipped ??= { policies: loadPolicies(), catalogue: loadCatalogue() };
  return shipped;
}

/** Builds a context from other files (a synced catalogue, a test's policies). */
export function engineContext(policies: PolicyRegistry, catalogue: Catalogue): EngineContext {
  return { policies, catalogue };
}

/** Pure: the same request and context always give the same result; no I/O. */
export function computeSettlement(req: TrialRequest, ctx: EngineContext = defaultEngineContext()): SettlementResult {
  return compute(req, ctx);
}

/** parse + compute: what the trial command and route call. */
export function trial(json: unknown, ctx: EngineContext = defaultEngineContext()): SettlementResult {
  return compute(parseTrialRequest(json), ctx);
}
