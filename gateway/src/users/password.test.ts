import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordMatches } from './password';

describe('a console password', () => {
  it('is kept as a salted scrypt hash that names its parameters, never as itself', async () => {
    const hash = await hashPassword('correct horse battery staple');

    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain('horse');
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
  });

  it('matches the hash made from it, and no other password, nor a missing hash', async () => {
    const hash = await hashPassword('correct horse battery staple');

    expect(await passwordMatches('correct horse battery staple', hash)).toBe(true);
    expect(await passwordMatches('correct horse battery stapler', hash)).toBe(false);
    expect(await passwordMatches('correct horse battery staple', undefined)).toBe(false);
    expect(await passwordMatches('', `scrypt$32768$8$3$${'A'.repeat(22)}$${'A'.repeat(43)}`)).toBe(false);
  });

  it('is made as 20 characters without look-alikes, different each time', () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));

    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{20}$/);
  });
});
