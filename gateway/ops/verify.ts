/**
 * `yibao-gateway verify`: is this database file whole and untampered?
 *  - `PRAGMA integrity_check` (every page, index and constraint) and `foreign_key_check`;
 *  - the audit log's hash chain (gateway/store/audit.ts `AuditLog.verify`): an edited or
 *    removed entry breaks it from that entry on;
 *  - the audit chain against the heads recorded in backup manifests (`anchors`), so a log
 *    cut short or recomputed with the key is found too;
 *  - the append-only triggers are all there (dropping one is how rows get edited);
 *  - every settlement and cancellation row matches the digest its audit entry recorded, so an
 *    amount edited in the database is found even where the audit chain was left alone, and
 *    every accumulator delta still held matches the delta its settlement recorded;
 *  - the schema version against this gateway's migrations.
 * It only reads; run it on the live database, a restored copy or a rebuilt backup.
 */
import Database from 'better-sqlite3';
import { AuditLog, type AuditHead } from '../store/audit.ts';
import { attachAuditKey, useAuditKeyFile } from '../store/audit-key.ts';
import { settlementDigest, type SettlementRow } from '../store/settlements.ts';
import { negateAccumulators } from '../engine/accumulators.ts';
import type { AccumulatorsDelta, SettlementResult } from '../engine/index.ts';
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
  /** Settlement or cancellation rows that differ from the digest their audit entry recorded. */
  readonly alteredRows: readonly string[];
  readonly missingTriggers: readonly string[];
  readonly problems: readonly string[];
}

/** The triggers that keep settlements and the audit log append-only. */
export const APPEND_ONLY_TRIGGERS = ['settlements_no_update', 'settlements_no_delete', 'audit_no_update', 'audit_no_delete', 'interim_settlements_no_update', 'interim_settlements_no_delete'] as const;

export interface VerifyOptions {
  /** The audit key to check with (a backup's copy); default the one beside the file. */
  readonly keyFile?: string | undefined;
  /** Audit heads recorded in backup manifests (backup.ts auditAnchors). */
  readonly anchors?: readonly AuditHead[];
}

/** setl_id → the row digest its audit entry recorded (undefined for rows from before digests). */
function recordedDigests(db: Database.Database): Map<string, string | undefined> {
  const entries = db.prepare("SELECT subject, detail FROM audit_log WHERE action IN ('settle', 'cancel', 'reverse')").all() as Array<{ subject: string; detail: string }>;
  return new Map(entries.map((e) => [e.subject, (JSON.parse(e.detail) as { row_digest?: string }).row_digest]));
}

function checkRows(db: Database.Database, recorded: Map<string, string | undefined>): string[] {
  const altered: string[] = [];
  for (const row of db.prepare('SELECT * FROM settlements').iterate() as Iterable<SettlementRow>) {
    if (!recorded.has(row.setl_id)) {
      altered.push(`${row.setl_id} (no audit entry)`);
      continue;
    }
    const digest = recorded.get(row.setl_id);
    // Rows written before digests were recorded are checked by the chain alone.
    if (digest !== undefined && digest !== settlementDigest(row)) altered.push(row.setl_id);
  }
  return altered;
}

/** The same JSON value whatever the key order (deltas are compared by content). */
const canonical = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

/**
 * Accumulator deltas not yet folded into a confirmed snapshot: each must be the delta its
 * settlement's result recorded (negated for a cancellation), for its person and benefit year —
 * the settlement's result being covered by the digest its audit entry holds.
 */
function checkAccumulators(db: Database.Database, recorded: Map<string, string | undefined>): string[] {
  const bySetl = db.prepare('SELECT * FROM settlements WHERE setl_id = ?');
  const altered: string[] = [];
  for (const d of db.prepare('SELECT id, psn_no, year, setl_id, delta FROM accumulator_deltas').iterate() as Iterable<{ id: number; psn_no: string; year: number; setl_id: string; delta: string }>) {
    // Settlements written before digests were recorded are checked by the chain alone, their deltas too.
    if (recorded.get(d.setl_id) === undefined) {
      // A delta naming no settlement of this gateway's was inserted by hand.
      if (!bySetl.get(d.setl_id)) altered.push(`accumulator delta ${d.id} (no settlement ${d.setl_id})`);
      continue;
    }
    const row = bySetl.get(d.setl_id) as SettlementRow | undefined;
    const original = row?.kind === 'cancellation' && row.original_setl_id ? bySetl.get(row.original_setl_id) as SettlementRow | undefined : row;
    if (!row || !original) {
      altered.push(`accumulator delta ${d.id} (no settlement ${d.setl_id})`);
      continue;
    }
    const result = JSON.parse(original.result) as SettlementResult;
    const expected = row.kind === 'cancellation' ? negateAccumulators(result.accumulators_delta as Partial<AccumulatorsDelta>) : result.accumulators_delta;
    if (d.psn_no !== row.psn_no || d.year !== result.benefit_year || canonical(JSON.parse(d.delta)) !== canonical(expected)) altered.push(`accumulator delta ${d.id} of ${d.setl_id}`);
  }
  return altered;
}

export function verifyDatabase(file: string, options: VerifyOptions = {}): VerifyReport {
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
    if (options.keyFile) useAuditKeyFile(db, options.keyFile);
    else attachAuditKey(db, file, false);
    const triggers = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]);
    const missingTriggers = APPEND_ONLY_TRIGGERS.filter((t) => !triggers.has(t) && (t.startsWith('interim') ? has('interim_settlements') : true));
    if (missingTriggers.length > 0) problems.push(`append-only triggers missing: ${missingTriggers.join(', ')} (rows may have been edited)`);
    let audit: VerifyReport['audit'];
    if (has('audit_log')) {
      audit = new AuditLog(db).verify(options.anchors ?? []);
      if (!audit.ok) problems.push(`audit chain broken at entry ${audit.brokenAt}: ${audit.reason}`);
    } else {
      audit = { ok: false, entries: 0, brokenAt: 0, reason: 'no audit_log table' };
      problems.push('no audit_log table');
    }
    const settlements = has('settlements') ? (db.prepare('SELECT count(*) AS n FROM settlements').get() as { n: number }).n : 0;
    const recorded = has('settlements') && has('audit_log') ? recordedDigests(db) : undefined;
    const alteredRows = recorded ? [...checkRows(db, recorded), ...(has('accumulator_deltas') ? checkAccumulators(db, recorded) : [])] : [];
    if (alteredRows.length > 0) problems.push(`settlement rows differ from their audit entries: ${alteredRows.slice(0, 5).join(', ')}${alteredRows.length > 5 ? ` and ${alteredRows.length - 5} more` : ''}`);
    return { ok: problems.length === 0, file, integrity, foreignKeyViolations: fk, audit, schemaVersion, gatewaySchemaVersion: SCHEMA_VERSION, settlements, alteredRows, missingTriggers, problems };
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
    `settlements   ${r.settlements}${r.alteredRows.length > 0 ? `, ${r.alteredRows.length} ALTERED: ${r.alteredRows.slice(0, 5).join(', ')}` : ', each as its audit entry recorded'}`,
    `triggers      ${r.missingTriggers.length === 0 ? 'ok' : `MISSING: ${r.missingTriggers.join(', ')}`}`,
    r.ok ? 'verify: OK' : `verify: FAILED\n${r.problems.map((p) => `  - ${p}`).join('\n')}`,
  ];
  return `${lines.join('\n')}\n`;
}
