import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { CreditExposure } from '@crossdock/shared-contracts/contracts/api/system-credit';
import type { PriceListEntryInput } from '@crossdock/shared-contracts/contracts/api/system-price-lists';
import type { PriceResolution, PriceResolutionRequest } from '@crossdock/shared-contracts/contracts/api/system-pricing';
import type {
  CreateErpSalesOrderRequest,
  ErpSalesOrder,
} from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import type { PriceList, PriceListEntry } from '@crossdock/shared-contracts/contracts/model/price-list';
import type { BatchWrite, ItemOutcome, PageRequest, WriteActor } from './common';

/** A price-list entry with the list it is on, as the price change feed gives it. */
export interface PriceChange extends PriceListEntry {
  priceListId: string;
}

export interface PricingPort {
  listPriceLists(): Promise<Omit<PriceList, 'entries'>[]>;
  getPriceList(id: string): Promise<PriceList | undefined>;
  addEntry(priceListId: string, entry: PriceListEntryInput, by: WriteActor): Promise<PriceList>;
  /** The price per line and the rule that gave it. */
  resolve(request: PriceResolutionRequest): Promise<PriceResolution>;
  /** Optional: many resolutions at once, each as `resolve` would answer it. */
  resolveMany?(requests: readonly PriceResolutionRequest[]): Promise<ItemOutcome<PriceResolution>[]>;
  streamChanged(since: Date): AsyncIterable<PriceChange>;
}

export interface CreditPort {
  exposure(customerId: string): Promise<CreditExposure | undefined>;
  /** The exposures of those of `customerIds` that exist, in one read (optional: without it, one by one). */
  exposureMany?(customerIds: readonly string[]): Promise<CreditExposure[]>;
}

export interface CreatedSalesOrder {
  order: ErpSalesOrder;
  /** False when the order key had been used before and the existing order is answered. */
  created: boolean;
}

export interface SalesOrderFilter extends PageRequest {
  customerId?: string;
  /** The caller's order key: finds the one order created with it. */
  orderKey?: string;
  status?: string;
  updatedSince?: Date;
}

export interface SalesOrderPort {
  /** Idempotent on `request.orderKey`; its reservations are made with it, all or none. */
  create(request: CreateErpSalesOrderRequest, by: WriteActor): Promise<CreatedSalesOrder>;
  /** Optional: many orders at once, each as `create` would create or refuse it. */
  createMany?(items: readonly BatchWrite<CreateErpSalesOrderRequest>[]): Promise<ItemOutcome<CreatedSalesOrder>[]>;
  get(id: string): Promise<ErpSalesOrder | undefined>;
  list(filter: SalesOrderFilter): Promise<Page<ErpSalesOrder>>;
  /** Releases the order's reservations. Refused once anything has shipped; cancelling twice is a no-op. */
  cancel(id: string, reason: string, by: WriteActor): Promise<ErpSalesOrder>;
}
