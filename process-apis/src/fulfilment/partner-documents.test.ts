/**
 * 856 and 810 for orders that came from an X12 trading partner, against a real PostgreSQL: written
 * with the codec under allocated control numbers, addressed back to the partner, kept as sent; an
 * order from any other channel gets none.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresControlNumbers } from '../channels/x12/postgres-control-numbers';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import type { Order, OrderShipment } from '../generated/prisma/client';
import { x12PartnerDocuments, type PartnerDocuments } from './partner-documents';

const AT = new Date('2026-12-01T15:45:00.000Z');
const SHIP_TO = {
  name: 'Acme Hardware Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};

let db: ProcessDatabase;
let documents: PartnerDocuments;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('partner_documents'));
  documents = x12PartnerDocuments(createPostgresControlNumbers(db), () => AT);
  await db.mappingVersion.create({
    data: { name: 'x12-standard', version: 1, description: 'test', rules: {}, createdBy: 'test' },
  });
  await db.tradingPartner.create({
    data: {
      id: 'acme-edi',
      name: 'Acme EDI',
      channel: 'x12',
      customerId: 'C-1001',
      mappingName: 'x12-standard',
      mappingVersion: 1,
      x12: { senderQualifier: 'ZZ', senderId: 'ACMEHW', receiverQualifier: 'ZZ', receiverId: 'CROSSDOCK' },
    },
  });
});
afterAll(async () => {
  await db?.$disconnect();
});

/** A submitted order with one shipped shipment; linked to the X12 partner's document when `fromPartner`. */
async function shippedOrder(fromPartner: boolean): Promise<{ order: Order; shipment: OrderShipment }> {
  const id = randomUUID();
  const order = await db.order.create({
    data: {
      id,
      channel: fromPartner ? 'x12' : 'api',
      sourceOrderId: `PO-${id.slice(0, 8)}`,
      purchaseOrderNumber: 'PO-7781',
      customerId: 'C-1001',
      status: 'SUBMITTED',
      erpOrderId: 'SO-000042',
      received: {
        channel: 'x12',
        sourceOrderId: 'PO-7781',
        customerId: 'C-1001',
        shipTo: SHIP_TO,
        lines: [{ sku: 'GLV-002', quantity: 2, uom: 'CS' }],
      },
      pricedLines: [
        { lineNumber: 1, sku: 'GLV-002', quantity: 2, uom: 'CS', unitPrice: '33.0000', lineTotal: '66.00' },
      ],
      correlationId: 'c',
      createdBy: 'test',
    },
  });
  if (fromPartner) {
    const documentId = randomUUID();
    await db.inboundDocument.create({
      data: {
        id: documentId,
        channel: 'x12',
        kind: 'x12-interchange',
        partnerId: 'acme-edi',
        status: 'processed',
        sha256: 'x',
        correlationId: 'c',
      },
    });
    await db.inboundDocumentOrder.create({
      data: {
        documentId,
        orderId: id,
        partnerId: 'acme-edi',
        sourceOrderId: 'PO-7781',
        mappingName: 'x12-standard',
        mappingVersion: 1,
      },
    });
  }
  const shipment = await db.orderShipment.create({
    data: {
      id: `SHP-${id.slice(0, 6)}`,
      orderId: id,
      warehouseId: 'WH-DAL',
      carrier: 'UPSN',
      trackingNumber: '1Z999AA10123456784',
      lines: [{ lineNumber: 1, sku: 'GLV-002', quantity: 2 }],
      milestone: 'shipped',
      shippedAt: AT,
      correlationId: 'c',
    },
  });
  return { order, shipment };
}

describe('documents for X12 partners', () => {
  it("writes an 856 for a shipment of a partner's order, addressed back to the partner, and keeps it", async () => {
    const { order, shipment } = await shippedOrder(true);

    const id = await db.$transaction((tx) => documents.shipNotice(tx, order, shipment));

    const kept = await db.outboundDocument.findUniqueOrThrow({ where: { id: id! } });
    expect(kept).toMatchObject({ kind: '856', partnerId: 'acme-edi', reference: shipment.id });
    expect(kept.raw).toMatch(/^ISA\*00\*\s*\*00\*\s*\*ZZ\*CROSSDOCK\s*\*ZZ\*ACMEHW\s*\*/);
    expect(kept.raw).toContain(`BSN*00*${shipment.id}*`);
    expect(kept.raw).toContain('PRF*PO-7781');
    expect(kept.raw).toContain('REF*CN*1Z999AA10123456784');
  });

  it("writes an 810 for an invoice of a partner's order", async () => {
    const { order } = await shippedOrder(true);
    const invoice: Invoice = {
      id: 'INV-000007',
      orderId: 'SO-000042',
      customerId: 'C-1001',
      currency: 'USD',
      invoiceDate: '2026-12-01',
      dueDate: '2026-12-31',
      lines: [
        {
          lineNumber: 1,
          orderLineNumber: 1,
          sku: 'GLV-002',
          quantity: 2,
          uom: 'CS',
          unitPrice: '33.0000',
          amount: '66.00',
        },
      ],
      subtotal: '66.00',
      tax: '4.13',
      freight: '0.00',
      total: '70.13',
      balanceDue: '70.13',
    };

    const id = await db.$transaction((tx) => documents.invoice(tx, order, invoice));

    const kept = await db.outboundDocument.findUniqueOrThrow({ where: { id: id! } });
    expect(kept).toMatchObject({ kind: '810', partnerId: 'acme-edi', reference: 'INV-000007' });
    expect(kept.raw).toContain('ST*810*');
    expect(kept.raw).toContain('INV-000007');
    expect(kept.raw).toContain('TDS*7013');
  });

  it('writes nothing for an order that did not come from an X12 partner', async () => {
    const { order, shipment } = await shippedOrder(false);
    const before = await db.outboundDocument.count();
    expect(await db.$transaction((tx) => documents.shipNotice(tx, order, shipment))).toBeUndefined();
    expect(await db.outboundDocument.count()).toBe(before);
  });
});
