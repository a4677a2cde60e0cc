/**
 * pcscd restarted, on the real stack: readers vanish (the only way a vpcd reader is
 * unplugged) and come back, and the gateway's port recovers without being reopened.
 * Killing pcscd must never hit the shared one, so the scenario runs against a private pcscd
 * in its own namespaces (`private-pcscd.sh`, needs root and util-linux `unshare`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('pcscd restart (private pcscd + vpcd + simulator card)', () => {
  it('reads before, says GW_CARD_PCSCD_DOWN during, and reads again after pcscd restarts', () => {
    const run = spawnSync('test/contract/private-pcscd.sh', [process.execPath, '--import', 'tsx', 'test/contract/pcscd-restart.scenario.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const last = run.stdout.trim().split('\n').at(-1) ?? '{}';
    const result = JSON.parse(last) as Record<string, unknown>;
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ before: '03', during: 'GW_CARD_PCSCD_DOWN', after: '03' });
    expect(result.events).toEqual(['reader-added', 'card-inserted', 'card-removed', 'reader-removed', 'service-lost', 'service-restored', 'reader-added', 'card-inserted']);
  });
});
