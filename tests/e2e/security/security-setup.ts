/**
 * What the security tests share: a second marketplace partner beside the demo one (its consumer in
 * gateway.yaml, its account and cross-reference in a partners file of its own), and a clock the
 * tests move. Not a test file.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Scope } from '@crossdock/shared-contracts/contracts/auth/scopes';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { GatewayConsumer, GatewayFile } from '@crossdock/gateway/config/gateway-config';
import { startTestPlatform, type TestPlatform, type TestPlatformOptions } from '../../support/test-platform';

/**
 * The demo partner (northwind-market, account C-1007), a second one on account C-1006, and two
 * whose keys carry one scope each (the route walk's), on account C-1008.
 */
export const PARTNERS_YAML = `partners:
  - id: northwind-market
    name: Northwind Market
    customerId: C-1007
    allocationPercent: 50
    safetyStock: 10
    items:
      - { partnerSku: NWM-100234, sku: HXB-004 }
      - { partnerSku: NWM-100412, sku: LAD-001, safetyStock: 2 }
  - id: southwind-market
    name: Southwind Market
    customerId: C-1006
    allocationPercent: 20
    safetyStock: 0
    items:
      - { partnerSku: SW-BOLT-M8X40, sku: HXB-004 }
  - { id: partner-read-only, name: Read-only partner, customerId: C-1008 }
  - { id: partner-write-only, name: Write-only partner, customerId: C-1008 }
`;

async function partnersFile(): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'crossdock-partners-')), 'marketplace-partners.yaml');
  await writeFile(file, PARTNERS_YAML);
  return file;
}

/** An API-key consumer on the marketplace route. */
export function partnerConsumer(id: string, options: { tier?: string; scopes?: Scope[] } = {}): GatewayConsumer {
  return {
    id,
    apiKey: { scopes: options.scopes ?? ['marketplace:read', 'marketplace:write'], partner: true },
    routes: ['/experience/marketplace/v1'],
    rateLimit: { tier: options.tier ?? 'bronze', per: 'consumer' },
  };
}

/** gateway.yaml with more consumers. */
export function withConsumers(...consumers: GatewayConsumer[]): (config: GatewayFile) => GatewayFile {
  return (config) => ({ ...config, consumers: [...config.consumers, ...consumers] });
}

/** A clock the test moves; it starts ten seconds into a minute, so a 60-second window has 50 left. */
export function testClock(): Clock & { advanceSeconds(seconds: number): void } {
  let nowMs = Date.parse('2026-11-28T09:00:10.000Z');
  return { now: () => new Date(nowMs), advanceSeconds: (seconds) => void (nowMs += seconds * 1000) };
}

/** A platform for the security tests: the test clock for the gateway and the partners above. */
export async function startSecurityPlatform(
  options: Omit<TestPlatformOptions, 'marketplacePartnersFile'>,
): Promise<TestPlatform> {
  return startTestPlatform({ ...options, marketplacePartnersFile: await partnersFile() });
}
