import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are kept only as scrypt hashes with a random 16-byte salt per account, stored with
 * their parameters (`scrypt$N$r$p$salt$hash`, base64) so stronger settings can come later
 * without making older hashes unreadable.
 */
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

interface Parsed {
  options: ScryptOptions;
  salt: Buffer;
  hash: Buffer;
}

function scryptAsync(password: string, salt: Buffer, length: number, options: ScryptOptions) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function options(n: number, r: number, p: number): ScryptOptions {
  // scrypt needs 128·N·r bytes; the default ceiling (32 MiB) is set just above it.
  return { N: n, r, p, maxmem: 128 * n * r * 2 };
}

function format(salt: Buffer, hash: Buffer): string {
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![n, r, p].every((v) => Number.isInteger(v) && v > 0)) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const hash = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length === 0 || hash.length === 0) return null;
  return { options: options(n, r, p), salt, hash };
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return format(salt, await scryptAsync(password, salt, KEY_LENGTH, options(N, R, P)));
}

/** The same hash, blocking: for set-up code that cannot wait (tests building a signed-in router). */
export function hashPasswordSync(password: string): string {
  const salt = randomBytes(SALT_BYTES);
  return format(salt, scryptSync(password, salt, KEY_LENGTH, options(N, R, P)));
}

/** Constant-time comparison of the derived key; false for a malformed stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await scryptAsync(password, parsed.salt, parsed.hash.length, parsed.options);
  return timingSafeEqual(key, parsed.hash);
}

/** The same check, blocking: for the command line, which signs in once before it starts. */
export function verifyPasswordSync(password: string, stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = scryptSync(password, parsed.salt, parsed.hash.length, parsed.options);
  return timingSafeEqual(key, parsed.hash);
}

/** A hash no password matches, so an unknown username costs the same time as a wrong password. */
export const DUMMY_HASH = format(Buffer.alloc(SALT_BYTES, 7), Buffer.alloc(KEY_LENGTH, 0));
