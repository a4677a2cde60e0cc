import type { Command } from '../command.ts';
import { restoreDatabase } from '../../ops/restore.ts';
import { formatVerifyReport } from '../../ops/verify.ts';
import { fail, locate, LOCATION_OPTIONS, LOCATION_USAGE, parseOrUsage } from './backup-common.ts';

const RESTORE_USAGE = `Usage: yibao-gateway restore --actor WHO [--id BACKUP] [--force] [location options]

Rebuilds the database from a backup (the newest unless --id), verifies it (integrity check +
audit chain) and puts it in place. Stop the gateway first (systemctl stop yibao-gateway):
the restore refuses while any process holds the database open.
  --actor WHO     who restores, recorded in the audit log; two people for back-end data
                  changes (Zhoushan rules), e.g. --actor it-wang+it-li
  --id BACKUP     a backup id from 'yibao-gateway backup --list'
  --force         replace an existing database; it is moved aside (gateway.sqlite.before-restore-…)
${LOCATION_USAGE}

Settlements made after the backup was taken are not in it: reconcile with the centre
afterwards. Exit status: 0 restored, 1 refused or failed, 2 bad usage.
`;

export const restoreCommand: Command = {
  name: ['restore'],
  summary: 'restore the database from a backup (gateway stopped)',
  usage: RESTORE_USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway restore', RESTORE_USAGE, {
      args,
      options: { ...LOCATION_OPTIONS, actor: { type: 'string' }, id: { type: 'string' }, force: { type: 'boolean' } },
      strict: true,
    }, io);
    if (!parsed) return 2;
    const v = parsed.values;
    if (!v.actor) {
      io.stderr.write(`yibao-gateway restore: --actor is required (who restores, for the audit log)\n\n${RESTORE_USAGE}`);
      return 2;
    }
    try {
      const { config, dbFile } = locate(v, io);
      const result = await restoreDatabase({ backupDir: config.backupDir, dbFile, actor: v.actor, force: v.force ?? false, ...(v.id ? { id: v.id } : {}) });
      io.stdout.write(formatVerifyReport(result.verify));
      io.stdout.write(`restored backup ${result.entry.id} (taken ${result.entry.createdAt}) to ${dbFile}\n`);
      if (result.movedAside) io.stdout.write(`the previous database was moved to ${result.movedAside}\n`);
      io.stdout.write('settlements made after the backup was taken are not in it: reconcile with the centre\n');
      return 0;
    } catch (err) {
      return fail('yibao-gateway restore', err, io);
    }
  },
};
