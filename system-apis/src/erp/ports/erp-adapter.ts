import type { CreditPort, PricingPort, SalesOrderPort } from './commercial-ports';
import type { InvoicePort, ReturnPort, ShipmentPort } from './fulfilment-ports';
import type { MasterDataImportPort } from './import-port';
import type { InventoryPort } from './inventory-port';
import type { CustomerPort, ItemPort } from './master-data-ports';

/**
 * The port every ERP sits behind. Controllers talk to this, never to a database or an ERP's API,
 * so moving a distributor to another ERP changes only the adapter. An adapter that cannot do
 * something its ERP does not offer throws ErpCapabilityMissingError (501) for it.
 */
export interface ErpAdapter {
  readonly name: string;
  readonly customers: CustomerPort;
  readonly items: ItemPort;
  readonly inventory: InventoryPort;
  readonly pricing: PricingPort;
  readonly credit: CreditPort;
  readonly salesOrders: SalesOrderPort;
  readonly shipments: ShipmentPort;
  readonly invoices: InvoicePort;
  readonly returns: ReturnPort;
  /** Master data in batches (CSV imports). */
  readonly imports: MasterDataImportPort;
  /** Answers whether the ERP can be reached. */
  ping(): Promise<void>;
  /** Lets go of connections. */
  close(): Promise<void>;
}
