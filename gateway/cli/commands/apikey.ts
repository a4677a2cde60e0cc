/**
 * `yibao-gateway apikey create|revoke|list`: per-HIS-client API keys. The key is printed
 * once at creation; the database keeps only its hash. Run on the gateway machine, by the
 * IT office; each action is in the audit log under `cli:<user>`.
 */
import { requireCleanText } from '../../boundary/text.ts';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { parseOrUsage, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../store/db.ts';
import { ApiKeys } from '../../auth/api-keys.ts';
import { isGatewayError } from '../../errors/gateway-error.ts';

const USAGE = `Usage: yibao-gateway apikey create --name NAME [--json] [--data-dir DIR] [--config FILE]
       yibao-gateway apikey revoke KEY_ID [--data-dir DIR] [--config FILE]
       yibao-gateway apikey list [--json] [--data-dir DIR] [--config FILE]

Creates, revokes and lists the API keys of HIS clients. A client sends its key as
'Authorization: Bearer yk_…' (or 'X-Api-Key'). The key is shown once, at creation: store it
in the HIS configuration; the gateway keeps only a SHA-256 of its secret.
`;

export const apikeyCommand: Command = {
  name: ['apikey'],
  summary: 'create, revoke or list HIS clients\' API keys',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway apikey', USAGE, { args, allowPositionals: true, strict: true, options: { name: { type: 'string' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' }, config: { type: 'string' } } }, io);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    const [action, keyId] = positionals;
    if (action !== 'create' && action !== 'revoke' && action !== 'list') {
      io.stderr.write(USAGE);
      return 2;
    }
    let db;
    try {
      const config = loadConfig({ file: values.config, env: io.env, overrides: { dataDir: values['data-dir'] } });
      db = openDatabase({ file: join(config.dataDir, 'gateway.sqlite') });
      const keys = new ApiKeys(db);
      const actor = `cli:${userInfo().username}`;
      switch (action) {
        case 'create': {
          if (!values.name) {
            io.stderr.write('yibao-gateway apikey create: --name is required (which HIS client the key is for)\n');
            return 2;
          }
          requireCleanText(values.name, '--name');
          const created = keys.create(values.name, actor);
          io.stdout.write(values.json ? `${JSON.stringify(created)}\n` : `key id: ${created.key_id}\nclient: ${created.name}\nkey:    ${created.key}\n(shown once; give it to the HIS client now)\n`);
          return 0;
        }
        case 'revoke':
          if (!keyId) {
            io.stderr.write('yibao-gateway apikey revoke: name the KEY_ID (see apikey list)\n');
            return 2;
          }
          keys.revoke(keyId, actor);
          io.stdout.write(`revoked ${keyId}\n`);
          return 0;
        case 'list': {
          const list = keys.list();
          if (values.json) io.stdout.write(`${JSON.stringify(list)}\n`);
          else for (const k of list) io.stdout.write(`${k.key_id}  ${k.revoked_at ? `revoked ${k.revoked_at}` : 'active'}  created ${k.created_at}  ${k.name}\n`);
          return 0;
        }
      }
    } catch (err) {
      io.stderr.write(`yibao-gateway apikey ${action}: ${isGatewayError(err) ? `${err.code} ${err.message}` : (err as Error).message}\n`);
      return 1;
    } finally {
      db?.close();
    }
  },
};
