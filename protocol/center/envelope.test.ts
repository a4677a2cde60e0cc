import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMac, openEnvelope, seal, signingInput, type EnvelopeFields } from './envelope.ts';
import { pb } from './index.ts';

const EXAMPLE: EnvelopeFields = { gatewayId: 'G1', keyId: 'k1', timestampMs: 1, nonce: new Uint8Array(16), bodyType: 'T', body: new Uint8Array() };
const EXAMPLE_INPUT = '59424331' + '000000024731' + '000000026b31' + '0000000000000001' + '00000010' + '00'.repeat(16) + '0000000154' + '00000000';
const EXAMPLE_MAC = '99d8b9a17203cbde41206ab8b75529585c88bd085361e5b23564df9378194b59';
const KEY = Buffer.from('key');

describe('envelope signing input and HMAC-SM3 (README worked example)', () => {
  it('builds the documented signing input byte for byte', () => {
    expect(signingInput(EXAMPLE).toString('hex')).toBe(EXAMPLE_INPUT);
  });

  it('computes the documented MAC', () => {
    expect(computeMac(KEY, EXAMPLE).toString('hex')).toBe(EXAMPLE_MAC);
  });

  it('agrees with the openssl command line (an independent SM3-HMAC)', () => {
    const run = spawnSync('openssl', ['dgst', '-sm3', '-hmac', 'key'], { input: Buffer.from(EXAMPLE_INPUT, 'hex') });
    expect(run.status, run.stderr?.toString()).toBe(0);
    expect(run.stdout.toString()).toContain(EXAMPLE_MAC);
  });
});

describe('seal / openEnvelope', () => {
  const now = 1_800_000_000_000;
  const fields: EnvelopeFields = { ...EXAMPLE, timestampMs: now, body: Buffer.from('hello'), bodyType: 'yibao.center.v1.UploadBatch' };
  const keyFor = (g: string, k: string): Uint8Array | undefined => (g === 'G1' && k === 'k1' ? KEY : undefined);

  it('opens what it sealed', () => {
    const opened = openEnvelope(seal(KEY, fields), { keyFor, nowMs: now });
    expect(opened.kind).toBe('ok');
    if (opened.kind === 'ok') expect(Buffer.from(opened.fields.body).toString()).toBe('hello');
  });

  it('refuses any changed field', () => {
    const env = pb.Envelope.decode(seal(KEY, fields));
    const tampered = (patch: Partial<Record<string, unknown>>): string => openEnvelope(pb.Envelope.encode({ ...env, ...patch }).finish(), { keyFor: () => KEY, nowMs: now }).kind;
    expect(tampered({ body: Buffer.from('hellO') })).toBe('bad-mac');
    expect(tampered({ bodyType: 'yibao.center.v1.PersonQuery' })).toBe('bad-mac');
    expect(tampered({ timestampMs: now + 1 })).toBe('bad-mac');
    expect(tampered({ nonce: new Uint8Array(16).fill(1) })).toBe('bad-mac');
    expect(tampered({ gatewayId: 'G2' })).toBe('bad-mac');
    expect(tampered({ mac: new Uint8Array(32) })).toBe('bad-mac');
    expect(tampered({ mac: new Uint8Array(3) })).toBe('bad-mac');
  });

  it('names the other refusals', () => {
    expect(openEnvelope(seal(KEY, { ...fields, keyId: 'old' }), { keyFor, nowMs: now }).kind).toBe('unknown-key');
    expect(openEnvelope(seal(KEY, fields), { keyFor, nowMs: now + 300_001 })).toMatchObject({ kind: 'stale', skewMs: -300_001 });
    expect(openEnvelope(seal(KEY, fields), { keyFor, nowMs: now, expectBodyType: 'yibao.center.v1.SyncRequest' }).kind).toBe('wrong-type');
    expect(openEnvelope(Buffer.from([0xff, 0xff, 0xff]), { keyFor, nowMs: now }).kind).toBe('malformed');
  });

  it('round-trips arbitrary fields (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 0, max: 2 ** 52 }), fc.uint8Array({ maxLength: 32 }), fc.string(), fc.uint8Array({ maxLength: 512 }), (gatewayId, keyId, timestampMs, nonce, bodyType, body) => {
        const f: EnvelopeFields = { gatewayId, keyId, timestampMs, nonce, bodyType, body };
        const opened = openEnvelope(seal(KEY, f), { keyFor: () => KEY, nowMs: timestampMs });
        expect(opened.kind).toBe('ok');
        if (opened.kind === 'ok') {
          expect(opened.fields.gatewayId).toBe(gatewayId);
          expect(opened.fields.timestampMs).toBe(timestampMs);
          expect(Buffer.from(opened.fields.body).equals(Buffer.from(body))).toBe(true);
        }
      }),
    );
  });

  it('never throws on garbage (fuzz)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => {
      expect(['malformed', 'unknown-key', 'bad-mac', 'stale', 'wrong-type', 'ok']).toContain(openEnvelope(bytes, { keyFor: () => KEY, nowMs: now }).kind);
    }));
  });
});
