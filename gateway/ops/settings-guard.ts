/**
 * The settings that govern money — who must approve a cancellation, the offline limits, the
 * institution's level and region — change only with two people present (Zhoushan
 * 信息系统管理办法: changes to the system that touch funds are made by two, recorded, with a
 * backup taken just before). They live in the configuration file and the environment, where
 * one person with a text editor could change them; so the database keeps the set last
 * approved, and the gateway refuses to serve on different values until two registered
 * operators approve them with their own secrets (`yibao-gateway settings approve`), which
 * takes a backup first and audits what changed, from what, to what, and who approved.
 *
 * The first start of a new database records the settings it starts with (audited).
 */
import { createHash } from 'node:crypto';
import { OPTIONS, type Config, type OptionName } from '../config.ts';
import type { Db } from '../store/db.ts';
import { AuditLog } from '../store/audit.ts';
import { GatewayError } from '../errors/gateway-error.ts';
import type { OperatorRegistry } from '../auth/operators.ts';

/** The options whose values decide what the funds pay or what may be undone. */
export const MONEY_SETTINGS = [
  'fixmedinsCode', 'admdvs', 'hospitalLevel',
  'approvalTiers', 'approvalValidMinutes', 'approvalTrustHis', 'reversalGraceMs',
  'offlineFloorFen', 'offlinePersonMaxCount', 'offlinePersonMaxFundFen', 'offlineGatewayMaxCount',
  'offlineGatewayMaxFundFen', 'offlineGatewayMaxMs', 'offlineRequireKnownPerson',
  'cardAllowUnverified',
] as const satisfies readonly OptionName[];

type Settings = Record<(typeof MONEY_SETTINGS)[number], unknown>;

export function moneySettings(config: Config): Settings {
  return Object.fromEntries(MONEY_SETTINGS.map((k) => [k, config[k]])) as Settings;
}

const fingerprint = (s: Settings): string => createHash('sha256').update(JSON.stringify(MONEY_SETTINGS.map((k) => [k, s[k]]))).digest('hex');

interface ApprovedRow {
  readonly fingerprint: string;
  readonly settings: string;
}

function latest(db: Db): ApprovedRow | undefined {
  return db.prepare('SELECT fingerprint, settings FROM settings_approvals ORDER BY id DESC LIMIT 1').get() as ApprovedRow | undefined;
}

/** What differs between the approved settings and the configuration: name → { from, to }. */
export function settingsChanges(db: Db, config: Config): Record<string, { from: unknown; to: unknown }> {
  const row = latest(db);
  if (!row) return {};
  const approved = JSON.parse(row.settings) as Partial<Settings>;
  const now = moneySettings(config);
  // a setting newer than the approval counts as approved at its default value
  const was = (k: (typeof MONEY_SETTINGS)[number]): unknown => (k in approved ? approved[k] : OPTIONS[k].default);
  return Object.fromEntries(MONEY_SETTINGS.filter((k) => JSON.stringify(was(k)) !== JSON.stringify(now[k])).map((k) => [k, { from: was(k) ?? null, to: now[k] }]));
}

/**
 * Called before serving: records the settings of a new database, passes approved ones, and
 * refuses changed ones with what changed and what to do.
 */
export function checkSettings(db: Db, config: Config, now: Date = new Date()): 'first' | 'approved' {
  const current = moneySettings(config);
  const row = latest(db);
  if (!row) {
    const at = now.toISOString();
    db.transaction(() => {
      db.prepare('INSERT INTO settings_approvals (fingerprint, settings, approved_by, backup_id, at) VALUES (?, ?, ?, NULL, ?)').run(fingerprint(current), JSON.stringify(current), '[]', at);
      new AuditLog(db).append({ actor: 'gateway', action: 'settings.initial', subject: 'settings', detail: { settings: current } }, at);
    }).immediate();
    return 'first';
  }
  if (row.fingerprint === fingerprint(current)) return 'approved';
  const changed = settingsChanges(db, config);
  if (Object.keys(changed).length === 0) return 'approved';
  throw new GatewayError('GW_SETTINGS_UNAPPROVED', {
    detail: `changed: ${Object.keys(changed).join(', ')}; two operators approve them with yibao-gateway settings approve --id A --id B, or put the approved values back`,
    details: { changed },
  });
}

export interface Approver {
  readonly id: string;
  readonly secret: string;
}

/**
 * Two people approve the configuration's money settings: both prove who they are, they are
 * different people, at least one is a supervisor, neither an auditor. `backup` runs first;
 * its id is recorded with the change and the audit entry.
 */
export async function approveSettings(db: Db, registry: OperatorRegistry, config: Config, approvers: readonly [Approver, Approver], backup: () => Promise<string>, now: () => Date = () => new Date()): Promise<{ changed: Record<string, { from: unknown; to: unknown }>; backupId: string }> {
  const [a, b] = approvers;
  if (a.id === b.id) throw new GatewayError('GW_TWO_PEOPLE_REQUIRED', { detail: 'the same operator twice', details: { operators: [a.id, b.id] } });
  const people = [await registry.prove(a.id, a.secret, 'settings approve'), await registry.prove(b.id, b.secret, 'settings approve')];
  if (people.some((p) => p.role === 'auditor') || !people.some((p) => p.role === 'supervisor')) {
    throw new GatewayError('GW_TWO_PEOPLE_REQUIRED', { detail: `roles ${people.map((p) => p.role).join(' and ')}: one must be a supervisor, neither an auditor`, details: { operators: people.map((p) => p.operator_id) } });
  }
  const changed = settingsChanges(db, config);
  const backupId = await backup();
  const current = moneySettings(config);
  const at = now().toISOString();
  const approvedBy = people.map((p) => ({ operator: p.operator_id, role: p.role }));
  db.transaction(() => {
    db.prepare('INSERT INTO settings_approvals (fingerprint, settings, approved_by, backup_id, at) VALUES (?, ?, ?, ?, ?)').run(fingerprint(current), JSON.stringify(current), JSON.stringify(approvedBy), backupId, at);
    new AuditLog(db).append({ actor: people.map((p) => p.operator_id).join('+'), action: 'settings.change', subject: 'settings', detail: { changed, approved_by: approvedBy, backup_id: backupId } }, at);
  }).immediate();
  return { changed, backupId };
}
