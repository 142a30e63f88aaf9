/**
 * The invoice the API reference shows: shipment SH-000007 of Acme's order SO-000042. tsoa reads these constants from the source when it writes the OpenAPI
 * document, so they stay plain literals: no spreads, no `as` or `satisfies` (a value may name another constant).
 */
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';

export const HEX_BOLT_INVOICE: Invoice = {
  id: 'INV-000003',
  orderId: 'SO-000042',
  customerId: 'C-1001',
  currency: 'USD',
  invoiceDate: '2026-11-28',
  dueDate: '2026-12-28',
  lines: [
    {
      lineNumber: 1,
      orderLineNumber: 1,
      sku: 'HXB-004',
      description: 'Hex bolt, zinc plated, M8 x 40',
      quantity: 600,
      uom: 'EA',
      unitPrice: '0.1900',
      amount: '114.00',
    },
  ],
  subtotal: '114.00',
  tax: '0.00',
  freight: '0.00',
  total: '114.00',
  balanceDue: '114.00',
};

export const INVOICE_PAGE: Page<Invoice> = { items: [HEX_BOLT_INVOICE], nextCursor: 'SU5WLTAwMDAwMw' };
