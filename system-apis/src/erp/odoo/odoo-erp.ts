import {
  ErpCapabilityMissingError,
  UpstreamUnavailableError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { CreditPort, PricingPort } from '../ports/commercial-ports';
import type { ErpAdapter } from '../ports/erp-adapter';
import type { InvoicePort, ReturnPort, ShipmentPort } from '../ports/fulfilment-ports';
import type { MasterDataImportPort } from '../ports/import-port';
import { createCurrencyResolver, createOdooCustomers } from './odoo-customers';
import { createOdooInventory } from './odoo-inventory';
import { createOdooItems } from './odoo-items';
import { createOdooJson2, ODOO_ADAPTER, type OdooConnectionOptions } from './odoo-json2';
import { createOdooSalesOrders } from './odoo-sales-orders';

/** Where the Odoo server is and how Crossdock signs in to it. */
export type OdooErpOptions = OdooConnectionOptions;

/**
 * The ErpAdapter for an Odoo database, through Odoo's external JSON-2 API. Customers, items,
 * warehouses, stock positions and sales orders are mapped; what Odoo does through its own
 * documents (pickings, invoices, returns, pricelists) answers ErpCapabilityMissingError (501).
 */
export function createOdooErp(options: OdooErpOptions): ErpAdapter {
  const odoo = createOdooJson2(options);
  return {
    name: ODOO_ADAPTER,
    customers: createOdooCustomers(odoo, createCurrencyResolver(odoo)),
    items: createOdooItems(odoo),
    inventory: createOdooInventory(odoo),
    pricing: unsupportedPricing,
    credit: unsupportedCredit,
    salesOrders: createOdooSalesOrders(odoo, options.logger),
    shipments: unsupportedShipments,
    invoices: unsupportedInvoices,
    returns: unsupportedReturns,
    imports: unsupportedImports,

    /** Asks Odoo for the API user's context: proves the server, the database and the key in one call. */
    async ping(): Promise<void> {
      try {
        await odoo.call({ model: 'res.users', method: 'context_get', readOnly: true });
      } catch (error: unknown) {
        if (error instanceof UpstreamUnavailableError) throw error;
        // A 404 here means a wrong database name far more often than a missing app.
        const detail = coerceError(error).message;
        throw new UpstreamUnavailableError(
          ODOO_ADAPTER,
          `Odoo database "${options.database}" does not answer as expected: ${detail}`,
          error,
        );
      }
    },

    close: async () => odoo.shutdown(),
  };
}

const missing = (capability: string) => (): Promise<never> =>
  Promise.reject(new ErpCapabilityMissingError(ODOO_ADAPTER, capability));

const missingFeed =
  <T>(capability: string) =>
  (): AsyncIterable<T> => ({
    [Symbol.asyncIterator]: () => ({
      next: () => Promise.reject(new ErpCapabilityMissingError(ODOO_ADAPTER, capability)),
    }),
  });

// Odoo prices through pricelists with rules (formulas, margins, other pricelists) that do not
// fit Crossdock's list-and-breaks model; orders carry the price the pipeline resolved elsewhere.
const unsupportedPricing: PricingPort = {
  listPriceLists: missing('price lists'),
  getPriceList: missing('price lists'),
  addEntry: missing('price lists'),
  resolve: missing('price resolution'),
  streamChanged: missingFeed('a price change feed'),
};

const unsupportedCredit: CreditPort = { exposure: missing('credit exposure') };

const unsupportedShipments: ShipmentPort = {
  create: missing('shipments (Odoo ships through its delivery pickings)'),
  get: missing('shipments'),
  list: missing('shipments'),
  recordMilestone: missing('shipment milestones'),
};

const unsupportedInvoices: InvoicePort = {
  createFromShipment: missing('invoices (Odoo invoices from its own accounting)'),
  get: missing('invoices'),
  list: missing('invoices'),
};

const unsupportedReturns: ReturnPort = {
  request: missing('returns'),
  authorise: missing('returns'),
  reject: missing('returns'),
  receive: missing('returns'),
  credit: missing('credit memos'),
  get: missing('returns'),
  list: missing('returns'),
};

// Odoo has its own import (base_import) and Crossdock creates neither its items nor its partners.
const unsupportedImports: MasterDataImportPort = {
  items: missing('item imports'),
  customers: missing('customer imports'),
  prices: missing('price imports'),
  inventory: missing('inventory snapshot imports'),
};
