/**
 * Kept only until the last callers import protocol/money.ts, the one money module, directly.
 */
export { toFen, fromFen } from '../protocol/money.ts';
