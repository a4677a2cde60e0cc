/**
 * `yibao-gateway verify`: is this database file whole and untampered?
 *  - `PRAGMA integrity_check` (every page, index and constraint) and `foreign_key_check`;
 *  - the audit log's hash chain (gateway/store/audit.ts `AuditLog.verify`): an edited or
 *    removed entry breaks it from that entry on;
 *  - the schema version against this gateway's migrations.
 * It only reads; run it on the live database, a restored copy or a rebuilt backup.
 */
import Database from 'better-sqlite3';
import { AuditLog } from '../store/audit.ts';
import { SCHEMA_VERSION } from '../store/migrations.ts';
import { GatewayError } from '../errors/gateway-error.ts';

export interface VerifyReport {
  readonly ok: boolean;
  readonly file: string;
  readonly integrity: readonly string[];
  readonly foreignKeyViolations: number;
  readonly audit: ReturnType<AuditLog['verify']> | { ok: false; entries: 0; brokenAt: 0; reason: string };
  readonly schemaVersion: number;
  readonly gatewaySchemaVersion: number;
  readonly settlements: number;
  readonly problems: readonly string[];
}

export function verifyDatabase(file: string): VerifyReport {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (cause) {
    throw new GatewayError('GW_VERIFY_FAILED', { cause, detail: `cannot open ${file}` });
  }
  try {
    const problems: string[] = [];
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    if (integrity.length !== 1 || integrity[0] !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
    const fk = (db.pragma('foreign_key_check') as unknown[]).length;
    if (fk > 0) problems.push(`foreign_key_check: ${fk} rows point at nothing`);
    const has = (table: string): boolean => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
    const schemaVersion = has('schema_migrations') ? ((db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0) : 0;
    if (schemaVersion > SCHEMA_VERSION) problems.push(`schema ${schemaVersion} is newer than this gateway's ${SCHEMA_VERSION}`);
    let audit: VerifyReport['audit'];
    if (has('audit_log')) {
      audit = new AuditLog(db).verify();
      if (!audit.ok) problems.push(`audit chain broken at entry ${audit.brokenAt}: ${audit.reason}`);
    } else {
      audit = { ok: false, entries: 0, brokenAt: 0, reason: 'no audit_log table' };
      problems.push('no audit_log table');
    }
    const settlements = has('settlements') ? (db.prepare('SELECT count(*) AS n FROM settlements').get() as { n: number }).n : 0;
    return { ok: problems.length === 0, file, integrity, foreignKeyViolations: fk, audit, schemaVersion, gatewaySchemaVersion: SCHEMA_VERSION, settlements, problems };
  } finally {
    db.close();
  }
}

export function formatVerifyReport(r: VerifyReport): string {
  const lines = [
    `database      ${r.file}`,
    `integrity     ${r.integrity.length === 1 && r.integrity[0] === 'ok' ? 'ok' : 'FAILED'}`,
    `foreign keys  ${r.foreignKeyViolations === 0 ? 'ok' : `${r.foreignKeyViolations} violations`}`,
    `audit chain   ${r.audit.ok ? `ok (${r.audit.entries} entries)` : `BROKEN${'brokenAt' in r.audit && r.audit.brokenAt ? ` at entry ${r.audit.brokenAt}` : ''}: ${'reason' in r.audit ? r.audit.reason : ''}`}`,
    `schema        ${r.schemaVersion} (this gateway: ${r.gatewaySchemaVersion})`,
    `settlements   ${r.settlements}`,
    r.ok ? 'verify: OK' : `verify: FAILED\n${r.problems.map((p) => `  - ${p}`).join('\n')}`,
  ];
  return `${lines.join('\n')}\n`;
}
