import type { ErpDatabase } from '../../database';
import type { ErpAdapter } from '../ports/erp-adapter';
import { createReferenceCredit } from './credit';
import { createReferenceCustomers } from './customers';
import { createReferenceImports } from './imports/reference-imports';
import { createReferenceInventory } from './inventory';
import { createReferenceInvoices } from './invoices';
import { createReferenceItems } from './items';
import { createReferencePricing } from './price-lists';
import { createReferenceReturns } from './returns';
import { createReferenceSalesOrders } from './reference-sales-orders';
import { createReferenceShipments } from './shipments';

/** The built-in reference ERP: the ErpAdapter on Crossdock's own database. */
export function createReferenceErp(db: ErpDatabase): ErpAdapter {
  return {
    name: 'reference',
    customers: createReferenceCustomers(db),
    items: createReferenceItems(db),
    inventory: createReferenceInventory(db),
    pricing: createReferencePricing(db),
    credit: createReferenceCredit(db),
    salesOrders: createReferenceSalesOrders(db),
    shipments: createReferenceShipments(db),
    invoices: createReferenceInvoices(db),
    returns: createReferenceReturns(db),
    imports: createReferenceImports(db),
    ping: async () => void (await db.$queryRaw`select 1`),
    close: () => db.$disconnect(),
  };
}
