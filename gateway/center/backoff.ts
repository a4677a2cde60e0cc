/**
 * Exponential back-off with "equal jitter": the delay for attempt n (n ≥ 1) is drawn
 * uniformly from [d/2, d] with d = min(maxMs, baseMs · 2^(n−1)). Half the delay is kept so a
 * flapping centre is not hammered; the random half spreads many gateways restarting after
 * one outage (AWS Architecture Blog, "Exponential Backoff and Jitter").
 */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 300_000 };

export function backoffDelay(policy: BackoffPolicy, attempt: number, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(exp / 2 + random() * (exp / 2));
}
