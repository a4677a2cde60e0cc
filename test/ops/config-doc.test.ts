/**
 * deploy/CONFIGURATION.md is the installer's reference: it must say what the code does.
 * The options table there is generated from OPTIONS; this test fails when an option is added
 * or changed without `yibao-gateway config doc --write`.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadConfig, OPTIONS, type OptionName } from '../../gateway/config.ts';
import { generatedTableOf, renderOptionsTable, SECRET_OPTIONS } from '../../gateway/ops/config-doc.ts';
import { configCommand, CONFIGURATION_MD } from '../../gateway/cli/commands/config.ts';
import { captureIo } from '../support/cli-io.ts';

const EXAMPLE = fileURLToPath(new URL('../../deploy/gateway.example.json', import.meta.url));
const names = Object.keys(OPTIONS) as OptionName[];

describe('configuration reference', () => {
  it('deploy/CONFIGURATION.md holds the table generated from OPTIONS (run `yibao-gateway config doc --write`)', () => {
    expect(generatedTableOf(readFileSync(CONFIGURATION_MD, 'utf8'))).toBe(renderOptionsTable());
  });

  it('documents every option with its environment variable, default and a description', () => {
    const table = generatedTableOf(readFileSync(CONFIGURATION_MD, 'utf8')) ?? '';
    for (const name of names) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      expect(row).toContain(`\`${OPTIONS[name].env}\``);
      expect(row).toContain(JSON.stringify(OPTIONS[name].default));
      expect(OPTIONS[name].description.length, `${name} needs a description`).toBeGreaterThan(15);
    }
  });

  it('the example file loads and lists every option except the secrets', () => {
    const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
    const listed = Object.keys(example).filter((k) => k !== '$comment').sort();
    expect(listed).toEqual(names.filter((n) => !SECRET_OPTIONS.includes(n)).sort());
    const config = loadConfig({ file: EXAMPLE, env: {} });
    expect(config.dataDir).toBe('/var/lib/yibao-gateway');
    expect(config.backupDir).toBe('/var/backups/yibao-gateway');
  });
});

describe('yibao-gateway config', () => {
  it('check names the bad option and where it came from', async () => {
    const io = captureIo({ YIBAO_PORT: '88a' });
    expect(await configCommand.run(['check'], io)).toBe(1);
    expect(io.err()).toContain('port (YIBAO_PORT): expected a whole number');
  });

  it('check refuses an unknown option in the file by name', async () => {
    const file = `${mkdtempSync(`${tmpdir()}/yibao-cfg-`)}/gateway.json`;
    writeFileSync(file, JSON.stringify({ prot: 8860 }));
    const io = captureIo({});
    expect(await configCommand.run(['check', '--config', file], io)).toBe(1);
    expect(io.err()).toContain("unknown option 'prot'");
  });

  it('show hides the centre key and warns while the demo key is set', async () => {
    const io = captureIo({ YIBAO_BACKUP_DIR: '/srv/b' });
    expect(await configCommand.run(['show', '--json'], io)).toBe(0);
    const shown = JSON.parse(io.out()) as Record<string, unknown>;
    expect(shown.centerKey).toBe('[set]');
    expect(shown.backupDir).toBe('/srv/b');
    expect(io.err()).toContain('centerKey is the demo key');
  });

  it('doc exits 0 while the reference is current', async () => {
    const io = captureIo({});
    expect(await configCommand.run(['doc'], io)).toBe(0);
    expect(io.out()).toContain('| `backupKeepDays` |');
  });
});
