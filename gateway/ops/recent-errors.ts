/**
 * The last errors the gateway met, for the status page: what a technician asks first
 * ("what went wrong just now?"). A bounded ring, newest first; never personal data — only
 * the stable code, the registry's messages and where it happened.
 */
export interface RecentError {
  readonly at: string;
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
  /** Where: 'api', 'uploader', 'sync', 'readers'. */
  readonly source: string;
  /** The API route (its pattern, not the URL with ids), when from the API. */
  readonly route?: string;
}

export class RecentErrors {
  readonly #items: RecentError[] = [];

  constructor(private readonly capacity = 50, private readonly clock: () => Date = () => new Date()) {}

  /** A GatewayError, or a centre's rejection (its own code) in the same shape. */
  add(err: { readonly code: string; readonly message: string; readonly messageZh: string }, source: string, route?: string): void {
    this.#items.unshift({ at: this.clock().toISOString(), code: err.code, message: err.message, messageZh: err.messageZh, source, ...(route ? { route } : {}) });
    if (this.#items.length > this.capacity) this.#items.length = this.capacity;
  }

  /** Newest first. */
  list(limit = this.capacity): readonly RecentError[] {
    return this.#items.slice(0, limit);
  }
}
