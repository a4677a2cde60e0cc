/**
 * An operator's own secret (a PIN or a password) kept as a slow salted hash: scrypt from
 * node:crypto, cost N = 2^15, r = 8, p = 1 (about 32 MiB and a few tens of milliseconds a
 * check), 16 random bytes of salt, 32 bytes of hash. The stored form names its parameters —
 * `scrypt$15$8$1$<salt b64>$<hash b64>` — so a stronger cost later still checks older hashes.
 * The secret itself is never stored, logged or audited.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { GatewayError } from '../errors/gateway-error.ts';

const LOG_N = 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

function scrypt(secret: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(secret.normalize('NFC'), salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));
}

const costOf = (logN: number, r: number, p: number): ScryptOptions => ({ N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r + 1024 * 1024 });

/** The rules a new secret must meet: 6 to 64 characters, no spaces at either end. */
export function checkNewSecret(secret: unknown, path: string): string {
  if (typeof secret !== 'string' || secret.length < 6 || secret.length > 64 || secret.trim() !== secret || !secret.isWellFormed()) {
    throw new GatewayError('GW_VALIDATION', { detail: `${path} must be 6 to 64 characters (a PIN or a password), without spaces at either end`, details: { path } });
  }
  return secret;
}

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(secret, salt, KEY_BYTES, costOf(LOG_N, R, P));
  return `scrypt$${LOG_N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Whether the secret matches the stored hash; compares in constant time. */
export async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const [alg, logN, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(secret, Buffer.from(salt, 'base64'), expected.length, costOf(Number(logN), Number(r), Number(p)));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash no secret matches, checked against when the operator is unknown: the same time either way. */
export const NO_OPERATOR_HASH = `scrypt$${LOG_N}$${R}$${P}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_BYTES).toString('base64')}`;
