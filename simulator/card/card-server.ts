/**
 * `yibao-sim card` as a library: a card (and by default the PSAM in the next slot) served
 * into vpcd, with a small local control API for tests and scripts:
 *
 *   GET  /status                 {"inserted":true,"profile":"adult-resident","port":35963,…}
 *   GET  /profiles               ["adult-resident", …]
 *   POST /insert[?profile=NAME]  puts the (named) card in
 *   POST /remove                 pulls it out
 *   POST /swap?profile=NAME      pulls it out and puts another in
 *   POST /pull-on?command=00B2[&nth=1]  pulls the card out when that command arrives (mid-read)
 *
 * Bound to 127.0.0.1 only. Answers are JSON; errors are `{ "error": "…" }` with 400/409.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadProfile, profileNames, type CardProfile } from './profile.ts';
import { VirtualCard } from './virtual-card.ts';
import { VirtualPsam, type PsamProfile } from './virtual-psam.ts';
import { VpcdLink, type TranscriptSink } from './vpcd-link.ts';
import type { CardSlot } from './in-process-slot.ts';

export interface CardServerOptions {
  /** vpcd port of the card's slot. */
  readonly port: number;
  readonly profile: CardProfile;
  /** The PSAM to serve on `psamPort` (default port + 1); false for none. */
  readonly psam?: PsamProfile | false;
  readonly psamPort?: number;
  readonly transcript?: TranscriptSink;
  /** Control API port on 127.0.0.1: 0 picks a free one; absent = no control API. */
  readonly controlPort?: number;
  /** Start with the slot empty. */
  readonly empty?: boolean;
  readonly label?: string;
}

export interface CardServerStatus {
  readonly inserted: boolean;
  readonly profile: string;
  readonly port: number;
  readonly exchanges: number;
  readonly psam: { readonly inserted: boolean; readonly port: number } | null;
}

export class ControlError extends Error {
  readonly status: number;
  constructor(message: string, status = 400, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'ControlError';
    this.status = status;
  }
}

export class CardServer {
  readonly slot: CardSlot & { close?: () => Promise<void> };
  readonly psamSlot: VpcdLink | undefined;
  private profile: CardProfile;
  private card: VirtualCard;
  private http: Server | undefined;
  private controlUrlValue: string | undefined;
  readonly port: number;

  private constructor(slot: CardServer['slot'], psamSlot: VpcdLink | undefined, profile: CardProfile, port: number) {
    this.slot = slot;
    this.psamSlot = psamSlot;
    this.profile = profile;
    this.card = new VirtualCard(profile);
    this.port = port;
  }

  static async start(options: CardServerOptions): Promise<CardServer> {
    const cardLink = new VpcdLink({ port: options.port, transcript: options.transcript, label: options.label ?? `card slot :${options.port}` });
    const psamPort = options.psamPort ?? options.port + 1;
    const psamLink = options.psam === false ? undefined : new VpcdLink({ port: psamPort, transcript: options.transcript, label: `PSAM slot :${psamPort}` });
    const server = new CardServer(cardLink, psamLink, options.profile, options.port);
    try {
      if (psamLink) await psamLink.insert(new VirtualPsam(options.psam || undefined));
      if (!options.empty) await cardLink.insert(server.card);
      if (options.controlPort !== undefined) await server.listen(options.controlPort);
    } catch (err) {
      await server.close();
      throw err;
    }
    return server;
  }

  /** `http://127.0.0.1:PORT` of the control API, when it runs. */
  get controlUrl(): string | undefined {
    return this.controlUrlValue;
  }

  get currentProfile(): CardProfile {
    return this.profile;
  }

  status(): CardServerStatus {
    return {
      inserted: this.slot.inserted,
      profile: this.profile.name,
      port: this.port,
      exchanges: this.slot.exchanges,
      psam: this.psamSlot ? { inserted: this.psamSlot.inserted, port: this.psamSlot.port } : null,
    };
  }

  private use(name: string | undefined): void {
    if (name === undefined) return;
    try {
      this.profile = loadProfile(name);
    } catch (cause) {
      throw new ControlError(`no valid profile '${name}': ${(cause as Error).message}`, 400, { cause });
    }
    this.card = new VirtualCard(this.profile);
  }

  /** Puts the card in (a fresh card of `profile` when named; the same card — same PIN tries — otherwise). */
  async insert(profile?: string): Promise<void> {
    if (this.slot.inserted) throw new ControlError('a card is already inserted', 409);
    this.use(profile);
    await this.slot.insert(this.card);
  }

  async remove(): Promise<void> {
    if (!this.slot.inserted) throw new ControlError('no card is inserted', 409);
    await this.slot.remove();
  }

  async swap(profile: string): Promise<void> {
    this.use(profile);
    await this.slot.swap(this.card);
  }

  /** Pulls the card out when the `nth` command starting with `prefix` (hex) arrives; resolves when it did. */
  pullOn(prefix: string, nth = 1): Promise<void> {
    const want = prefix.replace(/\s+/g, '').toUpperCase();
    if (!/^([0-9A-F]{2})+$/.test(want)) throw new ControlError(`command prefix must be hex bytes, got '${prefix}'`);
    let seen = 0;
    return new Promise<void>((resolve) => {
      this.slot.onCommand((apdu) => {
        if (!apdu.toString('hex').toUpperCase().startsWith(want) || ++seen < nth) return undefined;
        this.slot.onCommand(undefined);
        setImmediate(resolve);
        return 'pull';
      });
    });
  }

  async listen(port: number): Promise<string> {
    const http = createServer((req, res) => void this.route(req, res));
    this.http = http;
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, '127.0.0.1', () => resolve());
    });
    this.controlUrlValue = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    return this.controlUrlValue;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(`${JSON.stringify(body)}\n`);
    };
    try {
      const route = `${req.method} ${url.pathname}`;
      const profile = url.searchParams.get('profile') ?? undefined;
      switch (route) {
        case 'GET /status':
          return send(200, this.status());
        case 'GET /profiles':
          return send(200, profileNames());
        case 'POST /insert':
          await this.insert(profile);
          return send(200, this.status());
        case 'POST /remove':
          await this.remove();
          return send(200, this.status());
        case 'POST /swap':
          if (!profile) throw new ControlError('swap needs ?profile=NAME');
          await this.swap(profile);
          return send(200, this.status());
        case 'POST /pull-on': {
          const command = url.searchParams.get('command');
          if (!command) throw new ControlError('pull-on needs ?command=HEXPREFIX');
          void this.pullOn(command, Number(url.searchParams.get('nth') ?? 1));
          return send(202, { armed: command.toUpperCase() });
        }
        default:
          return send(404, { error: `no route ${route}; see GET /status, GET /profiles, POST /insert, /remove, /swap?profile=, /pull-on?command=` });
      }
    } catch (err) {
      if (err instanceof ControlError) return send(err.status, { error: err.message });
      return send(500, { error: (err as Error).message });
    }
  }

  async close(): Promise<void> {
    const http = this.http;
    this.http = undefined;
    if (http) {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
    await this.slot.close?.();
    await this.psamSlot?.close();
  }
}
