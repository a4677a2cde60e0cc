/**
 * HIS clients' API keys. The key a client holds is `yk_<key_id>_<secret>`; the store keeps
 * only SHA-256(secret) — the secret is 32 random bytes, so a fast hash is enough (no
 * password stretching needed for a high-entropy secret) and checking costs microseconds on
 * the settle path.
 */
import type { Db } from './db.ts';

export interface ApiKeyRow {
  readonly key_id: string;
  readonly name: string;
  readonly secret_hash: string;
  readonly created_at: string;
  readonly revoked_at: string | null;
}

export class ApiKeyStore {
  private readonly insertStmt;
  private readonly getStmt;
  private readonly listStmt;
  private readonly revokeStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare('INSERT INTO api_keys (key_id, name, secret_hash, created_at, revoked_at) VALUES (@key_id, @name, @secret_hash, @created_at, NULL)');
    this.getStmt = db.prepare('SELECT * FROM api_keys WHERE key_id = ?');
    this.listStmt = db.prepare('SELECT * FROM api_keys ORDER BY created_at, key_id');
    this.revokeStmt = db.prepare('UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL');
  }

  insert(row: Omit<ApiKeyRow, 'revoked_at'>): void {
    this.insertStmt.run(row);
  }

  get(keyId: string): ApiKeyRow | undefined {
    return this.getStmt.get(keyId) as ApiKeyRow | undefined;
  }

  list(): ApiKeyRow[] {
    return this.listStmt.all() as ApiKeyRow[];
  }

  revoke(keyId: string, at: string): boolean {
    return this.revokeStmt.run(at, keyId).changes === 1;
  }
}
