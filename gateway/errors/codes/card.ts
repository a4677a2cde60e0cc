import type { ErrorEntry } from '../registry.ts';

export const CARD_CODES = {
} as const satisfies Record<string, ErrorEntry>;
