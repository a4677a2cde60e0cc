/**
 * Policy files: loaded from `gateway/policies/*.json`, validated against `POLICY_SCHEMA`
 * and a few cross-field checks, and chosen for a settlement by insured region (the longest
 * matching `insuplc_admdvs` prefix), insurance type and date. Adding a region is adding a file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GatewayError } from '../errors/gateway-error.ts';
import { firstProblem } from './schema-check.ts';
// POLICY_SCHEMA (policy-schema.ts), compiled ahead of time: see validators-codegen.ts.
import { validatePolicy } from './generated/validators.js';
import { isRealDate } from './dates.ts';
import { percentToBp } from './fixed.ts';
import type { Policy, VisitRule } from './policy-types.ts';
import type { Insutype } from './types.ts';

export interface PolicyRegistry {
  readonly policies: readonly Policy[];
  get(id: string): Policy | undefined;
}

export const DEFAULT_POLICY_DIR = fileURLToPath(new URL('../policies/', import.meta.url));

function bad(file: string, path: string, problem: string, cause?: unknown): GatewayError {
  return new GatewayError('GW_POLICY_FILE_INVALID', { cause, detail: `${file}: ${path} ${problem}`, details: { file, path, problem } });
}

/** Checks that a schema cannot express; throws with the path of the first bad field. */
function crossCheck(p: Policy, file: string): void {
  const fail = (path: string, problem: string): never => {
    throw bad(file, path, problem);
  };
  if (!isRealDate(p.effective.from)) fail('effective.from', 'is not a real calendar day');
  if (p.effective.to !== null && (!isRealDate(p.effective.to) || p.effective.to < p.effective.from)) fail('effective.to', 'is not a real day on or after effective.from');
  const percents: [string, number][] = [
    ['catalogue.class_b_drug_selfpay.percent', p.catalogue.class_b_drug_selfpay.percent],
    ['catalogue.special_exam_selfpay.percent', p.catalogue.special_exam_selfpay.percent],
    ...p.tiers.map((t, i): [string, number] => [`tiers[${i}].percent`, t.percent]),
  ];
  const visitSets: [string, Partial<Record<string, VisitRule>>][] = [['visits', p.visits]];
  if (p.accident) visitSets.push(['accident.visits', p.accident.visits]);
  for (const [base, set] of visitSets) {
    for (const [medType, rule] of Object.entries(set)) {
      if (!rule?.covered) continue;
      const at = `${base}.${medType}`;
      for (const lv of ['level_1', 'level_2', 'level_3'] as const) percents.push([`${at}.ratio.${lv}`, rule.ratio[lv]]);
      rule.adjustments.forEach((a, i) => percents.push([`${at}.adjustments[${i}].points`, Math.abs(a.kind === 'contribution_per_year' ? a.points_per_year : a.points)]));
      if (rule.pool === 'accident' && !p.caps.accident) fail(`${at}.pool`, 'is accident but caps.accident is missing');
      if (rule.pool === 'outpatient' && !p.caps.outpatient) fail(`${at}.pool`, 'is outpatient but caps.outpatient is missing');
      if (rule.ceiling && !p.ceiling) fail(`${at}.ceiling`, 'is true but the policy has no ceiling');
    }
  }
  for (const [path, value] of percents) {
    try {
      percentToBp(value);
    } catch (cause) {
      throw bad(file, path, 'has more than two decimals', cause);
    }
  }
  p.special_outpatient.cap_groups.forEach((g, i) => g.diseases.forEach((d, j) => {
    if (!p.special_outpatient.diseases.includes(d)) fail(`special_outpatient.cap_groups[${i}].diseases[${j}]`, `${d} is not in special_outpatient.diseases`);
  }));
  p.tiers.forEach((t, i) => {
    if (!p.funds[t.fund]) fail(`tiers[${i}].fund`, `${t.fund} has no entry in funds`);
    if (t.base === 'above_ceiling' && !p.ceiling) fail(`tiers[${i}].base`, 'is above_ceiling but the policy has no ceiling');
  });
}

/** Builds one policy from parsed JSON; `file` names it in errors. */
export function policyFromJson(json: unknown, file = '(inline)'): Policy {
  const problem = firstProblem(validatePolicy, json);
  if (problem) throw bad(file, problem.path, problem.problem);
  const policy = json as Policy;
  crossCheck(policy, file);
  return policy;
}

export function policyRegistry(policies: readonly Policy[]): PolicyRegistry {
  const byId = new Map<string, Policy>();
  for (const p of policies) {
    if (byId.has(p.id)) throw bad(p.id, 'id', 'is used by two policy files');
    byId.set(p.id, p);
  }
  return { policies, get: (id) => byId.get(id) };
}

/** Loads every `*.json` in the directory (default: the shipped `gateway/policies/`). */
export function loadPolicies(dir: string = DEFAULT_POLICY_DIR): PolicyRegistry {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const policies = files.map((f) => {
    const file = join(dir, f);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (cause) {
      throw bad(file, '(root)', 'cannot be read as JSON', cause);
    }
    const policy = policyFromJson(json, file);
    if (`${policy.id}.json` !== f) throw bad(file, 'id', `must match the file name (${f})`);
    return policy;
  });
  return policyRegistry(policies);
}

export function isEffective(p: Policy, date: string): boolean {
  return p.effective.from <= date && (p.effective.to === null || date <= p.effective.to);
}

/**
 * The policy for a settlement: same insurance type, in force on the date, and the longest
 * `admdvs_prefixes` entry that the insured region starts with ("1522" for Xing'an League
 * beats "" — a catch-all). Ties go to the policy that took effect last.
 */
export function selectPolicy(registry: PolicyRegistry, query: { insuplc_admdvs?: string | null; insutype: Insutype; date: string }): Policy {
  const region = query.insuplc_admdvs ?? '';
  let best: Policy | undefined;
  let bestLen = -1;
  for (const p of registry.policies) {
    if (p.insutype !== query.insutype || !isEffective(p, query.date)) continue;
    for (const prefix of p.region.admdvs_prefixes) {
      if (!region.startsWith(prefix)) continue;
      if (prefix.length > bestLen || (prefix.length === bestLen && best && p.effective.from > best.effective.from)) {
        best = p;
        bestLen = prefix.length;
      }
    }
  }
  if (!best) {
    throw new GatewayError('GW_POLICY_NOT_FOUND', {
      detail: `${query.insuplc_admdvs ?? '(no region)'} ${query.insutype} ${query.date}`,
      details: { path: 'insuplc_admdvs', insuplc_admdvs: query.insuplc_admdvs ?? null, insutype: query.insutype, date: query.date },
    });
  }
  return best;
}
