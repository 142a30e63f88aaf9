import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import { availableToSell, ourSkuOf, partnerSkuOf, type MarketplacePartner } from './partner-directory';
import { loadPartnerFile } from './partner-file';

const NORTHWIND: MarketplacePartner = {
  id: 'northwind-market',
  name: 'Northwind Market',
  customerId: 'C-1007',
  allocationPercent: 50,
  safetyStock: 10,
  items: [
    { partnerSku: 'NWM-100234', sku: 'HXB-004' },
    { partnerSku: 'NWM-100412', sku: 'LAD-001', safetyStock: 2 },
  ],
};

describe('a partner’s allocation', () => {
  it('offers its share of what is available, less its safety stock, never below nothing', () => {
    expect(availableToSell(NORTHWIND, NORTHWIND.items[0]!, 1010)).toBe(495);
    expect(availableToSell(NORTHWIND, NORTHWIND.items[1]!, 9)).toBe(2);
    expect(availableToSell(NORTHWIND, NORTHWIND.items[0]!, 15)).toBe(0);
    expect(availableToSell(NORTHWIND, NORTHWIND.items[0]!, -40)).toBe(0);
  });
});

describe('a partner’s cross-reference', () => {
  it('maps its SKUs to ours and back', () => {
    expect(ourSkuOf(NORTHWIND, 'NWM-100412')).toBe('LAD-001');
    expect(ourSkuOf(NORTHWIND, 'HXB-004')).toBeUndefined();
    expect(partnerSkuOf(NORTHWIND, 'HXB-004')).toBe('NWM-100234');
  });
});

describe('the partners file', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'crossdock-partners-test-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const write = async (name: string, text: string) => {
    const file = path.join(directory, name);
    await writeFile(file, text);
    return file;
  };

  it('is read with its defaults: all the stock, nothing held back', async () => {
    const partners = await loadPartnerFile(
      await write(
        'minimal.yaml',
        'partners:\n  - { id: tiny-market, name: Tiny, customerId: C-1010, items: [{ partnerSku: T-1, sku: HXB-004 }] }\n',
      ),
    );

    expect(await partners.partner('tiny-market')).toMatchObject({ allocationPercent: 100, safetyStock: 0 });
    expect(await partners.partner('someone-else')).toBeUndefined();
  });

  it('holds no partners when it does not exist', async () => {
    const partners = await loadPartnerFile(path.join(directory, 'absent.yaml'));

    expect(await partners.partner('northwind-market')).toBeUndefined();
  });

  it('refuses a partner SKU cross-referenced twice, and an allocation over 100 %', async () => {
    const twice = await write(
      'twice.yaml',
      'partners:\n  - { id: p-one, name: P, customerId: C-1, items: [{ partnerSku: X, sku: A }, { partnerSku: X, sku: B }] }\n',
    );
    const over = await write(
      'over.yaml',
      'partners:\n  - { id: p-one, name: P, customerId: C-1, allocationPercent: 120 }\n',
    );

    await expect(loadPartnerFile(twice)).rejects.toThrow(/partnerSku X twice/);
    await expect(loadPartnerFile(over)).rejects.toThrow(ConfigurationError);
  });

  it('reads the repository’s file', async () => {
    const partners = await loadPartnerFile(path.resolve(import.meta.dirname, '../../../../marketplace-partners.yaml'));

    expect((await partners.partner('northwind-market'))?.customerId).toBe('C-1007');
  });
});
