import type { ErrorEntry } from '../registry.ts';

export const SETTLEMENT_CODES = {
} as const satisfies Record<string, ErrorEntry>;
