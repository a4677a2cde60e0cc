/**
 * The JSON answer of a settlement (SETTLEMENT_VIEW) without serialising its result twice.
 * The engine's result is already turned into JSON once — to store it in `settlements.result`
 * (a fresh settlement) or read back from there (a replay, a query) — so the answer splices
 * that text in instead of walking the object again: ~6 KB for a pharmacy sale, ~600 KB for
 * a 2,000-line discharge. The text is remembered per result object (results are never
 * changed after the engine returns them); an unknown result is serialised as usual.
 */
import type { SettlementResult } from '../engine/index.ts';
import type { SettlementView } from './service.ts';

const RESULT_JSON = new WeakMap<SettlementResult, string>();

/** Records `json` as the text of `result` (JSON.stringify(result) or the stored column it was parsed from). */
export function rememberResultJson(result: SettlementResult, json: string): void {
  RESULT_JSON.set(result, json);
}

/** `JSON.stringify(view)`, with the result's text reused when it is known. */
export function settlementViewJson(view: SettlementView): string {
  const result = RESULT_JSON.get(view.result);
  if (result === undefined) return JSON.stringify(view);
  const { result: _spliced, ...rest } = view;
  return `${JSON.stringify(rest).slice(0, -1)},"result":${result}}`;
}
