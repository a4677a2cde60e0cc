import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { auditAnchors, backupKeyFile, rebuildBackup } from '../../ops/backup.ts';
import { formatVerifyReport, verifyDatabase, type VerifyOptions } from '../../ops/verify.ts';
import { GatewayError } from '../../errors/gateway-error.ts';
import { CenterClient, keyFromConfig } from '../../center/client.ts';
import { randomUUID } from 'node:crypto';
import { fail, locate, LOCATION_OPTIONS, LOCATION_USAGE, parseOrUsage } from './backup-common.ts';

const VERIFY_USAGE = `Usage: yibao-gateway verify [--file DB | --backup ID] [--json] [location options]

Checks a database: SQLite integrity_check and foreign keys, the audit log's keyed chain (an
edited, removed or inserted entry breaks it), that it still holds the chain heads its backups
recorded (a log cut short or rewritten), that the append-only triggers are there, that every
settlement row matches the digest its audit entry recorded, and the schema version.
Read-only; safe on the live database while the gateway runs.
  --file DB       a database file (default: gateway.sqlite in the data directory)
  --backup ID     rebuild that backup in a temporary directory and check it ('latest' for the newest)
  --centre        also ask the centre for the newest chain head this gateway sent it
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
      options: { ...LOCATION_OPTIONS, file: { type: 'string' }, backup: { type: 'string' }, centre: { type: 'boolean' }, json: { type: 'boolean' } },
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
      let options: VerifyOptions = {};
      if (v.backup) {
        scratch = mkdtempSync(join(tmpdir(), 'yibao-verify-'));
        file = join(scratch, 'gateway.sqlite');
        const entry = await rebuildBackup(config.backupDir, file, v.backup === 'latest' ? undefined : v.backup);
        options = { keyFile: backupKeyFile(config.backupDir, entry) };
      } else if (!v.file) {
        // The live database must still hold every audit head its backups recorded.
        options = { anchors: auditAnchors(config.backupDir) };
      }
      if (v.centre) {
        // An upload of no records: its acknowledgement names the newest head the centre holds.
        const center = new CenterClient({ baseUrl: config.centerUrl, gatewayId: config.gatewayId, keyId: 'k1', key: keyFromConfig(config.centerKey) });
        const held = (await center.upload(randomUUID(), [], { timeoutMs: 15_000 })).auditHead;
        if (held && Number(held.seq) > 0) options = { ...options, anchors: [...(options.anchors ?? []), { seq: Number(held.seq), hash: held.hash ?? '' }] };
      }
      if (!existsSync(file)) throw new GatewayError('GW_VERIFY_FAILED', { detail: `${file} does not exist` });
      const report = verifyDatabase(file, options);
      io.stdout.write(v.json ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyReport(report));
      return report.ok ? 0 : 1;
    } catch (err) {
      return fail('yibao-gateway verify', err, io);
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  },
};
