import type { ErpDatabase } from '../../database';
import type { SalesOrderPort } from '../ports/commercial-ports';
import { createSalesOrders } from './create-sales-orders';
import { cancelSalesOrder, createSalesOrder, getSalesOrder, listSalesOrders } from './sales-orders';

/** The reference ERP's sales orders behind the port: one at a time in sales-orders, many at once in create-sales-orders. */
export function createReferenceSalesOrders(db: ErpDatabase): SalesOrderPort {
  return {
    create: (request, by) => createSalesOrder(db, request, by),
    createMany: (items) => createSalesOrders(db, items),
    get: (id) => getSalesOrder(db, id),
    list: (filter) => listSalesOrders(db, filter),
    cancel: (id, reason, by) => cancelSalesOrder(db, id, reason, by),
  };
}
