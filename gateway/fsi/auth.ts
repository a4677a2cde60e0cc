/**
 * How an HIS proves itself to the national-interface endpoint: the way its region's platform
 * gateway wants it, so that switching to this gateway changes only the base URL. The regional
 * profile names the scheme; the site configures the credential the HIS already holds
 * (config `fsiAuthId`, `fsiAuthSecret`) and may allow-list HIS addresses (`fsiAllowFrom`):
 *
 * - `tif` (Guangdong and others, the platform's TIF gateway): headers `x-tif-paasid`,
 *   `x-tif-timestamp` (Unix seconds), `x-tif-nonce`, `x-tif-signature` =
 *   hex SHA-256 of timestamp + paasToken + nonce + timestamp.
 * - `csb` (CSB service bus): headers `_api_access_key`, `_api_name`, `_api_version`,
 *   `_api_timestamp` (Unix milliseconds), `_api_signature` = Base64 HMAC-SHA1 under the secret
 *   key of the `_api_*` parameters (the signature excepted) and the query parameters, sorted by
 *   name, as `name=value` joined with `&`.
 * - `apikey`: a header `apikey` holding the site's key.
 * - `none`: no credential — only where `fsiAllowFrom` names the HIS machines (private
 *   network); an endpoint with neither is refused at start.
 *
 * A gateway API key (`Authorization: Bearer yk_…` or `X-Api-Key`) is accepted under every
 * scheme. Timestamps must be within `max_skew_seconds`; a nonce (or, for CSB, a signature)
 * seen within that window is a replay and refused. Every refusal is answered in the national
 * shape by the endpoint (HTTP 200, infcode −1), as the platform does, so HIS software shows
 * err_msg instead of a transport error.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { isIP, BlockList } from 'node:net';
import { GatewayError } from '../errors/gateway-error.ts';

export type FsiAuthScheme = 'tif' | 'csb' | 'apikey' | 'none';

export interface FsiAuthProfile {
  readonly scheme: FsiAuthScheme;
  /** How far a signed timestamp may be from the gateway's clock (seconds). */
  readonly max_skew_seconds: number;
}

export interface FsiAuthSettings {
  /** paasid (tif) or access key (csb); empty: any id, the secret decides. */
  readonly id: string;
  /** paasToken (tif), secret key (csb) or the key itself (apikey). */
  readonly secret: string;
  /** HIS addresses or CIDR ranges allowed to call; empty: any. */
  readonly allowFrom: readonly string[];
}

export interface FsiCaller {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly ip: string;
  /** The query string's parameters (CSB signs them). */
  readonly query: Readonly<Record<string, string>>;
}

function header(caller: FsiCaller, name: string): string | undefined {
  const v = caller.headers[name.toLowerCase()];
  return typeof v === 'string' ? v : Array.isArray(v) ? v[0] : undefined;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const refuse = (detail: string, path: string): GatewayError => new GatewayError('GW_UNAUTHORIZED', { detail, details: { path } });

/** Parses `fsiAllowFrom`: addresses and CIDR ranges, comma-separated (IPv4 and IPv6). */
export function parseAllowFrom(setting: string): string[] {
  const entries = setting.split(',').map((s) => s.trim()).filter(Boolean);
  for (const e of entries) {
    const [addr, bits] = e.split('/');
    if (!addr || isIP(addr) === 0 || (bits !== undefined && !/^\d{1,3}$/.test(bits))) throw new Error(`${e} is not an address or CIDR range`);
  }
  return entries;
}

function blockListOf(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const e of entries) {
    const [addr, bits] = e.split('/') as [string, string | undefined];
    const family = isIP(addr) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(addr, family);
    else list.addSubnet(addr, Number(bits), family);
  }
  return list;
}

export class FsiAuthenticator {
  private readonly seen = new Map<string, number>();
  private readonly allow: BlockList | null;

  constructor(private readonly profile: FsiAuthProfile, private readonly settings: FsiAuthSettings, private readonly now: () => number = Date.now) {
    this.allow = settings.allowFrom.length > 0 ? blockListOf(settings.allowFrom) : null;
    if (profile.scheme === 'none' && !this.allow) {
      throw new GatewayError('GW_CONFIG', { detail: 'the national-interface profile takes no credential (auth scheme none): name the HIS machines in fsiAllowFrom', details: { option: 'fsiAllowFrom' } });
    }
    if (profile.scheme !== 'none' && settings.secret === '') {
      throw new GatewayError('GW_CONFIG', { detail: `the national-interface profile authenticates with ${profile.scheme}: set fsiAuthSecret to the credential the HIS holds`, details: { option: 'fsiAuthSecret' } });
    }
  }

  get scheme(): FsiAuthScheme {
    return this.profile.scheme;
  }

  /** Who called, by the regional scheme (`tif:<paasid>` …), or a refusal (GW_UNAUTHORIZED). */
  authenticate(caller: FsiCaller): string {
    if (this.allow && !this.allow.check(caller.ip.replace(/^::ffff:/, ''), isIP(caller.ip.replace(/^::ffff:/, '')) === 6 ? 'ipv6' : 'ipv4')) {
      throw refuse(`the HIS address ${caller.ip} is not in fsiAllowFrom`, 'remote address');
    }
    switch (this.profile.scheme) {
      case 'none':
        return `addr:${caller.ip}`;
      case 'apikey': {
        const key = header(caller, 'apikey');
        if (key === undefined) throw refuse('the apikey header is missing', 'headers.apikey');
        if (!same(key, this.settings.secret)) throw refuse('the apikey is not this site\'s', 'headers.apikey');
        return 'apikey';
      }
      case 'tif':
        return this.tif(caller);
      case 'csb':
        return this.csb(caller);
    }
  }

  private fresh(stampMs: number, path: string): void {
    if (!Number.isFinite(stampMs)) throw refuse('the timestamp is not a number', path);
    if (Math.abs(this.now() - stampMs) > this.profile.max_skew_seconds * 1000) throw refuse(`the timestamp is more than ${this.profile.max_skew_seconds} s from the gateway's clock`, path);
  }

  /** A nonce (or signature) used once within the skew window; older ones are forgotten. */
  private once(token: string, path: string): void {
    const now = this.now();
    const windowMs = this.profile.max_skew_seconds * 2000;
    if (this.seen.size > 10_000) for (const [k, at] of this.seen) if (now - at > windowMs) this.seen.delete(k);
    const at = this.seen.get(token);
    if (at !== undefined && now - at <= windowMs) throw refuse('this request was already received (replay)', path);
    this.seen.set(token, now);
  }

  private tif(caller: FsiCaller): string {
    const paasid = header(caller, 'x-tif-paasid');
    const timestamp = header(caller, 'x-tif-timestamp');
    const nonce = header(caller, 'x-tif-nonce');
    const signature = header(caller, 'x-tif-signature');
    for (const [name, value] of [['x-tif-paasid', paasid], ['x-tif-timestamp', timestamp], ['x-tif-nonce', nonce], ['x-tif-signature', signature]] as const) {
      if (!value) throw refuse(`the ${name} header is missing`, `headers.${name}`);
    }
    if (this.settings.id !== '' && paasid !== this.settings.id) throw refuse('x-tif-paasid is not this site\'s', 'headers.x-tif-paasid');
    this.fresh(Number(timestamp) * 1000, 'headers.x-tif-timestamp');
    const expected = createHash('sha256').update(`${timestamp}${this.settings.secret}${nonce}${timestamp}`).digest('hex');
    if (!same(signature!.toLowerCase(), expected)) throw refuse('x-tif-signature does not match', 'headers.x-tif-signature');
    this.once(`tif:${nonce}`, 'headers.x-tif-nonce');
    return `tif:${paasid}`;
  }

  private csb(caller: FsiCaller): string {
    const params: Record<string, string> = { ...caller.query };
    for (const name of ['_api_access_key', '_api_name', '_api_version', '_api_timestamp']) {
      const v = header(caller, name) ?? caller.query[name];
      if (v === undefined) throw refuse(`the ${name} header is missing`, `headers.${name}`);
      params[name] = v;
    }
    const signature = header(caller, '_api_signature') ?? caller.query._api_signature;
    if (!signature) throw refuse('the _api_signature header is missing', 'headers._api_signature');
    delete params._api_signature;
    if (this.settings.id !== '' && params._api_access_key !== this.settings.id) throw refuse('_api_access_key is not this site\'s', 'headers._api_access_key');
    this.fresh(Number(params._api_timestamp), 'headers._api_timestamp');
    const text = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');
    const expected = createHmac('sha1', this.settings.secret).update(text).digest('base64');
    if (!same(signature, expected)) throw refuse('_api_signature does not match', 'headers._api_signature');
    this.once(`csb:${signature}`, 'headers._api_signature');
    return `csb:${params._api_access_key}`;
  }
}
