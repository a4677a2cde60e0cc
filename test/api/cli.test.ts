/** `yibao-gateway apikey` and `yibao-gateway audit verify` against a data directory. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apikeyCommand } from '../../gateway/cli/commands/apikey.ts';
import { auditCommand } from '../../gateway/cli/commands/audit.ts';
import { openDatabase } from '../../gateway/store/db.ts';
import { ApiKeys } from '../../gateway/auth/api-keys.ts';
import { captureIo } from '../support/cli-io.ts';
import type { CliIo } from '../../gateway/cli/command.ts';

function io(): { io: CliIo; out: () => string; err: () => string } {
  const io = captureIo();
  return { io, out: io.out, err: io.err };
}

describe('apikey and audit commands', () => {
  it('creates a key that verifies, lists it, revokes it, and the audit chain verifies until tampered with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-cli-'));
    try {
      const create = io();
      expect(await apikeyCommand.run(['create', '--name', 'HIS ward 3', '--json', '--data-dir', dir], create.io)).toBe(0);
      const created = JSON.parse(create.out()) as { key_id: string; key: string };
      const db = openDatabase({ file: join(dir, 'gateway.sqlite') });
      expect(new ApiKeys(db).verify(created.key)?.name).toBe('HIS ward 3');

      const list = io();
      expect(await apikeyCommand.run(['list', '--data-dir', dir], list.io)).toBe(0);
      expect(list.out()).toContain(`${created.key_id}  active`);
      expect(list.out()).not.toContain(created.key);
      expect(await apikeyCommand.run(['revoke', created.key_id, '--data-dir', dir], io().io)).toBe(0);
      expect(new ApiKeys(db).verify(created.key)).toBeUndefined();
      const unknown = io();
      expect(await apikeyCommand.run(['revoke', 'nosuchkey', '--data-dir', dir], unknown.io)).toBe(1);
      expect(unknown.err()).toContain('GW_API_KEY_UNKNOWN');
      expect(await apikeyCommand.run(['create', '--data-dir', dir], io().io)).toBe(2);

      const verify = io();
      expect(await auditCommand.run(['verify', '--data-dir', dir], verify.io)).toBe(0);
      expect(verify.out()).toContain('intact: 2 entries');
      db.exec('DROP TRIGGER audit_no_update');
      db.prepare("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1").run();
      db.close();
      const broken = io();
      expect(await auditCommand.run(['verify', '--data-dir', dir], broken.io)).toBe(1);
      expect(broken.out()).toContain('BROKEN at entry 1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('data versions', () => {
  it('records the catalogue and policy versions a gateway starts with, once', async () => {
    const { startTestGateway } = await import('./support.ts');
    const t = await startTestGateway();
    try {
      const rows = t.gw.db.prepare('SELECT kind, version FROM data_versions ORDER BY kind, version').all() as Array<{ kind: string; version: string }>;
      expect(rows.filter((r) => r.kind === 'catalogue')).toHaveLength(1);
      expect(rows.map((r) => r.version)).toContain('cn-xingan-resident-2008');
    } finally {
      await t.close();
    }
  });
});
