import type { SystemApi } from './system-api';

export interface CacheOptions {
  /** How long a customer, item or warehouse list is reused before asking the ERP again. */
  ttlMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries: number;
  nowMs?: () => number;
}

/**
 * Keeps master data (customers, items, warehouses) the pipeline reads for every order, for a short
 * while, instead of asking the ERP again for each step of each order. Stock, prices, credit and
 * every write always go to the ERP: those are the facts that must be current. Validation asks
 * with `fresh` (a customer just put on hold, an item just created, is seen at once) and fills the
 * cache for the steps after it.
 */
export function withMasterDataCache(systemApi: SystemApi, options: CacheOptions): SystemApi {
  const now = options.nowMs ?? Date.now;
  const entries = new Map<string, { value: Promise<unknown>; expiresAtMs: number }>();
  const cached = <T>(key: string, load: () => Promise<T>, fresh = false): Promise<T> => {
    const hit = entries.get(key);
    if (!fresh && hit && hit.expiresAtMs > now()) return hit.value as Promise<T>;
    if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
    // The promise itself is kept, so concurrent orders for one customer share a single call;
    // a failed call is forgotten at once, so a failure is never served from the cache.
    const value = load();
    entries.set(key, { value, expiresAtMs: now() + options.ttlMs });
    // Nor is "not found": the item may be created a moment later, and the order released.
    value.then(
      (found) => found === undefined && entries.delete(key),
      () => entries.delete(key),
    );
    return value;
  };
  /**
   * Many keys at once: what is cached (and not asked `fresh`) comes from the cache, the rest from
   * one batch call, whose answers then fill the cache one key at a time.
   */
  const cachedMany = async <T>(
    prefix: string,
    keys: readonly string[],
    loadMany: (missing: string[]) => Promise<Map<string, T>>,
    fresh = false,
  ): Promise<Map<string, T>> => {
    const unique = [...new Set(keys)];
    const missing = unique.filter((key) => fresh || (entries.get(`${prefix}:${key}`)?.expiresAtMs ?? 0) <= now());
    const loading = missing.length > 0 ? loadMany(missing) : Promise.resolve(new Map<string, T>());
    for (const key of missing) cached(`${prefix}:${key}`, async () => (await loading).get(key), true);
    const found = new Map<string, T>();
    await Promise.all(
      unique.map(async (key) => {
        const value = await cached<T | undefined>(`${prefix}:${key}`, async () => (await loading).get(key));
        if (value !== undefined) found.set(key, value);
      }),
    );
    return found;
  };
  return {
    ...systemApi,
    findCustomer: (id, read) => cached(`customer:${id}`, () => systemApi.findCustomer(id), read?.fresh),
    findItem: (sku, read) => cached(`item:${sku}`, () => systemApi.findItem(sku), read?.fresh),
    findCustomers: (ids, read) =>
      cachedMany('customer', ids, (missing) => systemApi.findCustomers(missing), read?.fresh),
    findItems: (skus, read) => cachedMany('item', skus, (missing) => systemApi.findItems(missing), read?.fresh),
    listWarehouses: () => cached('warehouses', () => systemApi.listWarehouses()),
  };
}
