/**
 * Scenario scripts (data, `scenarios/*.json`) a technician runs to certify a counter, and the
 * gateway's tests run too: the runner plays the card side — insert, remove, swap, pull the
 * card out during a command — tells the person at the counter what to do, and checks that
 * the counter sent what it should (e.g. two VERIFY answered 63Cx).
 *
 * Steps:
 *   { "do": "insert", "profile"?: NAME }        put a card in (the scenario's profile by default)
 *   { "do": "remove" }                          pull it out
 *   { "do": "swap", "profile": NAME }           pull it out, put another in
 *   { "do": "wait", "ms": N }
 *   { "do": "say", "en": "…", "zh": "…" }       instructions for the person at the counter
 *   { "do": "expect", "command": "0020", "sw"?: "63C?", "count"?: N, "timeoutMs"?: N, "en"?, "zh"? }
 *        waits until N more exchanges whose command starts with that hex and whose status word
 *        matches (`?` = any hex digit) have happened
 *   { "do": "pullOn", "command": "00B2", "nth"?: N, "timeoutMs"?: N, "en"?, "zh"? }
 *        removes the card the moment the Nth such command arrives (it gets no answer)
 *   { "do": "verdict", "counter": "shows", "profile"?: NAME, "en"?, "zh"? }
 *   { "do": "verdict", "counter": "refuses", "code"?: "GW_CARD_…", "en"?, "zh"? }
 *   { "do": "verdict", "counter": "pin", "outcome": "ok" | "wrong" | "blocked", "count"?: N }
 *        what the counter must have told the cashier: the holder of that profile's card, a
 *        refusal (with that code), a PIN outcome (N of them). Observed by following the
 *        gateway or asking the technician (verdicts.ts); a run in which a verdict was not
 *        observed is NOT CERTIFIED, never PASSED.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { hex } from '../../protocol/apdu/errors.ts';
import type { CardSlot } from './in-process-slot.ts';
import { loadProfile } from './profile.ts';
import { VirtualCard } from './virtual-card.ts';
import type { Exchange } from './vpcd-link.ts';
import type { CounterVerdict, VerdictSource } from './verdicts.ts';

interface Said {
  readonly en?: string;
  readonly zh?: string;
}

export type ScenarioStep =
  | { readonly do: 'insert'; readonly profile?: string }
  | { readonly do: 'remove' }
  | { readonly do: 'swap'; readonly profile: string }
  | { readonly do: 'wait'; readonly ms: number }
  | ({ readonly do: 'say' } & Said)
  | ({ readonly do: 'expect'; readonly command: string; readonly sw?: string; readonly count?: number; readonly timeoutMs?: number } & Said)
  | ({ readonly do: 'pullOn'; readonly command: string; readonly nth?: number; readonly timeoutMs?: number } & Said)
  | ({ readonly do: 'verdict'; readonly timeoutMs?: number; readonly count?: number } & VerdictExpected & Said);

/** What the counter must have done. */
export type VerdictExpected =
  | { readonly counter: 'shows'; readonly profile?: string }
  | { readonly counter: 'refuses'; readonly code?: string }
  | { readonly counter: 'pin'; readonly outcome: 'ok' | 'wrong' | 'blocked' };

export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly descriptionZh?: string;
  readonly profile: string;
  readonly steps: readonly ScenarioStep[];
}

const said = { en: { type: 'string' }, zh: { type: 'string' } };
const hexPrefix = { type: 'string', pattern: '^([0-9A-Fa-f]{2})+$' };
const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'description', 'profile', 'steps'],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
    description: { type: 'string', minLength: 1 },
    descriptionZh: { type: 'string' },
    profile: { type: 'string' },
    steps: {
      type: 'array',
      minItems: 1,
      items: {
        oneOf: [
          { type: 'object', additionalProperties: false, required: ['do'], properties: { do: { const: 'insert' }, profile: { type: 'string' } } },
          { type: 'object', additionalProperties: false, required: ['do'], properties: { do: { const: 'remove' } } },
          { type: 'object', additionalProperties: false, required: ['do', 'profile'], properties: { do: { const: 'swap' }, profile: { type: 'string' } } },
          { type: 'object', additionalProperties: false, required: ['do', 'ms'], properties: { do: { const: 'wait' }, ms: { type: 'integer', minimum: 0 } } },
          { type: 'object', additionalProperties: false, required: ['do'], properties: { do: { const: 'say' }, ...said } },
          {
            type: 'object',
            additionalProperties: false,
            required: ['do', 'command'],
            properties: { do: { const: 'expect' }, command: hexPrefix, sw: { type: 'string', pattern: '^[0-9A-Fa-f?]{4}$' }, count: { type: 'integer', minimum: 1 }, timeoutMs: { type: 'integer', minimum: 1 }, ...said },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['do', 'command'],
            properties: { do: { const: 'pullOn' }, command: hexPrefix, nth: { type: 'integer', minimum: 1 }, timeoutMs: { type: 'integer', minimum: 1 }, ...said },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['do', 'counter'],
            properties: {
              do: { const: 'verdict' },
              counter: { enum: ['shows', 'refuses', 'pin'] },
              profile: { type: 'string' },
              code: { type: 'string', pattern: '^GW_[A-Z0-9_]+$' },
              outcome: { enum: ['ok', 'wrong', 'blocked'] },
              count: { type: 'integer', minimum: 1 },
              timeoutMs: { type: 'integer', minimum: 1 },
              ...said,
            },
          },
        ],
      },
    },
  },
} as const;

const validate = new Ajv({ allErrors: true, strict: true }).compile<Scenario>(SCHEMA);

export class ScenarioError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'ScenarioError';
  }
}

export const SCENARIOS_DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));

export function parseScenario(value: unknown, source = 'object'): Scenario {
  if (!validate(value)) {
    throw new ScenarioError(`scenario ${source} is not valid: ${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ')}`);
  }
  for (const [i, step] of value.steps.entries()) {
    if (step.do !== 'verdict') continue;
    const extra = step.counter === 'pin' ? ['profile', 'code'] : step.counter === 'shows' ? ['code', 'outcome'] : ['profile', 'outcome'];
    const wrong = extra.filter((k) => k in step);
    if (wrong.length > 0 || (step.counter === 'pin' && !('outcome' in step))) {
      throw new ScenarioError(`scenario ${source} is not valid: /steps/${i} a "${step.counter}" verdict ${wrong.length > 0 ? `takes no ${wrong.join(', ')}` : 'needs an outcome'}`);
    }
  }
  const profiles = [value.profile, ...value.steps.flatMap((s) => ('profile' in s && typeof s.profile === 'string' ? [s.profile] : []))];
  for (const p of profiles) {
    try {
      loadProfile(p);
    } catch (cause) {
      throw new ScenarioError(`scenario ${source} names profile '${p}', which does not load`, { cause });
    }
  }
  return value;
}

export function loadScenario(nameOrPath: string): Scenario {
  const path = nameOrPath.endsWith('.json') || nameOrPath.includes('/') ? nameOrPath : join(SCENARIOS_DIR, `${nameOrPath}.json`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ScenarioError(`cannot read scenario ${path}: ${(cause as Error).message}`, { cause });
  }
  return parseScenario(value, path);
}

export function scenarioNames(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export interface StepResult {
  readonly index: number;
  readonly step: ScenarioStep;
  readonly ok: boolean;
  readonly detail: string;
  /** A verdict step nobody observed: the run cannot be certified. */
  readonly unobserved?: boolean;
}

export interface ScenarioResult {
  readonly scenario: string;
  /** PASSED only with every step done and every verdict observed and right. */
  readonly outcome: 'passed' | 'failed' | 'not-certified';
  readonly passed: boolean;
  readonly steps: readonly StepResult[];
}

export interface RunOptions {
  /** Where instructions and step results go (one line each). */
  readonly say?: (line: string) => void;
  /** Default wait for `expect` / `pullOn` steps (a person at a counter is slow). */
  readonly defaultTimeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Where the counter's verdicts come from; without one, verdict steps are not observed. */
  readonly verdicts?: VerdictSource;
}

function swMatches(pattern: string | undefined, sw: string): boolean {
  if (!pattern) return true;
  const p = pattern.toUpperCase();
  return [...p].every((c, i) => c === '?' || c === sw[i]);
}

function describeStep(step: ScenarioStep): string {
  switch (step.do) {
    case 'insert':
      return `insert ${step.profile ?? '(scenario card)'}`;
    case 'remove':
      return 'remove';
    case 'swap':
      return `swap to ${step.profile}`;
    case 'wait':
      return `wait ${step.ms} ms`;
    case 'say':
      return 'say';
    case 'expect':
      return `expect ${step.count ?? 1}× ${step.command.toUpperCase()}…${step.sw ? ` → ${step.sw.toUpperCase()}` : ''}`;
    case 'pullOn':
      return `pull the card out on ${step.command.toUpperCase()}… #${step.nth ?? 1}`;
    case 'verdict':
      return `the counter ${verdictWords(step)}`;
    default: {
      const never: never = step;
      return String(never);
    }
  }
}

/** Runs a scenario against a slot (a `VpcdLink` into pcscd, or an `InProcessSlot`). */
export async function runScenario(scenario: Scenario, slot: CardSlot, options: RunOptions = {}): Promise<ScenarioResult> {
  const say = options.say ?? (() => undefined);
  const defaultTimeout = options.defaultTimeoutMs ?? 120_000;
  const results: StepResult[] = [];
  const cardOf = (profile: string | undefined): VirtualCard => new VirtualCard(loadProfile(profile ?? scenario.profile));
  say(`# scenario ${scenario.name}: ${scenario.description}`);
  for (const [index, step] of scenario.steps.entries()) {
    if (options.signal?.aborted) throw new ScenarioError('scenario stopped', { cause: options.signal.reason });
    if ('en' in step || 'zh' in step) say(`>> ${[step.zh, step.en].filter(Boolean).join(' / ')}`);
    let ok = true;
    let unobserved = false;
    let detail = '';
    try {
      switch (step.do) {
        case 'insert':
          await slot.insert(cardOf(step.profile));
          break;
        case 'remove':
          await slot.remove();
          break;
        case 'swap':
          await slot.swap(cardOf(step.profile));
          break;
        case 'wait':
          await new Promise((r) => setTimeout(r, step.ms));
          break;
        case 'say':
          break;
        case 'expect':
          detail = await waitForExchanges(slot, step.command, step.sw, step.count ?? 1, step.timeoutMs ?? defaultTimeout, options.signal);
          break;
        case 'pullOn':
          detail = await pullOn(slot, step.command, step.nth ?? 1, step.timeoutMs ?? defaultTimeout, options.signal);
          break;
        case 'verdict': {
          if (!options.verdicts) {
            unobserved = true;
            detail = 'not observed (no gateway followed, nobody asked)';
            break;
          }
          const judged = await judge(step, scenario, options.verdicts, step.timeoutMs ?? defaultTimeout, options.signal);
          ok = judged.ok;
          detail = judged.detail;
          break;
        }
        default: {
          const never: never = step;
          throw new ScenarioError(`unknown step ${JSON.stringify(never)}`);
        }
      }
    } catch (err) {
      if (options.signal?.aborted) throw err;
      ok = false;
      detail = (err as Error).message;
    }
    results.push({ index, step, ok, detail, ...(unobserved ? { unobserved } : {}) });
    say(`${!ok ? 'FAIL' : unobserved ? '??  ' : 'ok  '} ${index + 1}. ${describeStep(step)}${detail ? ` — ${detail}` : ''}`);
    if (!ok) break;
  }
  const done = results.length === scenario.steps.length && results.every((r) => r.ok);
  const unseen = results.filter((r) => r.unobserved).length;
  const outcome = !done ? 'failed' : unseen > 0 ? 'not-certified' : 'passed';
  if (outcome === 'passed') say(`# PASSED ${scenario.name}`);
  else if (outcome === 'failed') say(`# FAILED ${scenario.name}`);
  else say(`# NOT CERTIFIED ${scenario.name}: ${unseen} verdict${unseen === 1 ? '' : 's'} of the counter not observed (follow its gateway, or have the technician confirm)`);
  return { scenario: scenario.name, outcome, passed: outcome === 'passed', steps: results };
}

function verdictWords(step: VerdictExpected & { readonly count?: number }): string {
  switch (step.counter) {
    case 'shows':
      return `shows the holder of the ${step.profile ?? 'scenario\'s'} card`;
    case 'refuses':
      return `refuses the card${step.code ? ` (${step.code})` : ''}`;
    case 'pin':
      return `reports ${step.count && step.count > 1 ? `${step.count}× ` : ''}PIN ${step.outcome}`;
    default: {
      const never: never = step;
      return String(never);
    }
  }
}

/** Whether one verdict is the expected one, and what it was. */
export function verdictMatches(expected: VerdictExpected, verdict: CounterVerdict, scenarioProfile: string): { ok: boolean; detail: string } {
  const said = verdict.kind === 'read'
    ? `it showed ${verdict.name || '(no name)'} ${verdict.certno.slice(0, 6)}…`
    : verdict.kind === 'refused'
      ? `it refused the card: ${verdict.code}${verdict.legacyCode !== null ? ` (${verdict.legacyCode})` : ''}`
      : `it reported PIN ${verdict.outcome}${verdict.triesLeft !== null ? `, ${verdict.triesLeft} left` : ''}`;
  switch (expected.counter) {
    case 'shows': {
      const certno = loadProfile(expected.profile ?? scenarioProfile).ef06.idNumber;
      return { ok: verdict.kind === 'read' && verdict.certno === certno, detail: said };
    }
    case 'refuses':
      return { ok: verdict.kind === 'refused' && (!expected.code || verdict.code === expected.code), detail: said };
    case 'pin':
      return { ok: verdict.kind === 'pin' && verdict.outcome === expected.outcome, detail: said };
    default: {
      const never: never = expected;
      return never;
    }
  }
}

async function judge(step: Extract<ScenarioStep, { do: 'verdict' }>, scenario: Scenario, source: VerdictSource, timeoutMs: number, signal?: AbortSignal): Promise<{ ok: boolean; detail: string }> {
  const question = `the counter ${verdictWords(step)}?`;
  const seen: string[] = [];
  for (let i = 0; i < (step.count ?? 1); i++) {
    let observation;
    try {
      observation = await source.observe(question, timeoutMs, signal);
    } catch (err) {
      if (signal?.aborted) throw err;
      return { ok: false, detail: [...seen, (err as Error).message].join('; ') };
    }
    if (observation.kind === 'confirmed') return { ok: observation.yes, detail: observation.yes ? 'confirmed by the technician' : 'the technician says it did not' };
    const match = verdictMatches(step, observation.verdict, scenario.profile);
    seen.push(match.detail);
    if (!match.ok) return { ok: false, detail: seen.join('; ') };
  }
  return { ok: true, detail: seen.join('; ') };
}

function abortable<T>(signal: AbortSignal | undefined, run: (done: (v: T) => void, fail: (e: Error) => void) => () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let cleanup: () => void = () => undefined;
    const onAbort = (): void => {
      cleanup();
      reject(new ScenarioError('scenario stopped'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    cleanup = run(
      (v) => {
        cleanup();
        signal?.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        cleanup();
        signal?.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function waitForExchanges(slot: CardSlot, prefix: string, sw: string | undefined, count: number, timeoutMs: number, signal?: AbortSignal): Promise<string> {
  const want = prefix.toUpperCase();
  const seen: string[] = [];
  return abortable(signal, (done, fail) => {
    const onExchange = (e: Exchange): void => {
      const command = hex(e.command);
      const status = hex(e.response.subarray(-2));
      if (command.startsWith(want) && swMatches(sw, status)) {
        seen.push(status);
        if (seen.length >= count) done(`answered ${seen.join(', ')}`);
      }
    };
    const timer = setTimeout(() => fail(new ScenarioError(`saw ${seen.length} of ${count} within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    slot.on('exchange', onExchange);
    return () => {
      clearTimeout(timer);
      slot.off('exchange', onExchange);
    };
  });
}

function pullOn(slot: CardSlot, prefix: string, nth: number, timeoutMs: number, signal?: AbortSignal): Promise<string> {
  const want = prefix.toUpperCase();
  let seen = 0;
  return abortable(signal, (done, fail) => {
    slot.onCommand((apdu) => {
      if (!hex(apdu).startsWith(want) || ++seen < nth) return undefined;
      setImmediate(() => done(`pulled out during ${hex(apdu).slice(0, 10)}…`));
      return 'pull';
    });
    const timer = setTimeout(() => fail(new ScenarioError(`no ${want}… command #${nth} within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    return () => {
      clearTimeout(timer);
      slot.onCommand(undefined);
    };
  });
}
