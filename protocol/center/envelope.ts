/**
 * The signed envelope of the central link (envelope.proto, README "Envelope and MAC").
 *
 * MAC choice: HMAC-SM3 — the SM3 hash of GB/T 32905-2016 in the RFC 2104 HMAC construction,
 * as node's `createHmac('sm3', key)` computes it (OpenSSL's SM3). A symmetric per-gateway key
 * is what the centre already issues to each designated institution; SM3 keeps the link
 * within the national commercial-cryptography algorithms the regulator expects. Ed25519 would
 * spare the centre a secret per gateway but is not an SM algorithm.
 *
 * The MAC is computed over a canonical signing input, never over the protobuf encoding
 * (which is not canonical):
 *
 *   "YBC1" ‖ len32(gateway_id) ‖ len32(key_id) ‖ int64be(timestamp_ms) ‖ len32(nonce)
 *          ‖ len32(body_type) ‖ len32(body)
 *
 * where len32(x) is x's byte length as 4-byte big-endian followed by x (strings as UTF-8).
 * Worked example (README has the full hex): gateway "G1", key "k1", timestamp 1 ms,
 * nonce 00×16, body type "T", empty body →
 *   59424331 00000002 4731 00000002 6b31 0000000000000001 00000010 00…00 00000001 54 00000000
 *
 * A reply's nonce echoes the request's nonce: the gateway accepts a reply only for the
 * request it sent, so an old acknowledgement cannot be replayed against a new batch.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { yibao } from './generated/center.js';
import { toNumber } from './long.ts';

const MAGIC = Buffer.from('YBC1', 'ascii');
/** HMAC-SM3 output length. */
export const MAC_BYTES = 32;
export const NONCE_BYTES = 16;
/** Receivers refuse envelopes whose clock differs from theirs by more than this. */
export const MAX_SKEW_MS = 300_000;

export interface EnvelopeFields {
  readonly gatewayId: string;
  readonly keyId: string;
  readonly timestampMs: number;
  readonly nonce: Uint8Array;
  readonly bodyType: string;
  readonly body: Uint8Array;
}

function len32(bytes: Uint8Array): Buffer[] {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(bytes.length, 0);
  return [len, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)];
}

/** The signing input as pieces, in order; the body is a view, never a copy. */
function signingPieces(f: EnvelopeFields): Buffer[] {
  const ts = Buffer.alloc(8);
  ts.writeBigInt64BE(BigInt(f.timestampMs), 0);
  return [
    MAGIC,
    ...len32(Buffer.from(f.gatewayId, 'utf8')),
    ...len32(Buffer.from(f.keyId, 'utf8')),
    ts,
    ...len32(f.nonce),
    ...len32(Buffer.from(f.bodyType, 'utf8')),
    ...len32(f.body),
  ];
}

/** The exact bytes the MAC covers (see the module comment). */
export function signingInput(f: EnvelopeFields): Buffer {
  return Buffer.concat(signingPieces(f));
}

/** HMAC-SM3 of the signing input, fed piece by piece so a large body is not copied. */
export function computeMac(key: Uint8Array, f: EnvelopeFields): Buffer {
  const hmac = createHmac('sm3', key);
  for (const piece of signingPieces(f)) hmac.update(piece);
  return hmac.digest();
}

export function newNonce(): Uint8Array {
  return randomBytes(NONCE_BYTES);
}

/** Builds and encodes a signed envelope. */
export function seal(key: Uint8Array, f: EnvelopeFields): Uint8Array {
  return yibao.center.v1.Envelope.encode({
    gatewayId: f.gatewayId,
    keyId: f.keyId,
    timestampMs: f.timestampMs,
    nonce: f.nonce,
    bodyType: f.bodyType,
    body: f.body,
    mac: computeMac(key, f),
  }).finish();
}

export type OpenResult =
  | { readonly kind: 'ok'; readonly fields: EnvelopeFields }
  | { readonly kind: 'malformed'; readonly error: unknown }
  | { readonly kind: 'unknown-key'; readonly gatewayId: string; readonly keyId: string }
  | { readonly kind: 'bad-mac'; readonly gatewayId: string }
  | { readonly kind: 'stale'; readonly gatewayId: string; readonly skewMs: number }
  | { readonly kind: 'wrong-type'; readonly bodyType: string };

export interface OpenOptions {
  /** The key for a gateway's key id, or undefined when unknown. */
  keyFor(gatewayId: string, keyId: string): Uint8Array | undefined;
  readonly nowMs: number;
  readonly maxSkewMs?: number;
  /** When set, any other body type is refused. */
  readonly expectBodyType?: string;
}

/** Decodes and verifies an envelope. Every outcome is a value; nothing here throws. */
export function openEnvelope(bytes: Uint8Array, opts: OpenOptions): OpenResult {
  let env: yibao.center.v1.Envelope;
  try {
    env = yibao.center.v1.Envelope.decode(bytes);
  } catch (error) {
    return { kind: 'malformed', error };
  }
  const fields: EnvelopeFields = {
    gatewayId: env.gatewayId,
    keyId: env.keyId,
    timestampMs: toNumber(env.timestampMs),
    nonce: env.nonce,
    bodyType: env.bodyType,
    body: env.body,
  };
  const key = opts.keyFor(fields.gatewayId, fields.keyId);
  if (!key) return { kind: 'unknown-key', gatewayId: fields.gatewayId, keyId: fields.keyId };
  const expected = computeMac(key, fields);
  const mac = Buffer.from(env.mac);
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return { kind: 'bad-mac', gatewayId: fields.gatewayId };
  const skewMs = fields.timestampMs - opts.nowMs;
  if (Math.abs(skewMs) > (opts.maxSkewMs ?? MAX_SKEW_MS)) return { kind: 'stale', gatewayId: fields.gatewayId, skewMs };
  if (opts.expectBodyType !== undefined && fields.bodyType !== opts.expectBodyType) return { kind: 'wrong-type', bodyType: fields.bodyType };
  return { kind: 'ok', fields };
}
