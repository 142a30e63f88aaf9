import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { freePort } from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { REPO_ROOT, TEST_TOKENS } from '../support/test-platform';

// Each tier as its own operating-system process, configured only by the environment, as at scale.
const children: ChildProcess[] = [];
let gatewayUrl: string;

function startTierProcess(tier: string, env: Record<string, string>): Promise<void> {
  const child = spawn(
    path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
    ['launcher/src/cli/main.ts', 'start', '--tier', tier],
    {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', CROSSDOCK_JWT_SECRET: TEST_TOKENS.secret, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('listening on')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`${tier} exited with ${code}: ${stderr}`)));
  });
}

beforeAll(async () => {
  const [systemPort, processPort, experiencePort, gatewayPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const urls = {
    system: `http://127.0.0.1:${systemPort}`,
    process: `http://127.0.0.1:${processPort}`,
    experience: `http://127.0.0.1:${experiencePort}`,
  };
  await startTierProcess('system', {
    CROSSDOCK_SYSTEM_API_PORT: String(systemPort),
    CROSSDOCK_SYSTEM_DATABASE_URL: await createTestDatabase('scale_system'),
  });
  await Promise.all([
    startTierProcess('process', {
      CROSSDOCK_PROCESS_API_PORT: String(processPort),
      CROSSDOCK_PROCESS_DATABASE_URL: await createTestDatabase('scale_process'),
      CROSSDOCK_SYSTEM_API_URL: urls.system,
    }),
    startTierProcess('experience', {
      CROSSDOCK_EXPERIENCE_API_PORT: String(experiencePort),
      CROSSDOCK_PROCESS_API_URL: urls.process,
      CROSSDOCK_SYSTEM_API_URL: urls.system,
    }),
    startTierProcess('gateway', {
      PORT: String(gatewayPort),
      CROSSDOCK_SYSTEM_API_URL: urls.system,
      CROSSDOCK_PROCESS_API_URL: urls.process,
      CROSSDOCK_EXPERIENCE_API_URL: urls.experience,
    }),
  ]);
  gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
}, 120_000);

// Only for a run that failed before the SIGTERM test: a second SIGTERM would make tsx kill hard,
// so whatever is still running here is killed outright.
afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
});

describe('each tier in its own process', () => {
  it('reports every tier up and takes a portal order end to end', async () => {
    const http = supertest(gatewayUrl);
    const health = await http.get('/health').expect(200);
    expect(health.body.status).toBe('up');

    const token = signToken(TEST_TOKENS, {
      subject: 'buyer@acme.example',
      scopes: ['portal:write'],
      customerId: 'C-1001',
    });
    const placed = await http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', randomUUID())
      .send({ lines: [{ sku: 'HXB-001', quantity: 5 }] })
      .expect(201);
    expect(placed.body).toMatchObject({ status: 'confirmed', orderNumber: expect.stringMatching(/^SO-/) });
  });

  it('stops each tier cleanly on SIGTERM', async () => {
    const exits = children.map(
      (child) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code))),
    );
    for (const child of children) child.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual([0, 0, 0, 0]);
  }, 90_000);
});
