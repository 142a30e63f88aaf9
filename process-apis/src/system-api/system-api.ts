import { randomUUID } from 'node:crypto';
import { readInChunks } from '@crossdock/shared-contracts/contracts/api/key-lists';
import { allPages, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { CreditExposure } from '@crossdock/shared-contracts/contracts/api/system-credit';
import type {
  BatchItemTrace,
  BatchOutcomes,
  PriceResolutionOutcome,
  ReservationOutcome,
  SalesOrderOutcome,
} from '@crossdock/shared-contracts/contracts/api/system-batches';
import type { Reservation, ReservationRequest } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { PriceResolution, PriceResolutionRequest } from '@crossdock/shared-contracts/contracts/api/system-pricing';
import type {
  CreateErpSalesOrderRequest,
  ErpSalesOrder,
} from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { UpstreamProblemError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import type { Item } from '@crossdock/shared-contracts/contracts/model/item';
import type { Warehouse } from '@crossdock/shared-contracts/contracts/model/warehouse';

/** What the order pipeline needs from the ERP, through the system APIs. */
/** `fresh`: ask the ERP now, even where a recent answer is kept (see master-data-cache.ts). */
export interface ReadOptions {
  fresh?: boolean;
}

/** One answer of a batch call: the value, or the error the single call would have thrown. */
export type BatchAnswer<T> = { value: T; error?: undefined } | { value?: undefined; error: UpstreamProblemError };

export interface SystemApi {
  findCustomer(id: string, options?: ReadOptions): Promise<Customer | undefined>;
  findItem(sku: string, options?: ReadOptions): Promise<Item | undefined>;
  /** The customers of `ids` the ERP knows, by id: one call for many orders. */
  findCustomers(ids: readonly string[], options?: ReadOptions): Promise<Map<string, Customer>>;
  /** The items of `skus` the ERP knows, by SKU. */
  findItems(skus: readonly string[], options?: ReadOptions): Promise<Map<string, Item>>;
  resolvePrices(request: PriceResolutionRequest): Promise<PriceResolution>;
  /** Prices many orders in one call; answers in the order asked. */
  resolvePricesMany(requests: readonly PriceResolutionRequest[]): Promise<BatchAnswer<PriceResolution>[]>;
  creditExposure(customerId: string): Promise<CreditExposure>;
  /** The exposure of each customer of `customerIds` the ERP knows, by customer id. */
  creditExposures(customerIds: readonly string[]): Promise<Map<string, CreditExposure>>;
  listWarehouses(): Promise<Warehouse[]>;
  /** Every warehouse's position for one item. */
  stockOf(sku: string): Promise<InventoryPosition[]>;
  /** Every warehouse's position for each item of `skus`, by SKU. */
  stockOfMany(skus: readonly string[]): Promise<Map<string, InventoryPosition[]>>;
  /** Many reservations, made one after another in the order given; each idempotent on its key. */
  reserveMany(requests: readonly (ReservationRequest & BatchItemTrace)[]): Promise<BatchAnswer<Reservation>[]>;
  /** Many sales orders, each idempotent on its `orderKey`. */
  createSalesOrders(
    requests: readonly (CreateErpSalesOrderRequest & BatchItemTrace)[],
  ): Promise<BatchAnswer<ErpSalesOrder>[]>;
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

/** A path with each value percent-encoded. */
export const path = (template: TemplateStringsArray, ...values: string[]) =>
  template.reduce(
    (out, part, index) => out + part + (index < values.length ? encodeURIComponent(values[index]!) : ''),
    '',
  );

/** The system API over HTTP, through the client kit (retries, circuit breaker, correlation id). */
export function createHttpSystemApi(client: UpstreamClient): SystemApi {
  return {
    findCustomer: (id) => findOrUndefined(client.get<Customer>(path`/system/v1/customers/${id}`)),
    findItem: (sku) => findOrUndefined(client.get<Item>(path`/system/v1/items/${sku}`)),
    findCustomers: async (ids) =>
      byKey(
        await readInChunks(
          ids,
          async (chunk) =>
            (await client.get<Page<Customer>>('/system/v1/customers', { query: { ids: chunk.join(',') } })).data.items,
        ),
        (customer) => customer.id,
      ),
    findItems: async (skus) =>
      byKey(
        await readInChunks(
          skus,
          async (chunk) => await everyPage<Item>(client, '/system/v1/items', { skus: chunk.join(','), limit: 200 }),
        ),
        (item) => item.sku,
      ),
    resolvePricesMany: async (requests) =>
      answers(
        (
          await client.post<BatchOutcomes<PriceResolutionOutcome>>('/system/v1/pricing/resolve/batch', {
            body: { items: requests },
            headers: repeatable(),
          })
        ).data.outcomes,
        (outcome) => outcome.resolution,
      ),
    creditExposures: async (customerIds) =>
      byKey(
        await readInChunks(
          customerIds,
          async (chunk) =>
            (
              await client.get<CreditExposure[]>('/system/v1/credit-exposures', {
                query: { customerIds: chunk.join(',') },
              })
            ).data,
        ),
        (exposure) => exposure.customerId,
      ),
    stockOfMany: async (skus) => {
      const positions = await readInChunks(
        skus,
        async (chunk) =>
          await everyPage<InventoryPosition>(client, '/system/v1/inventory', { skus: chunk.join(','), limit: 1000 }),
      );
      const bySku = new Map(skus.map((sku) => [sku, [] as InventoryPosition[]]));
      for (const position of positions) bySku.get(position.sku)?.push(position);
      return bySku;
    },
    // Each reservation carries its key, so the batch is safe to send again after a lost answer.
    // An order whose every line is backordered reserves nothing; the batch endpoint wants at least one item.
    reserveMany: async (requests) =>
      requests.length === 0
        ? []
        : answers(
            (
              await client.post<BatchOutcomes<ReservationOutcome>>('/system/v1/reservations/batch', {
                body: { items: requests },
                headers: repeatable(),
              })
            ).data.outcomes,
            (outcome) => outcome.reservation,
          ),
    createSalesOrders: async (requests) =>
      answers(
        (
          await client.post<BatchOutcomes<SalesOrderOutcome>>('/system/v1/sales-orders/batch', {
            body: { items: requests },
            headers: repeatable(),
          })
        ).data.outcomes,
        (outcome) => outcome.salesOrder,
      ),
    resolvePrices: async (request) =>
      (await client.post<PriceResolution>('/system/v1/pricing/resolve', { body: request })).data,
    creditExposure: async (customerId) =>
      (await client.get<CreditExposure>(path`/system/v1/customers/${customerId}/credit`)).data,
    listWarehouses: async () => (await client.get<Warehouse[]>('/system/v1/warehouses')).data,
    stockOf: async (sku) =>
      (await client.get<Page<InventoryPosition>>('/system/v1/inventory', { query: { sku, limit: 200 } })).data.items,
    // The reservation key doubles as the Idempotency-Key, which lets the client kit retry the POST safely.
    reserve: async (request) =>
      (
        await client.post<Reservation>('/system/v1/reservations', {
          body: request,
          headers: request.reservationKey ? { 'Idempotency-Key': request.reservationKey } : {},
        })
      ).data,
    release: async (reservationId) =>
      void (await client.post(path`/system/v1/reservations/${reservationId}/release`, {
        headers: { 'Idempotency-Key': `release:${reservationId}` },
      })),
    createSalesOrder: async (request) =>
      (
        await client.post<ErpSalesOrder>('/system/v1/sales-orders', {
          body: request,
          headers: { 'Idempotency-Key': request.orderKey },
        })
      ).data,
    activeReservationsFor: async (reference) =>
      (await client.get<Reservation[]>('/system/v1/reservations', { query: { reference, status: 'active' } })).data,
    findSalesOrderByKey: async (orderKey) =>
      (await client.get<Page<ErpSalesOrder>>('/system/v1/sales-orders', { query: { orderKey, limit: 1 } })).data
        .items[0],
    cancelSalesOrder: async (salesOrderId, reason) =>
      (
        await client.post<ErpSalesOrder>(path`/system/v1/sales-orders/${salesOrderId}/cancel`, {
          body: { reason },
          headers: { 'Idempotency-Key': `cancel:${salesOrderId}` },
        })
      ).data,
  };
}

/** The answer's data, or undefined when the system API says 404. */
export async function findOrUndefined<T>(request: Promise<{ data: T }>): Promise<T | undefined> {
  try {
    return (await request).data;
  } catch (error) {
    if (error instanceof UpstreamProblemError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * Marks a batch as safe to send again (the client kit retries only such calls): every item of it is
 * keyed (reservations, sales orders) or writes nothing (prices).
 */
const repeatable = () => ({ 'Idempotency-Key': `batch:${randomUUID()}` });

/** Every page of a list of the system API, following `nextCursor`. */
const everyPage = <T>(client: UpstreamClient, path: string, query: Record<string, string | number>) =>
  allPages<T>(async (cursor) => (await client.get<Page<T>>(path, { query: { ...query, cursor } })).data);

const byKey = <T>(values: T[], key: (value: T) => string) => new Map(values.map((value) => [key(value), value]));

function answers<O extends { problem?: ProblemDetails }, T>(
  outcomes: O[],
  value: (outcome: O) => T | undefined,
): BatchAnswer<T>[] {
  return outcomes.map((outcome) =>
    outcome.problem ? { error: new UpstreamProblemError('system', outcome.problem) } : { value: value(outcome)! },
  );
}
