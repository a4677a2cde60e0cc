import type { ErrorEntry } from '../registry.ts';

export const ENGINE_CODES = {
} as const satisfies Record<string, ErrorEntry>;
