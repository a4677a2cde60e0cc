import type { CliIo, Command } from '../command.ts';
import { GatewayError } from '../../errors/gateway-error.ts';
import { verifyDatabase } from '../../ops/verify.ts';
import { auditAnchors, autoBackup, formatBackupList, listBackups, takeBackup, type BackupEntry } from '../../ops/backup.ts';
import { configWarnings } from './config.ts';
import { fail, locate, LOCATION_OPTIONS, LOCATION_USAGE, parseOrUsage } from './backup-common.ts';

const BACKUP_USAGE = `Usage: yibao-gateway backup [--auto | --full | --incremental] [--json] [location options]
       yibao-gateway backup --list [--json] [location options]

Backs up the gateway database online: the counters keep settling while it runs.
  --auto          what the daily timer runs: a full backup when the newest full one is
                  backupFullEveryDays old (default 7), else an incremental one; then prunes
                  backup sets older than backupKeepDays (Zhoushan rules: daily incremental,
                  weekly full, kept at least three months)
  --full          a full copy (starts a new backup set)
  --incremental   the pages changed since the last backup (a full copy if there is none)
  --list          the backups in the backup directory
  --json          machine-readable output
${LOCATION_USAGE}

See deploy/BACKUP.md. Exit status: 0 done, 1 failed, 2 bad usage.
`;

function describe(e: BackupEntry): string {
  return `${e.kind} backup ${e.id}: ${e.pagesStored} of ${e.pageCount} pages, ${e.bytes} bytes, ${e.settlements} settlements, schema ${e.schemaVersion}\n`;
}

/**
 * A backup copies what the database holds, faults included: a database that fails
 * verification (integrity, audit chain) gives backups that restore refuses. The backup is
 * kept — it is still the newest copy there is — but the run fails, so the timer's failure
 * reaches the technician the day it happens, not on the day of the restore.
 */
function checkSource(dbFile: string, backupDir: string, io: CliIo): number {
  const report = verifyDatabase(dbFile, { anchors: auditAnchors(backupDir) });
  if (report.ok) return 0;
  const err = new GatewayError('GW_VERIFY_FAILED', { detail: `the backup was taken, but ${dbFile} fails verification: ${report.problems.join('; ')}; restore refuses such a backup (run yibao-gateway verify)` });
  return fail('yibao-gateway backup', err, io);
}

export const backupCommand: Command = {
  name: ['backup'],
  summary: 'back up the database online (daily incremental, weekly full)',
  usage: BACKUP_USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway backup', BACKUP_USAGE, {
      args,
      options: { ...LOCATION_OPTIONS, auto: { type: 'boolean' }, full: { type: 'boolean' }, incremental: { type: 'boolean' }, list: { type: 'boolean' }, json: { type: 'boolean' } },
      strict: true,
    }, io);
    if (!parsed) return 2;
    const v = parsed.values;
    const modes = [v.auto, v.full, v.incremental, v.list].filter(Boolean).length;
    if (modes > 1) {
      io.stderr.write(`yibao-gateway backup: choose one of --auto, --full, --incremental, --list\n\n${BACKUP_USAGE}`);
      return 2;
    }
    try {
      const { config, dbFile } = locate(v, io);
      if (v.list) {
        const entries = listBackups(config.backupDir);
        io.stdout.write(v.json ? `${JSON.stringify(entries, null, 2)}\n` : formatBackupList(entries));
        return 0;
      }
      for (const w of configWarnings(config).filter((x) => x.startsWith('backupDir'))) io.stderr.write(`warning: ${w}\n`);
      if (v.full || v.incremental) {
        const entry = await takeBackup(v.full ? 'full' : 'incremental', { source: dbFile, backupDir: config.backupDir, reason: 'manual' });
        io.stdout.write(v.json ? `${JSON.stringify({ entry }, null, 2)}\n` : describe(entry));
        return checkSource(dbFile, config.backupDir, io);
      }
      // --auto is the default: what the timer runs.
      const result = await autoBackup({ source: dbFile, backupDir: config.backupDir, policy: { fullEveryDays: config.backupFullEveryDays, keepDays: config.backupKeepDays } });
      if (v.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else {
        io.stdout.write(describe(result.entry));
        if (result.pruned.length > 0) io.stdout.write(`pruned expired backups: ${result.pruned.join(', ')}\n`);
      }
      return checkSource(dbFile, config.backupDir, io);
    } catch (err) {
      return fail('yibao-gateway backup', err, io);
    }
  },
};
