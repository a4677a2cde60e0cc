import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { rebuildBackup } from '../../ops/backup.ts';
import { formatVerifyReport, verifyDatabase } from '../../ops/verify.ts';
import { GatewayError } from '../../errors/gateway-error.ts';
import { fail, locate, LOCATION_OPTIONS, LOCATION_USAGE, parseOrUsage } from './backup-common.ts';

const VERIFY_USAGE = `Usage: yibao-gateway verify [--file DB | --backup ID] [--json] [location options]

Checks a database: SQLite integrity_check and foreign keys, the audit log's hash chain
(an edited or removed entry breaks it), and the schema version. Read-only; safe on the live
database while the gateway runs.
  --file DB       a database file (default: gateway.sqlite in the data directory)
  --backup ID     rebuild that backup in a temporary directory and check it ('latest' for the newest)
  --json          machine-readable output
${LOCATION_USAGE}

Exit status: 0 verified, 1 a check failed, 2 bad usage.
`;

export const verifyCommand: Command = {
  name: ['verify'],
  summary: 'check database integrity and the audit chain',
  usage: VERIFY_USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway verify', VERIFY_USAGE, {
      args,
      options: { ...LOCATION_OPTIONS, file: { type: 'string' }, backup: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    }, io);
    if (!parsed) return 2;
    const v = parsed.values;
    if (v.file && v.backup) {
      io.stderr.write(`yibao-gateway verify: --file and --backup exclude each other\n\n${VERIFY_USAGE}`);
      return 2;
    }
    let scratch: string | null = null;
    try {
      const { config, dbFile } = locate(v, io);
      let file = v.file ?? dbFile;
      if (v.backup) {
        scratch = mkdtempSync(join(tmpdir(), 'yibao-verify-'));
        file = join(scratch, 'gateway.sqlite');
        await rebuildBackup(config.backupDir, file, v.backup === 'latest' ? undefined : v.backup);
      }
      if (!existsSync(file)) throw new GatewayError('GW_VERIFY_FAILED', { detail: `${file} does not exist` });
      const report = verifyDatabase(file);
      io.stdout.write(v.json ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyReport(report));
      return report.ok ? 0 : 1;
    } catch (err) {
      return fail('yibao-gateway verify', err, io);
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  },
};
