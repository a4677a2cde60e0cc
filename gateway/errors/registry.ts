/**
 * The one registry of the gateway's stable error codes (STYLE.md item 6).
 * Each area keeps its codes in its own file under `codes/` so that work on one area never
 * edits another's list; this file merges them and `registry.test.ts` pins the whole list.
 * A code, once shipped, is never renamed or reused: HIS software switches on it.
 */
import { COMMON_CODES } from './codes/common.ts';
import { CARD_CODES } from './codes/card.ts';
import { ENGINE_CODES } from './codes/engine.ts';
import { SETTLEMENT_CODES } from './codes/settlement.ts';
import { CENTER_CODES } from './codes/center.ts';
import { FSI_CODES } from './codes/fsi.ts';
import { OPS_CODES } from './codes/ops.ts';
import { PERIPHERAL_CODES } from './codes/peripherals.ts';
import { OPERATOR_CODES } from './codes/operators.ts';

export interface ErrorEntry {
  /** HTTP status the API answers with. */
  readonly status: number;
  /** What the cashier reads, in Chinese. */
  readonly zh: string;
  /** The same in English. */
  readonly en: string;
}

export const ERROR_CODES = {
  ...COMMON_CODES,
  ...CARD_CODES,
  ...ENGINE_CODES,
  ...SETTLEMENT_CODES,
  ...CENTER_CODES,
  ...FSI_CODES,
  ...OPS_CODES,
  ...PERIPHERAL_CODES,
  ...OPERATOR_CODES,
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;
