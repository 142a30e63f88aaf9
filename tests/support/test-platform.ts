import path from 'node:path';
import { fileURLToPath } from 'node:url';
import supertest from 'supertest';
import { signToken, type TokenClaims, type TokenSettings } from '@crossdock/shared-contracts/auth/tokens';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { startPlatform, type RunningPlatform } from '@crossdock/gateway/embedded/start-platform';
import { LogCapture } from './log-capture';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const TEST_TOKENS: TokenSettings = {
  secret: 'crossdock-test-secret-0123456789abcdef',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 30,
};

export interface TestPlatform {
  platform: RunningPlatform;
  /** supertest against the gateway. */
  http: ReturnType<typeof supertest>;
  logs: LogCapture;
  token(claims: TokenClaims): string;
  close(): Promise<void>;
}

/** The whole platform as `pnpm start` runs it (real gateway.yaml, real tiers), on fresh databases. */
export async function startTestPlatform(): Promise<TestPlatform> {
  const logs = new LogCapture();
  const gateway = await loadGatewayFile(path.join(REPO_ROOT, 'gateway.yaml'), {});
  const platform = await startPlatform({
    gateway,
    tokens: TEST_TOKENS,
    dataDir: '(unused)',
    databases: { system: await createTestDatabase('system'), process: await createTestDatabase('process') },
    port: 0,
    logStream: logs,
  });
  return {
    platform,
    http: supertest(platform.url),
    logs,
    token: (claims) => signToken(TEST_TOKENS, claims),
    close: () => platform.close(),
  };
}
