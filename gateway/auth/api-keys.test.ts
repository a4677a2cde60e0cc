import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/db.ts';
import { ApiKeys } from './api-keys.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function twoConnections() {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-keys-'));
  dirs.push(dir);
  const file = join(dir, 'gateway.sqlite');
  return { service: openDatabase({ file }), cli: openDatabase({ file }) };
}

describe('API key verification (remembered keys)', () => {
  it('sees a revoke by another connection (the apikey command beside the service) at the next request', () => {
    const { service, cli } = twoConnections();
    const keys = new ApiKeys(service);
    const created = new ApiKeys(cli).create('HIS ward 3', 'tech');
    expect(keys.verify(created.key)?.key_id).toBe(created.key_id);
    expect(keys.verify(created.key)?.key_id).toBe(created.key_id); // remembered
    new ApiKeys(cli).revoke(created.key_id, 'tech');
    expect(keys.verify(created.key)).toBeUndefined();
    service.close();
    cli.close();
  });

  it('sees a revoke through another ApiKeys on the same connection', () => {
    const { service, cli } = twoConnections();
    const keys = new ApiKeys(service);
    const created = keys.create('HIS pharmacy', 'tech');
    expect(keys.verify(created.key)?.name).toBe('HIS pharmacy');
    new ApiKeys(service).revoke(created.key_id, 'tech');
    expect(keys.verify(created.key)).toBeUndefined();
    service.close();
    cli.close();
  });

  it('never remembers a wrong secret for a known key id, nor a malformed key', () => {
    const { service, cli } = twoConnections();
    const keys = new ApiKeys(service);
    const created = keys.create('HIS', 'tech');
    const wrong = `${created.key.slice(0, -4)}AAAA`;
    expect(keys.verify(created.key)?.key_id).toBe(created.key_id);
    expect(keys.verify(wrong)).toBeUndefined();
    expect(keys.verify(wrong)).toBeUndefined();
    expect(keys.verify('yk_nope')).toBeUndefined();
    expect(keys.verify(created.key)?.key_id).toBe(created.key_id);
    service.close();
    cli.close();
  });
});
