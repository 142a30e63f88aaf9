import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type { CreditExposure } from '@crossdock/shared-contracts/contracts/system-credit';
import type { Reservation, ReservationRequest } from '@crossdock/shared-contracts/contracts/system-inventory';
import type { PriceResolution, PriceResolutionRequest } from '@crossdock/shared-contracts/contracts/system-pricing';
import type { CreateErpSalesOrderRequest, ErpSalesOrder } from '@crossdock/shared-contracts/contracts/system-sales-orders';
import { UpstreamProblemError } from '@crossdock/shared-contracts/errors/errors';
import type { UpstreamClient } from '@crossdock/shared-contracts/http-client/upstream-client';
import type { Customer } from '@crossdock/shared-contracts/model/customer';
import type { InventoryPosition } from '@crossdock/shared-contracts/model/inventory-position';
import type { Item } from '@crossdock/shared-contracts/model/item';
import type { Warehouse } from '@crossdock/shared-contracts/model/warehouse';

/** What the order pipeline needs from the ERP, through the system APIs. */
/** `fresh`: ask the ERP now, even where a recent answer is kept (see master-data-cache.ts). */
export interface ReadOptions {
  fresh?: boolean;
}

export interface SystemApi {
  findCustomer(id: string, options?: ReadOptions): Promise<Customer | undefined>;
  findItem(sku: string, options?: ReadOptions): Promise<Item | undefined>;
  resolvePrices(request: PriceResolutionRequest): Promise<PriceResolution>;
  creditExposure(customerId: string): Promise<CreditExposure>;
  listWarehouses(): Promise<Warehouse[]>;
  /** Every warehouse's position for one item. */
  stockOf(sku: string): Promise<InventoryPosition[]>;
  /** Idempotent on `reservationKey`. */
  reserve(request: ReservationRequest): Promise<Reservation>;
  /** Releasing a released reservation changes nothing. */
  release(reservationId: string): Promise<void>;
  /** Active reservations made for `reference` that no ERP order has taken over. */
  activeReservationsFor(reference: string): Promise<Reservation[]>;
  /** Idempotent on `orderKey`: calling twice gives the same ERP order. */
  createSalesOrder(request: CreateErpSalesOrderRequest): Promise<ErpSalesOrder>;
  findSalesOrderByKey(orderKey: string): Promise<ErpSalesOrder | undefined>;
  cancelSalesOrder(salesOrderId: string, reason: string): Promise<ErpSalesOrder>;
}

const path = (template: TemplateStringsArray, ...values: string[]) => template.reduce((out, part, index) => out + part + (index < values.length ? encodeURIComponent(values[index]!) : ''), '');

/** The system API over HTTP, through the client kit (retries, circuit breaker, correlation id). */
export function createHttpSystemApi(client: UpstreamClient): SystemApi {
  return {
    findCustomer: (id) => findOrUndefined(client.get<Customer>(path`/system/v1/customers/${id}`)),
    findItem: (sku) => findOrUndefined(client.get<Item>(path`/system/v1/items/${sku}`)),
    resolvePrices: async (request) => (await client.post<PriceResolution>('/system/v1/pricing/resolve', { body: request })).data,
    creditExposure: async (customerId) => (await client.get<CreditExposure>(path`/system/v1/customers/${customerId}/credit`)).data,
    listWarehouses: async () => (await client.get<Warehouse[]>('/system/v1/warehouses')).data,
    stockOf: async (sku) => (await client.get<Page<InventoryPosition>>('/system/v1/inventory', { query: { sku, limit: 200 } })).data.items,
    // The reservation key doubles as the Idempotency-Key, which lets the client kit retry the POST safely.
    reserve: async (request) => (await client.post<Reservation>('/system/v1/reservations', { body: request, headers: request.reservationKey ? { 'Idempotency-Key': request.reservationKey } : {} })).data,
    release: async (reservationId) => void (await client.post(path`/system/v1/reservations/${reservationId}/release`, { headers: { 'Idempotency-Key': `release:${reservationId}` } })),
    createSalesOrder: async (request) =>
      (await client.post<ErpSalesOrder>('/system/v1/sales-orders', { body: request, headers: { 'Idempotency-Key': request.orderKey } })).data,
    activeReservationsFor: async (reference) => (await client.get<Reservation[]>('/system/v1/reservations', { query: { reference, status: 'active' } })).data,
    findSalesOrderByKey: async (orderKey) => (await client.get<Page<ErpSalesOrder>>('/system/v1/sales-orders', { query: { orderKey, limit: 1 } })).data.items[0],
    cancelSalesOrder: async (salesOrderId, reason) =>
      (await client.post<ErpSalesOrder>(path`/system/v1/sales-orders/${salesOrderId}/cancel`, { body: { reason }, headers: { 'Idempotency-Key': `cancel:${salesOrderId}` } })).data,
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
