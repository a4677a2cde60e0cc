/**
 * What the counter told the cashier — the verdict a certification scenario must observe
 * before it may pass. A scenario plays the card; only the counter knows what it then showed.
 * Two ways to learn it:
 * - follow the gateway the counter uses: its event stream (GET /v1/readers/events) carries
 *   every card read's outcome (`card-read`, `card-refused`) and PIN entry (`pin-entered`);
 * - ask the technician at the counter, who answers yes or no to each "the counter must …".
 * Without either, a verdict step is "not observed" and the run is not certified.
 */
import { request as httpRequest, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export type CounterVerdict =
  | { readonly kind: 'read'; readonly certno: string; readonly cardNumber: string; readonly name: string; readonly readerId: string }
  | { readonly kind: 'refused'; readonly code: string; readonly legacyCode: number | null; readonly readerId: string }
  | { readonly kind: 'pin'; readonly outcome: 'ok' | 'wrong' | 'blocked'; readonly triesLeft: number | null; readonly readerId: string };

export type Observation =
  /** the counter's verdict as the gateway reported it */
  | { readonly kind: 'verdict'; readonly verdict: CounterVerdict }
  /** the technician's answer to "did the counter …?" */
  | { readonly kind: 'confirmed'; readonly yes: boolean };

export interface VerdictSource {
  /** Said in the run's header: where verdicts come from. */
  readonly name: string;
  /**
   * The counter's next verdict after the ones already taken (waits up to `timeoutMs`), or the
   * technician's answer to `question`. Rejects when none comes in time.
   */
  observe(question: string, timeoutMs: number, signal?: AbortSignal): Promise<Observation>;
  close(): Promise<void>;
}

export class VerdictError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'VerdictError';
  }
}

/** Turns one server-sent event of the gateway's reader stream into a verdict, if it is one. */
export function verdictOf(event: string, data: Record<string, unknown>): CounterVerdict | null {
  const readerId = String(data.reader_id ?? '');
  switch (event) {
    case 'card-read':
      return { kind: 'read', certno: String(data.certno ?? ''), cardNumber: String(data.mdtrt_cert_no ?? ''), name: String(data.psn_name ?? ''), readerId };
    case 'card-refused':
      return { kind: 'refused', code: String(data.code ?? ''), legacyCode: typeof data.legacy_code === 'number' ? data.legacy_code : null, readerId };
    case 'pin-entered': {
      const outcome = data.outcome;
      if (outcome !== 'ok' && outcome !== 'wrong' && outcome !== 'blocked') return null;
      return { kind: 'pin', outcome, triesLeft: typeof data.tries_left === 'number' ? data.tries_left : null, readerId };
    }
    default:
      return null;
  }
}

export interface FollowOptions {
  /** The gateway's base URL, e.g. http://127.0.0.1:8080. */
  readonly url: string;
  /** An API key of the gateway (the counter's or one made for the technician). */
  readonly key: string;
  /** Only this reader's verdicts (an id as GET /v1/readers lists it); default every reader. */
  readonly readerId?: string;
  /** How long to wait for the stream to open. */
  readonly connectTimeoutMs?: number;
}

/**
 * Follows a gateway's reader events. Resolves once the stream is open, so no verdict given
 * after that is missed; verdicts queue until a step takes them, oldest first.
 */
export function followGateway(options: FollowOptions): Promise<VerdictSource> {
  const queue: CounterVerdict[] = [];
  const waiters = new Set<() => void>();
  let ended: Error | null = null;
  const base = new URL(options.url);
  const url = new URL('/v1/readers/events', base);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<VerdictSource>((resolve, reject) => {
    const req: ClientRequest = request(url, { headers: { authorization: `Bearer ${options.key}`, accept: 'text/event-stream' } }, (res) => {
      clearTimeout(timer);
      if (res.statusCode !== 200) {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => reject(new VerdictError(`the gateway at ${options.url} refused its event stream: HTTP ${res.statusCode} ${body.slice(0, 200)}`)));
        return;
      }
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!event || data === undefined) continue;
          let parsed: Record<string, unknown>;
          try {
            parsed = JSON.parse(data) as Record<string, unknown>;
          } catch {
            continue;
          }
          const verdict = verdictOf(event, parsed);
          if (!verdict || (options.readerId && verdict.readerId !== options.readerId)) continue;
          queue.push(verdict);
          for (const wake of [...waiters]) wake();
        }
      });
      res.on('close', () => {
        ended = new VerdictError(`the gateway at ${options.url} closed its event stream`);
        for (const wake of [...waiters]) wake();
      });
      resolve({
        name: `gateway ${options.url}${options.readerId ? ` reader ${options.readerId}` : ''}`,
        observe(_question, timeoutMs, signal) {
          return new Promise<Observation>((done, fail) => {
            const check = (): boolean => {
              const next = queue.shift();
              if (next) done({ kind: 'verdict', verdict: next });
              else if (ended) fail(ended);
              else return false;
              return true;
            };
            if (check()) return;
            const stop = (): void => {
              clearTimeout(t);
              waiters.delete(wake);
              signal?.removeEventListener('abort', onAbort);
            };
            const wake = (): void => {
              if (check()) stop();
            };
            const onAbort = (): void => {
              stop();
              fail(new VerdictError('stopped'));
            };
            const t = setTimeout(() => {
              stop();
              fail(new VerdictError(`the counter gave no verdict within ${Math.round(timeoutMs / 1000)} s`));
            }, timeoutMs);
            waiters.add(wake);
            signal?.addEventListener('abort', onAbort, { once: true });
          });
        },
        async close() {
          req.destroy();
        },
      });
    });
    // declared after the request, used only by its callbacks, which run later
    const timer = setTimeout(() => {
      req.destroy();
      reject(new VerdictError(`the gateway at ${options.url} did not open its event stream within ${options.connectTimeoutMs ?? 5_000} ms`));
    }, options.connectTimeoutMs ?? 5_000);
    req.on('error', (err) => {
      clearTimeout(timer);
      ended = new VerdictError(`the gateway's event stream failed: ${err.message}`, { cause: err });
      reject(new VerdictError(`cannot reach the gateway at ${options.url}: ${err.message}`, { cause: err }));
      for (const wake of [...waiters]) wake();
    });
    req.end();
  });
}

/** Asks the technician; `ask` shows the question and resolves with the line they typed. */
export function askTechnician(ask: (question: string) => Promise<string>): VerdictSource {
  return {
    name: 'the technician at the counter',
    async observe(question) {
      for (;;) {
        const answer = (await ask(`?? ${question} [y/n] `)).trim().toLowerCase();
        if (['y', 'yes', '是', '对'].includes(answer)) return { kind: 'confirmed', yes: true };
        if (['n', 'no', '否', '不'].includes(answer)) return { kind: 'confirmed', yes: false };
      }
    },
    async close() {},
  };
}
