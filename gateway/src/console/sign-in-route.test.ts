import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { listen, type RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { problemHandler } from '@crossdock/shared-contracts/platform/http/problem-middleware';
import { requestContextMiddleware } from '@crossdock/shared-contracts/platform/http/request-context-middleware';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { createMemoryRateLimiter } from '../rate-limit/memory-rate-limiter';
import { hashPassword } from '../users/password';
import { SIGN_IN_LIMITS, signInService } from '../users/sign-in';
import { createFileUserStore, writeUserFile, type ConsoleUser } from '../users/user-file';
import { consoleRouter } from './serve-console';

const TOKENS: TokenSettings = {
  secret: 'sign-in-test-secret-0123456789',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 5,
};
const PASSWORD = 'correct horse battery staple';
const logged: string[] = [];
const logger = createLogger({
  service: 'test',
  stream: new Writable({ write: (chunk, _encoding, done) => done(void logged.push(String(chunk))) }),
});

let directory: string;
let usersFile: string;
let server: RunningServer;
let nowMs = Date.parse('2026-12-07T09:00:10.000Z');
const clock: Clock = { now: () => new Date(nowMs) };

async function user(name: string, scopes: string[], extra: Partial<ConsoleUser> = {}): Promise<ConsoleUser> {
  const at = clock.now().toISOString();
  return { name, scopes, passwordHash: await hashPassword(PASSWORD), createdAt: at, passwordChangedAt: at, ...extra };
}

const signIn = (body: unknown) =>
  fetch(`${server.url}/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'crossdock-sign-in-'));
  usersFile = path.join(directory, 'users.yaml');
  await writeUserFile(usersFile, [
    await user('dana.support', ['process:read', 'process:write']),
    await user('buyer@brightline.example', ['portal:read'], { customerId: 'C-1002' }),
  ]);
  const app = express();
  app.use(requestContextMiddleware(logger));
  const service = signInService({
    users: createFileUserStore(usersFile, clock, logger),
    tokens: TOKENS,
    sessionSeconds: 900,
    limiter: createMemoryRateLimiter(),
    clock,
  });
  app.use('/console', consoleRouter({ distDir: directory, tokens: TOKENS, signIn: service }));
  app.use(problemHandler(logger));
  server = await listen(app, 0);
});
afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

describe('POST /console/session', () => {
  it('answers a platform token with the user’s scopes and customer, short-lived, for the right password', async () => {
    const answer = await signIn({ user: ' Buyer@Brightline.example ', password: PASSWORD });

    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const body = (await answer.json()) as { token: string; subject: string; scopes: string[]; expiresAt: string };
    expect(body).toMatchObject({ subject: 'buyer@brightline.example', scopes: ['portal:read'] });
    expect(body.expiresAt).toBe(new Date(nowMs + 900_000).toISOString());
    const principal = verifyToken(TOKENS, body.token);
    expect(principal).toMatchObject({
      subject: 'buyer@brightline.example',
      scopes: ['portal:read'],
      customerId: 'C-1002',
    });
    // What the console does next with it, as with a pasted token.
    const who = await fetch(`${server.url}/console/session`, { headers: { authorization: `Bearer ${body.token}` } });
    expect(await who.json()).toEqual({
      subject: 'buyer@brightline.example',
      scopes: ['portal:read'],
      customerId: 'C-1002',
    });
  });

  it('refuses a wrong password and an unknown user with the same problem, and logs no password', async () => {
    nowMs += 60_000;
    const wrong = await signIn({ user: 'dana.support', password: 'correct horse battery stapler' });
    const unknown = await signIn({ user: 'nobody.here', password: PASSWORD });

    const problems = [];
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const {
        correlationId: _correlationId,
        instance: _instance,
        ...problem
      } = (await answer.json()) as Record<string, unknown>;
      problems.push(problem);
    }
    expect(problems[0]).toEqual(problems[1]);
    expect(problems[0]).toMatchObject({ status: 401, detail: 'The user name or password was refused.' });
    expect(logged.join('')).not.toContain('correct horse');
  });

  it('refuses a body without a user or password as a problem that does not echo the password', async () => {
    const answer = await signIn({ password: 'correct horse battery staple' });

    expect(answer.status).toBe(400);
    const text = await answer.text();
    expect(text).toContain('"user"');
    expect(text).not.toContain('correct horse');
  });

  it('sees a user removed from the file within a second, without a restart', async () => {
    nowMs += 60_000;
    expect((await signIn({ user: 'dana.support', password: PASSWORD })).status).toBe(200);

    await writeUserFile(usersFile, [await user('buyer@brightline.example', ['portal:read'])]);
    nowMs += 1000;

    expect((await signIn({ user: 'dana.support', password: PASSWORD })).status).toBe(401);
  });

  // Each refusal hashes with the production scrypt cost (a third of a second of CPU) on cores other files share.
  it('slows guessing: past the attempts an address may make in a minute, even the right password waits', async () => {
    nowMs = Math.ceil(nowMs / 60_000) * 60_000 + 60_000;
    const allowance = SIGN_IN_LIMITS.perAddress.requests;
    for (let attempt = 0; attempt < allowance; attempt += 1)
      expect((await signIn({ user: `guess-${attempt}`, password: 'not it at all' })).status).toBe(401);

    const refused = await signIn({ user: 'buyer@brightline.example', password: PASSWORD });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/Too many sign-in attempts/);

    nowMs += SIGN_IN_LIMITS.perAddress.windowSeconds * 1000;
    expect((await signIn({ user: 'buyer@brightline.example', password: PASSWORD })).status).toBe(200);
  }, 120_000);
});

describe('the sign-in limit per user', () => {
  // As above: twenty refusals at the production scrypt cost.
  it('holds one name back however many addresses try it, and leaves other names alone', async () => {
    const users = { find: async () => undefined };
    const signInAt = signInService({
      users,
      tokens: TOKENS,
      sessionSeconds: 900,
      limiter: createMemoryRateLimiter(),
      clock,
    });
    const attempts = SIGN_IN_LIMITS.perUser.requests;
    for (let attempt = 0; attempt < attempts; attempt += 1)
      await expect(signInAt('dana.support', 'guess', `10.0.0.${attempt}`)).rejects.toMatchObject({ status: 401 });

    await expect(signInAt('dana.support', 'guess', '10.0.1.1')).rejects.toMatchObject({ status: 429 });
    await expect(signInAt('kim.keyboard', 'guess', '10.0.1.1')).rejects.toMatchObject({ status: 401 });
  }, 120_000);
});
