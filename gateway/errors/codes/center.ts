import type { ErrorEntry } from '../registry.ts';

export const CENTER_CODES = {
} as const satisfies Record<string, ErrorEntry>;
