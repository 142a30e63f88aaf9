import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { listen, type RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { problemHandler } from '@crossdock/shared-contracts/platform/http/problem-middleware';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { securityHeaders } from '../http/security-headers';
import { CONSOLE_CSP, consoleRouter } from './serve-console';

const TOKENS: TokenSettings = {
  secret: 'console-test-secret-0123456789',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 5,
};
const PAGE =
  '<!doctype html><title>Crossdock console</title><script type="module" src="/console/assets/app-1a2b.js"></script>';

async function serve(distDir: string): Promise<RunningServer> {
  const app = express();
  app.use(securityHeaders);
  // Signing in with a password is tested in sign-in-route.test.ts.
  const signIn = () => Promise.reject(new Error('not signed in here'));
  app.use('/console', consoleRouter({ distDir, tokens: TOKENS, signIn }));
  app.use(problemHandler(createLogger({ service: 'test', stream: new Writable({ write: (_c, _e, done) => done() }) })));
  return listen(app, 0);
}

describe('the console at /console', () => {
  let built: RunningServer;
  let unbuilt: RunningServer;
  beforeAll(async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'crossdock-console-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), PAGE);
    await writeFile(path.join(dist, 'assets', 'app-1a2b.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
    built = await serve(dist);
    unbuilt = await serve(path.join(dist, 'not-built'));
  });
  afterAll(async () => {
    await built.close();
    await unbuilt.close();
  });

  it('answers the app’s page for every path the app routes in the browser, never cached, under its own CSP', async () => {
    for (const route of ['/console', '/console/', '/console/support/orders/42']) {
      const answer = await fetch(`${built.url}${route}`);
      expect(answer.status).toBe(200);
      expect(await answer.text()).toBe(PAGE);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).not.toContain('unsafe');
  });

  it('serves hashed assets compressed and cached for good, and a missing one as 404 (not the page)', async () => {
    const asset = await fetch(`${built.url}/console/assets/app-1a2b.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect(await asset.text()).toContain('console.log');
    expect((await fetch(`${built.url}/console/assets/gone-0000.js`)).status).toBe(404);
  });

  it('tells the app who a token is and what it may do, and refuses a token the platform did not sign', async () => {
    const token = signToken(TOKENS, { subject: 'dana.support', scopes: ['process:read', 'process:write'] });
    const answer = await fetch(`${built.url}/console/session`, { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ subject: 'dana.support', scopes: ['process:read', 'process:write'] });
    expect(answer.headers.get('cache-control')).toBe('no-store');

    const forged = signToken(
      { ...TOKENS, secret: 'another-secret-0123456789abcdef' },
      { subject: 'x', scopes: ['process:write'] },
    );
    const refused = await fetch(`${built.url}/console/session`, { headers: { authorization: `Bearer ${forged}` } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await fetch(`${built.url}/console/session`)).status).toBe(401);
  });

  it('says how to build the console when it was not built, instead of building it', async () => {
    const answer = await fetch(`${unbuilt.url}/console/`);
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { detail: string }).detail).toMatch(/console is not built: run `pnpm install`/);
  });
});
