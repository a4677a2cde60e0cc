/**
 * `yibao-gateway settings status|approve`: the settings that govern money (ops/settings-guard.ts)
 * as approved and as configured now; two operators approve a change with their own secrets
 * (read from standard input, one a line, never from the command line), after a backup.
 */
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseOrUsage, reportFailure, type CliIo, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase, type Db } from '../../store/db.ts';
import { OperatorRegistry } from '../../auth/operators.ts';
import { approveSettings, moneySettings, settingsChanges } from '../../ops/settings-guard.ts';
import { takeBackup } from '../../ops/backup.ts';
import { readSecret } from './operator.ts';

const USAGE = `Usage: yibao-gateway settings status [--json]
       yibao-gateway settings approve --id OPERATOR_A --id OPERATOR_B
  (each also takes --data-dir DIR and --config FILE)

The settings that govern money (approval tiers, offline limits, the institution's level and
region) serve only as two people approved them. After a change in the configuration file or
the environment the gateway refuses to start (GW_SETTINGS_UNAPPROVED) until two registered
operators, one of them a supervisor, approve it here with their own secrets: a full backup is
taken first, and the change, its approvers and the backup are audited.
`;

/** Two secrets: at a terminal each asked for without echo; otherwise two lines of stdin. */
async function twoSecrets(io: CliIo, ids: readonly [string, string]): Promise<[string, string]> {
  if ((io.stdin as NodeJS.ReadStream).isTTY) return [await readSecret(io, `secret of ${ids[0]}: `), await readSecret(io, `secret of ${ids[1]}: `)];
  const lines: string[] = [];
  for await (const line of createInterface({ input: io.stdin })) {
    lines.push(line);
    if (lines.length === 2) break;
  }
  return [lines[0] ?? '', lines[1] ?? ''];
}

export const settingsCommand: Command = {
  name: ['settings'],
  summary: 'show or approve (two people) the settings that govern money',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway settings', USAGE, { args, allowPositionals: true, strict: true, options: { id: { type: 'string', multiple: true }, json: { type: 'boolean' }, 'data-dir': { type: 'string' }, config: { type: 'string' } } }, io);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    const action = positionals[0];
    if (action !== 'status' && action !== 'approve') {
      io.stderr.write(USAGE);
      return 2;
    }
    const ids = values.id ?? [];
    if (action === 'approve' && ids.length !== 2) {
      io.stderr.write('yibao-gateway settings approve: name the two operators, --id A --id B\n');
      return 2;
    }
    let db: Db | undefined;
    try {
      const config = loadConfig({ file: values.config, env: io.env, overrides: { dataDir: values['data-dir'] } });
      const dbFile = join(config.dataDir, 'gateway.sqlite');
      db = openDatabase({ file: dbFile });
      const changed = settingsChanges(db, config);
      if (action === 'status') {
        if (values.json) io.stdout.write(`${JSON.stringify({ settings: moneySettings(config), changed })}\n`);
        else if (Object.keys(changed).length === 0) io.stdout.write('settings that govern money: as approved\n');
        else for (const [k, c] of Object.entries(changed)) io.stdout.write(`${k}: approved ${JSON.stringify(c.from)}, configured ${JSON.stringify(c.to)} — needs two people (settings approve)\n`);
        return 0;
      }
      const pair = [ids[0]!, ids[1]!] as const;
      const [first, second] = await twoSecrets(io, pair);
      const source = db;
      const result = await approveSettings(db, new OperatorRegistry(db, { maxFailures: config.operatorMaxFailures }), config,
        [{ id: pair[0], secret: first }, { id: pair[1], secret: second }],
        async () => (await takeBackup('full', { source, backupDir: config.backupDir, reason: 'manual' })).id);
      io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `settings approved by ${pair.join(' and ')} after backup ${result.backupId}: ${Object.keys(result.changed).join(', ') || 'no change'}\n`);
      return 0;
    } catch (err) {
      return reportFailure(`yibao-gateway settings ${action}`, err, io);
    } finally {
      db?.close();
    }
  },
};
