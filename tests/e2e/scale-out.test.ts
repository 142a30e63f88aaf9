import { randomUUID } from 'node:crypto';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { TEST_TOKENS } from '../support/test-platform';
import { killAll, startTierProcesses, type TierProcesses } from '../support/tier-processes';

// Each tier as its own operating-system process, configured only by the environment, as at scale.
let tiers: TierProcesses;
let gatewayUrl: string;

beforeAll(async () => {
  tiers = await startTierProcesses({
    systemEnv: { CROSSDOCK_SYSTEM_DATABASE_URL: await createTestDatabase('scale_system') },
    processEnv: { CROSSDOCK_PROCESS_DATABASE_URL: await createTestDatabase('scale_process') },
  });
  gatewayUrl = tiers.gateway.url;
}, 120_000);

// Only for a run that failed before the SIGTERM test.
afterAll(() => killAll(tiers?.all ?? []));

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
    expect(await Promise.all(tiers.all.map((tier) => tier.stop()))).toEqual([0, 0, 0, 0]);
  }, 90_000);
});
