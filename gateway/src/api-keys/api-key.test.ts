import { describe, expect, it } from 'vitest';
import { apiKeyIdOf, generateApiKey, keyMatches } from './api-key';

const NOW = new Date('2026-11-28T09:00:00.000Z');

describe('an API key', () => {
  it('is shown once as cdk_<id>_<secret>, and only its SHA-256 is kept', () => {
    const { key, record } = generateApiKey('northwind-market', NOW);

    expect(key).toMatch(/^cdk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(record).toEqual({
      id: apiKeyIdOf(key),
      consumer: 'northwind-market',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      createdAt: NOW.toISOString(),
    });
    // The secret is everything after `cdk_<id>_`: it may itself contain underscores.
    const secret = key.slice('cdk_'.length + 12 + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(record)).not.toContain(secret);
  });

  it('is never made twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey('p', NOW).key));

    expect(keys.size).toBe(200);
  });

  it('matches the record it was made with', () => {
    const { key, record } = generateApiKey('northwind-market', NOW);

    expect(keyMatches(key, record)).toBe(true);
  });

  it('does not match with one character of its secret changed', () => {
    const { key, record } = generateApiKey('northwind-market', NOW);
    const tampered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;

    expect(keyMatches(tampered, record)).toBe(false);
  });

  it('does not match once revoked, nor without a record', () => {
    const { key, record } = generateApiKey('northwind-market', NOW);

    expect(keyMatches(key, { ...record, revokedAt: NOW.toISOString() })).toBe(false);
    expect(keyMatches(key, undefined)).toBe(false);
  });

  it('has no id when it does not look like a key', () => {
    expect(apiKeyIdOf('Bearer abc')).toBeUndefined();
    expect(apiKeyIdOf('cdk_0123456789ab_short')).toBeUndefined();
  });
});
