import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseOrUsage, type Command } from '../command.ts';
import { loadConfig, OPTIONS, type Config } from '../../config.ts';
import { isGatewayError } from '../../errors/gateway-error.ts';
import { generatedTableOf, redactedConfig, renderOptionsTable, withGeneratedTable } from '../../ops/config-doc.ts';

const CONFIG_USAGE = `Usage: yibao-gateway config show  [--config FILE] [--json]
       yibao-gateway config check [--config FILE]
       yibao-gateway config doc   [--write]

  show    the effective configuration (defaults < FILE < environment), secrets hidden
  check   validate FILE and the environment; names the bad option; warns about unsafe values
  doc     print the generated options table of deploy/CONFIGURATION.md; --write updates the file

Exit status: 0 ok, 1 check found a problem or the reference is stale, 2 bad usage.
`;

export const CONFIGURATION_MD = fileURLToPath(new URL('../../../deploy/CONFIGURATION.md', import.meta.url));

/** Advice that does not stop the gateway but should not go unnoticed on a counter PC. */
export function configWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.centerKey === OPTIONS.centerKey.default) warnings.push('centerKey is the demo key: set YIBAO_CENTER_KEY to the key the centre issued');
  const data = config.dataDir.endsWith('/') ? config.dataDir : `${config.dataDir}/`;
  if (config.backupDir === config.dataDir || config.backupDir.startsWith(data)) {
    warnings.push('backupDir is inside dataDir: keep backups apart from the data, ideally on another disk');
  }
  if (config.host !== '127.0.0.1' && config.host !== 'localhost' && config.host !== '::1') {
    warnings.push(`host ${config.host} exposes the HIS API beyond this machine: restrict it with a firewall`);
  }
  return warnings;
}

export const configCommand: Command = {
  name: ['config'],
  summary: 'show, check or document the configuration',
  usage: CONFIG_USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    const parsed = parseOrUsage('yibao-gateway config', CONFIG_USAGE, { args: rest, options: { config: { type: 'string' }, json: { type: 'boolean' }, write: { type: 'boolean' } }, strict: true }, io);
    if (!parsed) return 2;
    const { values } = parsed;
    if (sub === 'doc') {
      const current = readFileSync(CONFIGURATION_MD, 'utf8');
      if (values.write) {
        writeFileSync(CONFIGURATION_MD, withGeneratedTable(current));
        io.stdout.write(`updated ${CONFIGURATION_MD}\n`);
        return 0;
      }
      io.stdout.write(`${renderOptionsTable()}\n`);
      return generatedTableOf(current) === renderOptionsTable() ? 0 : 1;
    }
    if (sub !== 'show' && sub !== 'check') {
      io.stderr.write(CONFIG_USAGE);
      return 2;
    }
    let config: Config;
    try {
      config = loadConfig({ file: values.config, env: io.env });
    } catch (err) {
      io.stderr.write(`yibao-gateway config: ${isGatewayError(err) ? err.message : (err as Error).message}\n`);
      return 1;
    }
    const warnings = configWarnings(config);
    if (sub === 'show') {
      const shown = redactedConfig(config);
      if (values.json) io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
      else {
        const width = Math.max(...Object.keys(shown).map((k) => k.length));
        for (const [key, value] of Object.entries(shown)) io.stdout.write(`${key.padEnd(width)}  ${String(value)}\n`);
      }
    } else {
      io.stdout.write(`configuration ok${values.config ? ` (${values.config})` : ''}\n`);
    }
    for (const w of warnings) io.stderr.write(`warning: ${w}\n`);
    return 0;
  },
};
