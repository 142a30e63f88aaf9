import type { Customer } from '@crossdock/shared-contracts/model/customer';
import type { InventoryPosition } from '@crossdock/shared-contracts/model/inventory-position';
import type { Item } from '@crossdock/shared-contracts/model/item';
import type { Warehouse } from '@crossdock/shared-contracts/model/warehouse';
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type { PriceResolution, PriceResolutionRequest } from '@crossdock/shared-contracts/contracts/system-pricing';
import type { CreateErpSalesOrderRequest, ErpSalesOrder } from '@crossdock/shared-contracts/contracts/system-sales-orders';

export interface PageRequest {
  cursor?: string;
  limit?: number;
}

/** Who asked for a write, kept with it in the ERP's audit. */
export interface WriteActor {
  actor: string;
  correlationId: string;
}

export interface CreatedSalesOrder {
  order: ErpSalesOrder;
  /** False when the order key had been used before and the existing order is answered. */
  created: boolean;
}

/**
 * The port every ERP sits behind. Controllers and services talk to this, never to a database or an
 * ERP's API directly, so moving a distributor to another ERP changes only the adapter.
 */
export interface ErpAdapter {
  readonly name: string;
  getCustomer(id: string): Promise<Customer | undefined>;
  listCustomers(page: PageRequest): Promise<Page<Customer>>;
  getItem(sku: string): Promise<Item | undefined>;
  listItems(page: PageRequest): Promise<Page<Item>>;
  listWarehouses(): Promise<Warehouse[]>;
  listInventory(filter: { sku?: string; warehouseId?: string } & PageRequest): Promise<Page<InventoryPosition>>;
  resolvePrices(request: PriceResolutionRequest): Promise<PriceResolution>;
  /** Idempotent on `request.orderKey`. */
  createSalesOrder(request: CreateErpSalesOrderRequest, by: WriteActor): Promise<CreatedSalesOrder>;
  getSalesOrder(id: string): Promise<ErpSalesOrder | undefined>;
  listSalesOrders(filter: { customerId?: string } & PageRequest): Promise<Page<ErpSalesOrder>>;
  /** Answers whether the ERP can be reached. */
  ping(): Promise<void>;
}
