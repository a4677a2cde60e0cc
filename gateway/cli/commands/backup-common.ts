/** Options shared by `backup`, `restore` and `verify`: where the configuration, data and backups are. */
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from '../command.ts';
export { parseOrUsage } from '../command.ts';
import { loadConfig, type Config } from '../../config.ts';
import { isGatewayError } from '../../errors/gateway-error.ts';

export const LOCATION_USAGE = `  --config FILE       JSON configuration file (deploy/CONFIGURATION.md)
  --data-dir DIR      data directory (env YIBAO_DATA_DIR)
  --backup-dir DIR    backup directory (env YIBAO_BACKUP_DIR)`;

export const LOCATION_OPTIONS = {
  config: { type: 'string' },
  'data-dir': { type: 'string' },
  'backup-dir': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export interface LocationValues {
  readonly config?: string | undefined;
  readonly 'data-dir'?: string | undefined;
  readonly 'backup-dir'?: string | undefined;
}

/** The configuration these options select, and the database file in its data directory. */
export function locate(values: LocationValues, io: CliIo): { config: Config; dbFile: string } {
  const config = loadConfig({ file: values.config, env: io.env, overrides: { dataDir: values['data-dir'], backupDir: values['backup-dir'] } });
  return { config, dbFile: join(config.dataDir, 'gateway.sqlite') };
}

/** The one way these commands report a failure: the code and both messages, exit 1. */
export function fail(program: string, err: unknown, io: CliIo): number {
  if (isGatewayError(err)) {
    io.stderr.write(`${program}: ${err.code}: ${err.message}\n${program}: ${err.messageZh}\n`);
    return 1;
  }
  throw err;
}
