/**
 * The deductible for one visit (benefit-rules.md step 6), from the rule in the policy file.
 * Returned with the words a cashier reads, so the trace can say how it came about.
 */
import { fen, half, yuan } from './fixed.ts';
import type { DeductibleRule } from './policy-types.ts';
import type { Level, Referral } from './types.ts';

export interface DeductibleFacts {
  readonly level: Level;
  readonly remote: boolean;
  /** Admissions earlier in the benefit year (any level). */
  readonly earlierAdmissions: number;
  /** How many admissions this stay counts as (long stays: one per started period). */
  readonly periods: number;
  readonly age: number;
  readonly referral: Referral;
}

export interface DeductibleResult {
  readonly fen: number;
  readonly zh: string[];
  readonly en: string[];
}

/** One admission's deductible at a level, `ordinal` admissions earlier this year. */
function single(rule: DeductibleRule, f: DeductibleFacts, level: Level, ordinal: number, zh: string[], en: string[]): number {
  const table = f.remote && rule.remote ? rule.remote : rule.local;
  let x = fen(table[`level_${level}`]);
  zh.push(`${f.remote && rule.remote ? '异地' : '本地'}${level}级医院起付标准 ${yuan(x)}`);
  en.push(`${f.remote && rule.remote ? 'remote' : 'local'} level-${level} deductible ${yuan(x)}`);
  if (rule.child_halve && f.age <= rule.child_halve.max_age) {
    x = half(x);
    zh.push(`${rule.child_halve.max_age}周岁以下减半为 ${yuan(x)}`);
    en.push(`halved for age ≤ ${rule.child_halve.max_age}: ${yuan(x)}`);
  } else if (rule.repeat?.kind === 'halve' && ordinal >= 1 && level >= rule.repeat.min_level) {
    x = half(x);
    zh.push(`年度内第${ordinal + 1}次住院减半为 ${yuan(x)}`);
    en.push(`halved for admission no. ${ordinal + 1} this year: ${yuan(x)}`);
  }
  if (rule.repeat?.kind === 'step' && ordinal >= 1) {
    const floor = fen(rule.repeat.floor);
    const lowered = Math.min(x, Math.max(floor, x - fen(rule.repeat.step) * ordinal));
    zh.push(`年度内第${ordinal + 1}次住院，降低 ${rule.repeat.step}×${ordinal}（不低于 ${rule.repeat.floor}）为 ${yuan(lowered)}`);
    en.push(`admission no. ${ordinal + 1} this year: lowered by ${rule.repeat.step} × ${ordinal} (floor ${rule.repeat.floor}) to ${yuan(lowered)}`);
    x = lowered;
  }
  return x;
}

export function deductibleFor(rule: DeductibleRule, f: DeductibleFacts): DeductibleResult {
  const zh: string[] = [];
  const en: string[] = [];
  let total = 0;
  for (let k = 0; k < f.periods; k++) {
    if (f.periods > 1) {
      zh.push(`第${k + 1}个住院期`);
      en.push(`period ${k + 1}`);
    }
    let x = single(rule, f, f.level, f.earlierAdmissions + k, zh, en);
    if (rule.referral && f.referral === 'downward') {
      x = 0;
      zh.push('按规定下转，不再负担起付标准');
      en.push('downward referral: no deductible');
    } else if (rule.referral && f.referral === 'upward' && f.level > 1) {
      const lower = single(rule, f, (f.level - 1) as Level, f.earlierAdmissions + k, [], []);
      x = Math.max(0, x - lower);
      zh.push(`按规定上转，只负担与下级医院起付标准的差额 ${yuan(x)}`);
      en.push(`upward referral: only the difference to the lower level, ${yuan(x)}`);
    }
    total += x;
  }
  return { fen: total, zh, en };
}
