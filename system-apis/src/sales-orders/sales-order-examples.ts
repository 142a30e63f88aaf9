/**
 * The sales order the API reference shows: Acme's 600 hex bolts, open and then cancelled. tsoa reads these constants from the source when it writes the OpenAPI
 * document, so they stay plain literals: no spreads, no `as` or `satisfies` (a value may name another constant).
 */
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { ErpSalesOrder, ErpSalesOrderLine } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { ACME_STORE_112 } from '../customers/customer-examples';

const HEX_BOLTS_RESERVED: ErpSalesOrderLine = {
  lineNumber: 1,
  sku: 'HXB-004',
  quantity: 600,
  uom: 'EA',
  baseQuantity: 600,
  unitPrice: '0.1900',
  lineTotal: '114.00',
  priceRule: 'price-list:PL-ACME-2026 break>=500 EA',
  reservations: [{ warehouseId: 'WH-DAL', quantity: 600 }],
  shippedQuantity: 0,
};

/** Cancelling gives the reserved stock back: the line keeps its price, not its reservations. */
const HEX_BOLTS_RELEASED: ErpSalesOrderLine = {
  lineNumber: 1,
  sku: 'HXB-004',
  quantity: 600,
  uom: 'EA',
  baseQuantity: 600,
  unitPrice: '0.1900',
  lineTotal: '114.00',
  priceRule: 'price-list:PL-ACME-2026 break>=500 EA',
  reservations: [],
  shippedQuantity: 0,
};

export const OPEN_SALES_ORDER: ErpSalesOrder = {
  id: 'SO-000042',
  orderKey: '5b0877b9-87fb-4a2d-ab2d-2b7091f04a6e',
  customerId: 'C-1001',
  purchaseOrderNumber: 'PO-7781',
  status: 'open',
  currency: 'USD',
  shipTo: ACME_STORE_112,
  lines: [HEX_BOLTS_RESERVED],
  subtotal: '114.00',
  createdAt: '2026-11-27T15:04:00.000Z',
  updatedAt: '2026-11-27T15:04:00.000Z',
};

export const SALES_ORDER_PAGE: Page<ErpSalesOrder> = { items: [OPEN_SALES_ORDER], nextCursor: 'U08tMDAwMDQy' };

export const CANCELLED_SALES_ORDER: ErpSalesOrder = {
  id: 'SO-000042',
  orderKey: '5b0877b9-87fb-4a2d-ab2d-2b7091f04a6e',
  customerId: 'C-1001',
  purchaseOrderNumber: 'PO-7781',
  status: 'cancelled',
  currency: 'USD',
  shipTo: ACME_STORE_112,
  lines: [HEX_BOLTS_RELEASED],
  subtotal: '114.00',
  createdAt: '2026-11-27T15:04:00.000Z',
  updatedAt: '2026-11-27T16:20:00.000Z',
};
