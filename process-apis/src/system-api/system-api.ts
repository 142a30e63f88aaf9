import type { Customer } from '@crossdock/shared-contracts/model/customer';
import type { Item } from '@crossdock/shared-contracts/model/item';
import type { PriceResolution, PriceResolutionRequest } from '@crossdock/shared-contracts/contracts/system-pricing';
import type { CreateErpSalesOrderRequest, ErpSalesOrder } from '@crossdock/shared-contracts/contracts/system-sales-orders';
import { UpstreamProblemError } from '@crossdock/shared-contracts/errors/errors';
import type { UpstreamClient } from '@crossdock/shared-contracts/http-client/upstream-client';

/** What the order pipeline needs from the ERP, through the system APIs. */
export interface SystemApi {
  findCustomer(id: string): Promise<Customer | undefined>;
  findItem(sku: string): Promise<Item | undefined>;
  resolvePrices(request: PriceResolutionRequest): Promise<PriceResolution>;
  /** Idempotent on `orderKey`: calling twice gives the same ERP order. */
  createSalesOrder(request: CreateErpSalesOrderRequest): Promise<ErpSalesOrder>;
}

/** The system API over HTTP, through the client kit (retries, circuit breaker, correlation id). */
export function createHttpSystemApi(client: UpstreamClient): SystemApi {
  return {
    findCustomer: (id) => findOrUndefined(client.get<Customer>(`/system/v1/customers/${encodeURIComponent(id)}`)),
    findItem: (sku) => findOrUndefined(client.get<Item>(`/system/v1/items/${encodeURIComponent(sku)}`)),
    resolvePrices: async (request) => (await client.post<PriceResolution>('/system/v1/pricing/resolve', { body: request })).data,
    createSalesOrder: async (request) =>
      // The order key doubles as the Idempotency-Key, which also lets the client kit retry the POST safely.
      (await client.post<ErpSalesOrder>('/system/v1/sales-orders', { body: request, headers: { 'Idempotency-Key': request.orderKey } })).data,
  };
}

async function findOrUndefined<T>(request: Promise<{ data: T }>): Promise<T | undefined> {
  try {
    return (await request).data;
  } catch (error) {
    if (error instanceof UpstreamProblemError && error.status === 404) return undefined;
    throw error;
  }
}
