/**
 * `yibao-gateway audit verify`: walks the hash chain of the audit log (gateway/store/audit.ts)
 * from the first entry; exit 0 when intact, 1 with the first broken entry otherwise.
 */
import { join } from 'node:path';
import { parseOrUsage, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../store/db.ts';
import { AuditLog } from '../../store/audit.ts';
import { isGatewayError } from '../../errors/gateway-error.ts';

const USAGE = `Usage: yibao-gateway audit verify [--json] [--data-dir DIR] [--config FILE]

Checks that no audit entry was altered, removed or inserted: each entry's SHA-256 covers the
previous entry's hash. Exit 0 when the chain is intact; 1 names the first broken entry.
`;

export const auditCommand: Command = {
  name: ['audit'],
  summary: 'verify the hash chain of the audit log',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway audit', USAGE, { args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' }, 'data-dir': { type: 'string' }, config: { type: 'string' } } }, io);
    if (!parsed) return 2;
    if (parsed.positionals[0] !== 'verify') {
      io.stderr.write(USAGE);
      return 2;
    }
    let db;
    try {
      const config = loadConfig({ file: parsed.values.config, env: io.env, overrides: { dataDir: parsed.values['data-dir'] } });
      db = openDatabase({ file: join(config.dataDir, 'gateway.sqlite'), readonly: true });
      const result = new AuditLog(db).verify();
      if (parsed.values.json) io.stdout.write(`${JSON.stringify(result)}\n`);
      else if (result.ok) io.stdout.write(`audit chain intact: ${result.entries} entries\n`);
      else io.stdout.write(`audit chain BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.entries} entries read)\n`);
      return result.ok ? 0 : 1;
    } catch (err) {
      io.stderr.write(`yibao-gateway audit verify: ${isGatewayError(err) ? `${err.code} ${err.message}` : (err as Error).message}\n`);
      return 1;
    } finally {
      db?.close();
    }
  },
};
