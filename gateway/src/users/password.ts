import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Console passwords, hashed with scrypt: memory-hard, built into Node (OpenSSL), so no native addon
 * to compile (argon2, bcrypt) and no slower pure-JavaScript hash. The parameters are OWASP's
 * "N=2^15, r=8, p=3" (32 MiB, a few tenths of a second) and are stored in each hash, so they can be
 * raised later without breaking the hashes already made:
 * `scrypt$<N>$<r>$<p>$<salt, base64url>$<hash, base64url>`.
 */
const COST = { N: 2 ** 15, r: 8, p: 3 };
const KEY_BYTES = 32;
const HASH_PATTERN = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]{22})\$([A-Za-z0-9_-]{43})$/;

export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, cost: typeof COST): Promise<Buffer> {
  // Node refuses more than 32 MiB by default; allow what these parameters need, and a little more.
  const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A new hash for `password`, with a salt of its own. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

// Checked when there is no user by the name given, so that an unknown name costs as long as a wrong password.
const NOBODY = `scrypt$${COST.N}$${COST.r}$${COST.p}$${'A'.repeat(22)}$${'A'.repeat(43)}`;

/** True when `password` is the one `hash` was made from; as slow for no hash (no such user) as for a wrong one. */
export async function passwordMatches(password: string, hash: string | undefined): Promise<boolean> {
  const known = hash !== undefined && HASH_PATTERN.test(hash);
  const [, n, r, p, salt, stored] = HASH_PATTERN.exec(known ? hash : NOBODY)!;
  const key = await derive(password, Buffer.from(salt!, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(key, Buffer.from(stored!, 'base64url')) && known;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A password for a person to copy once: 20 characters (over 115 random bits), no look-alike characters. */
export function generatePassword(): string {
  return Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
