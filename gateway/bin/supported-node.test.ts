/**
 * Which Node the gateway starts on, and what an unsupported one prints: one line naming the
 * versions to install, exit 1 — checked before the TypeScript loader is imported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without types (it must parse on any old Node)
import { isSupportedNode } from './supported-node.mjs';

const BIN = fileURLToPath(new URL('./yibao-gateway.mjs', import.meta.url));

describe('supported Node versions', () => {
  it('are 22.12 and later 22s, and 24 and later', () => {
    for (const v of ['22.12.0', '22.23.3', '24.0.0', '24.21.0', '26.1.0']) expect(isSupportedNode(v), v).toBe(true);
    for (const v of ['18.19.0', '20.19.0', '20.20.2', '22.11.0', '23.11.0']) expect(isSupportedNode(v), v).toBe(false);
  });

  it('the Node running the suite is one of them', () => {
    expect(isSupportedNode(process.versions.node)).toBe(true);
  });

  it("the machine's own /usr/bin/node either runs the gateway or says in one line what to install", () => {
    const system = '/usr/bin/node';
    expect(existsSync(system)).toBe(true);
    const version = spawnSync(system, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    const run = spawnSync(system, [BIN, '--help'], { encoding: 'utf8' });
    if (isSupportedNode(version)) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('yibao-gateway');
    } else {
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Node.js ${version}`);
      expect(lines[0]).toContain('install Node.js 22 (>= 22.12) or 24 LTS');
    }
  });
});
