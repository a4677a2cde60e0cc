/**
 * The deploy/ files an installer runs: the systemd units pass `systemd-analyze verify`, keep
 * their hardening, and name only options the gateway knows; the dependency script parses;
 * the container file (not built here: no container engine on these machines) keeps its shape.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OPTIONS } from '../../gateway/config.ts';

const DEPLOY = fileURLToPath(new URL('../../deploy/', import.meta.url));
const UNITS = ['yibao-gateway.service', 'yibao-gateway-backup.service', 'yibao-gateway-backup.timer'];
const KNOWN_ENV = new Set<string>(Object.values(OPTIONS).map((o) => o.env));
const read = (name: string): string => readFileSync(`${DEPLOY}${name}`, 'utf8');

/** `KEY=value` lines of a unit's section, in order. */
function directives(unit: string, key: string): string[] {
  return unit.split('\n').filter((l) => l.startsWith(`${key}=`)).map((l) => l.slice(key.length + 1));
}

describe('systemd units', () => {
  it.each(UNITS)('%s passes systemd-analyze verify', (unit) => {
    const out = spawnSync('systemd-analyze', ['verify', `${DEPLOY}systemd/${unit}`], { encoding: 'utf8', timeout: 60_000 });
    expect(out.error, 'systemd-analyze is missing: apt-get install systemd').toBeUndefined();
    const ours = out.stderr.split('\n').filter((l) => l.includes('yibao'));
    expect(ours, out.stderr).toEqual([]);
    expect(out.status, out.stderr).toBe(0);
  });

  it('the gateway runs as its own user after pcscd, read-only except the data and backup directories', () => {
    const unit = read('systemd/yibao-gateway.service');
    expect(directives(unit, 'User')).toEqual(['yibao']);
    expect(directives(unit, 'After')[0]).toContain('pcscd.socket');
    expect(directives(unit, 'Wants')[0]).toContain('pcscd.socket');
    expect(directives(unit, 'ProtectSystem')).toEqual(['strict']);
    expect(directives(unit, 'NoNewPrivileges')).toEqual(['true']);
    expect(directives(unit, 'CapabilityBoundingSet')).toEqual(['']);
    const writable = directives(unit, 'ReadWritePaths').join(' ').split(/\s+/);
    const env = Object.fromEntries(directives(unit, 'Environment').map((e) => e.split('=') as [string, string]));
    expect(writable).toContain(env.YIBAO_DATA_DIR);
    expect(writable).toContain(env.YIBAO_BACKUP_DIR);
    expect(directives(unit, 'RestrictAddressFamilies')[0]).toContain('AF_UNIX'); // pcscd's socket
  });

  it.each(UNITS.filter((u) => u.endsWith('.service')))('%s sets only environment variables the gateway reads', (name) => {
    for (const line of directives(read(`systemd/${name}`), 'Environment')) {
      const key = line.split('=')[0]!;
      if (key.startsWith('YIBAO_')) expect(KNOWN_ENV, key).toContain(key);
    }
  });

  it('the backup timer runs daily and catches up after a power-off', () => {
    const timer = read('systemd/yibao-gateway-backup.timer');
    expect(directives(timer, 'OnCalendar')).toEqual(['*-*-* 02:30:00']);
    expect(directives(timer, 'Persistent')).toEqual(['true']);
    expect(directives(read('systemd/yibao-gateway-backup.service'), 'ExecStart')[0]).toContain('backup --auto');
  });
});

describe('install-deps.sh and the container file', () => {
  it('install-deps.sh parses and installs the listed system packages', () => {
    expect(spawnSync('bash', ['-n', `${DEPLOY}install-deps.sh`]).status).toBe(0);
    const script = read('install-deps.sh');
    expect(script).toContain('system-packages.txt');
    expect(script).toContain('60-yibao-gateway.rules');
    const packages = read('system-packages.txt').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    for (const p of ['pcscd', 'libpcsclite-dev', 'vsmartcard-vpcd', 'systemd', 'chromium']) expect(packages).toContain(p);
  });

  it('udev rules give hidraw scanners and USB-serial readers to the service user or dialout', () => {
    const rules = read('udev/60-yibao-gateway.rules').split('\n').filter((l) => l.startsWith('SUBSYSTEM'));
    expect(rules.some((r) => r.includes('"hidraw"') && r.includes('GROUP="yibao"'))).toBe(true);
    expect(rules.some((r) => r.includes('"tty"') && r.includes('GROUP="dialout"'))).toBe(true);
  });

  it('Containerfile: multi-stage on the Node 24 LTS base, host pcscd socket, unprivileged, known variables', () => {
    const file = read('Containerfile');
    const stages = file.split('\n').filter((l) => l.startsWith('FROM '));
    expect(stages).toHaveLength(2);
    for (const s of stages) expect(s).toMatch(/node:24-bookworm-slim/);
    expect(file).toContain('PCSCLITE_CSOCK_NAME=/run/pcscd/pcscd.comm');
    expect(file).toMatch(/^USER yibao$/m);
    for (const key of file.match(/YIBAO_[A-Z_]+/g) ?? []) expect(KNOWN_ENV, key).toContain(key);
  });
});
