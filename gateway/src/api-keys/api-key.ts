import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API key is `cdk_<id>_<secret>`: the id finds the stored record, the secret (256 random bits)
 * proves the caller holds the key. Only the SHA-256 of the whole key is stored: a key of that much
 * entropy needs no slow hash, and a leaked key file gives nobody a working key.
 */
const KEY_PATTERN = /^cdk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyRecord {
  id: string;
  consumer: string;
  /** Hex SHA-256 of the whole key. */
  sha256: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601; a revoked key is refused. */
  revokedAt?: string;
}

/** A new key for `consumer`: the key to show once, and the record to store. */
export function generateApiKey(consumer: string, now: Date): { key: string; record: ApiKeyRecord } {
  const id = randomBytes(6).toString('hex');
  const key = `cdk_${id}_${randomBytes(32).toString('base64url')}`;
  return { key, record: { id, consumer, sha256: sha256Hex(key), createdAt: now.toISOString() } };
}

/** The id part of something that looks like a key; undefined for anything else. */
export function apiKeyIdOf(presented: string): string | undefined {
  return KEY_PATTERN.exec(presented)?.[1];
}

/** True when `presented` is the key `record` was made from; constant time in the key's content. */
export function keyMatches(presented: string, record: ApiKeyRecord | undefined): boolean {
  const presentedHash = Buffer.from(sha256Hex(presented), 'hex');
  // Compared even when there is no record, so a wrong id costs as long as a wrong secret.
  const storedHash = Buffer.from(record?.sha256 ?? '0'.repeat(64), 'hex');
  const equal = storedHash.length === presentedHash.length && timingSafeEqual(presentedHash, storedHash);
  return equal && record !== undefined && !record.revokedAt;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
