import type { ErpDatabase } from '../../database';
import type { ErpAdapter } from '../erp-adapter';
import { getCustomer, listCustomers } from './customers';
import { listInventory, listWarehouses } from './inventory';
import { getItem, listItems } from './items';
import { resolvePrices } from './pricing';
import { createSalesOrder, getSalesOrder, listSalesOrders } from './sales-orders';

/** The built-in reference ERP: the ErpAdapter on Crossdock's own database. */
export function createReferenceErp(db: ErpDatabase): ErpAdapter {
  return {
    name: 'reference',
    getCustomer: (id) => getCustomer(db, id),
    listCustomers: (page) => listCustomers(db, page),
    getItem: (sku) => getItem(db, sku),
    listItems: (page) => listItems(db, page),
    listWarehouses: () => listWarehouses(db),
    listInventory: (filter) => listInventory(db, filter),
    resolvePrices: (request) => resolvePrices(db, request),
    createSalesOrder: (request, by) => createSalesOrder(db, request, by),
    getSalesOrder: (id) => getSalesOrder(db, id),
    listSalesOrders: (filter) => listSalesOrders(db, filter),
    ping: async () => void (await db.$queryRaw`select 1`),
  };
}
