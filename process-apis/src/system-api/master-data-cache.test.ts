import { describe, expect, it } from 'vitest';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import { withMasterDataCache } from './master-data-cache';
import type { SystemApi } from './system-api';

// A counting stand-in for the system API: what is under test is what the cache asks of it.
function countingSystemApi(fail = false) {
  const calls: string[] = [];
  const api = {
    findCustomer: async (id: string) => {
      calls.push(`customer:${id}`);
      if (fail) throw new Error('ERP down');
      return { id } as Customer;
    },
    creditExposure: async (id: string) => {
      calls.push(`credit:${id}`);
      return { customerId: id } as never;
    },
  } as unknown as SystemApi;
  return { api, calls };
}

describe('the master data cache in front of the system API', () => {
  it('asks the ERP once for a customer read many times within the time to live, then again', async () => {
    let now = 0;
    const { api, calls } = countingSystemApi();
    const cached = withMasterDataCache(api, { ttlMs: 1000, maxEntries: 10, nowMs: () => now });
    await Promise.all([cached.findCustomer('C-1'), cached.findCustomer('C-1'), cached.findCustomer('C-1')]);
    now = 999;
    await cached.findCustomer('C-1');
    now = 1001;
    await cached.findCustomer('C-1');
    expect(calls).toEqual(['customer:C-1', 'customer:C-1']);
  });

  it('never caches credit (or stock, prices, writes)', async () => {
    const { api, calls } = countingSystemApi();
    const cached = withMasterDataCache(api, { ttlMs: 60_000, maxEntries: 10 });
    await cached.creditExposure('C-1');
    await cached.creditExposure('C-1');
    expect(calls).toEqual(['credit:C-1', 'credit:C-1']);
  });

  it('does not serve a failure from the cache', async () => {
    const { api, calls } = countingSystemApi(true);
    const cached = withMasterDataCache(api, { ttlMs: 60_000, maxEntries: 10 });
    await expect(cached.findCustomer('C-1')).rejects.toThrow('ERP down');
    await expect(cached.findCustomer('C-1')).rejects.toThrow('ERP down');
    expect(calls).toEqual(['customer:C-1', 'customer:C-1']);
  });
});

describe('fresh reads', () => {
  it('go to the ERP and refresh what the next reads get', async () => {
    const { api, calls } = countingSystemApi();
    const cached = withMasterDataCache(api, { ttlMs: 60_000, maxEntries: 10 });
    await cached.findCustomer('C-1');
    await cached.findCustomer('C-1', { fresh: true });
    await cached.findCustomer('C-1');
    expect(calls).toEqual(['customer:C-1', 'customer:C-1']);
  });
});

describe('look-ups of many at once', () => {
  function countingBatchApi() {
    const asked: string[][] = [];
    const api = {
      findCustomers: async (ids: readonly string[]) => {
        asked.push([...ids]);
        return new Map(ids.filter((id) => id !== 'C-UNKNOWN').map((id) => [id, { id } as Customer]));
      },
    } as unknown as SystemApi;
    return { api, asked };
  }

  it('ask the ERP only for what is not cached, in one call, and answer cached and new together', async () => {
    const { api, asked } = countingBatchApi();
    const cached = withMasterDataCache(api, { ttlMs: 60_000, maxEntries: 100 });
    await cached.findCustomers(['C-1', 'C-2']);
    const found = await cached.findCustomers(['C-1', 'C-2', 'C-3', 'C-3']);

    expect(asked).toEqual([['C-1', 'C-2'], ['C-3']]);
    expect([...found.keys()].sort()).toEqual(['C-1', 'C-2', 'C-3']);
  });

  it('ask again for everything when asked fresh, and never keep an unknown key', async () => {
    const { api, asked } = countingBatchApi();
    const cached = withMasterDataCache(api, { ttlMs: 60_000, maxEntries: 100 });
    await cached.findCustomers(['C-1', 'C-UNKNOWN']);
    await cached.findCustomers(['C-1'], { fresh: true });
    const again = await cached.findCustomers(['C-1', 'C-UNKNOWN']);

    expect(asked).toEqual([['C-1', 'C-UNKNOWN'], ['C-1'], ['C-UNKNOWN']]);
    expect([...again.keys()]).toEqual(['C-1']);
  });
});
