import { describe, expect, it } from 'vitest';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { Order } from '../../generated/prisma/client';
import type { PartnerRow } from '../../partners/partner-view';
import { shipNotice } from './ship-notice';

const SHIP_TO = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};
const received: SalesOrderInput = {
  channel: 'x12',
  sourceOrderId: 'PO-9001',
  customerId: 'C-1001',
  shipTo: SHIP_TO,
  lines: [
    { lineNumber: 1, sku: 'HX-2201', quantity: 4 },
    { lineNumber: 2, sku: 'MANUAL-PDF', quantity: 1, shipsNothing: true },
  ],
};
const order = {
  id: 'ord-1',
  sourceOrderId: 'PO-9001',
  purchaseOrderNumber: 'PO-9001',
  erpOrderId: 'SO-1',
  createdAt: new Date('2026-12-01T10:00:00Z'),
  received,
} as unknown as Order;
const partner = { id: 'p-1', itemReferences: [] } as unknown as PartnerRow;

describe('the ship notice of a shipment', () => {
  it('leaves out a line that ships nothing, even when the ERP listed it on the shipment', () => {
    const shipment: Shipment = {
      id: 'SHP-1',
      orderId: 'SO-1',
      warehouseId: 'WH-DAL',
      carrier: 'UPS',
      lines: [
        { orderLineNumber: 1, sku: 'HX-2201', quantity: 4, uom: 'EA' },
        { orderLineNumber: 2, sku: 'MANUAL-PDF', quantity: 1, uom: 'EA' },
      ],
      milestones: { shippedAt: '2026-12-02T15:00:00Z' },
    } as Shipment;
    const notice = shipNotice(shipment, order, partner);
    expect(
      notice.packages.flatMap((pack) => pack.lines.map((line) => [line.orderLineNumber, line.sku, line.quantity])),
    ).toEqual([[1, 'HX-2201', 4]]);
  });
});
