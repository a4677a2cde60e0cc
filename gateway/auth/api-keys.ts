/**
 * Per-HIS-client API keys: created and revoked with `yibao-gateway apikey`, checked on every
 * request. A key reads `yk_<key_id>_<secret>` (secret: 32 random bytes, base64url); only
 * SHA-256(secret) is stored, and the comparison is constant-time.
 *
 * A key once verified is remembered by the SHA-256 of the whole presented key (never the key
 * itself), so the settle path does not read `api_keys` on every request. The memory is per
 * database connection and forgotten whenever the keys may have changed: a create or revoke
 * through this connection, or any commit by another connection (`PRAGMA data_version`, which
 * is how a `yibao-gateway apikey revoke` run beside the service is seen — at the next request).
 */
import { createHash, hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { ApiKeyStore, type ApiKeyRow } from '../store/api-keys.ts';
import { AuditLog } from '../store/audit.ts';
import { GatewayError } from '../errors/gateway-error.ts';

const KEY = /^yk_([a-z0-9]{8,32})_([A-Za-z0-9_-]{43})$/;

export interface ApiClient {
  readonly key_id: string;
  readonly name: string;
}

export interface CreatedKey extends ApiClient {
  /** Shown once; the gateway cannot show it again. */
  readonly key: string;
}

function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Verified keys of one connection, valid while its data_version stays the same. */
interface VerifiedKeys {
  dataVersion: number;
  readonly clients: Map<string, ApiClient>;
}

const VERIFIED = new WeakMap<Db, VerifiedKeys>();
/** More distinct keys than this is not a hospital's HIS clients; start over rather than grow. */
const MAX_REMEMBERED = 1024;

export class ApiKeys {
  private readonly store: ApiKeyStore;
  private readonly audit: AuditLog;
  private readonly dataVersion;
  private readonly verified: VerifiedKeys;

  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {
    this.store = new ApiKeyStore(db);
    this.audit = new AuditLog(db);
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    let verified = VERIFIED.get(db);
    if (!verified) {
      verified = { dataVersion: -1, clients: new Map() };
      VERIFIED.set(db, verified);
    }
    this.verified = verified;
  }

  private forget(): void {
    this.verified.clients.clear();
    this.verified.dataVersion = -1;
  }

  create(name: string, actor: string): CreatedKey {
    if (name.trim() === '') throw new GatewayError('GW_VALIDATION', { detail: 'name must not be empty', details: { path: 'name' } });
    const keyId = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const at = this.now().toISOString();
    this.forget();
    this.db.transaction(() => {
      this.store.insert({ key_id: keyId, name: name.trim(), secret_hash: hashSecret(secret).toString('hex'), created_at: at });
      this.audit.append({ actor, action: 'apikey.create', subject: keyId, detail: { name: name.trim() } }, at);
    }).immediate();
    return { key_id: keyId, name: name.trim(), key: `yk_${keyId}_${secret}` };
  }

  revoke(keyId: string, actor: string): void {
    const at = this.now().toISOString();
    this.forget();
    this.db.transaction(() => {
      const row = this.store.get(keyId);
      if (!row) throw new GatewayError('GW_API_KEY_UNKNOWN', { details: { key_id: keyId } });
      if (this.store.revoke(keyId, at)) this.audit.append({ actor, action: 'apikey.revoke', subject: keyId, detail: { name: row.name } }, at);
    }).immediate();
  }

  list(): Array<Omit<ApiKeyRow, 'secret_hash'>> {
    return this.store.list().map(({ secret_hash: _hidden, ...rest }) => rest);
  }

  /** The client a presented key belongs to, or undefined for an unknown, malformed or revoked key. */
  verify(presented: string): ApiClient | undefined {
    const version = this.dataVersion.get() as number;
    const { clients } = this.verified;
    if (version !== this.verified.dataVersion || clients.size >= MAX_REMEMBERED) {
      clients.clear();
      this.verified.dataVersion = version;
    }
    const fingerprint = hash('sha256', presented, 'base64');
    const known = clients.get(fingerprint);
    if (known) return known;
    const client = this.check(presented);
    if (client) clients.set(fingerprint, client);
    return client;
  }

  private check(presented: string): ApiClient | undefined {
    const m = KEY.exec(presented);
    if (!m) return undefined;
    const row = this.store.get(m[1]!);
    if (!row || row.revoked_at !== null) return undefined;
    const expected = Buffer.from(row.secret_hash, 'hex');
    const actual = hashSecret(m[2]!);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
    return { key_id: row.key_id, name: row.name };
  }
}
