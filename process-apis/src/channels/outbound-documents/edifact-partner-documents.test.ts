/**
 * DESADV and INVOIC for orders that came from an EDIFACT partner, against a real PostgreSQL: written
 * in the directory and syntax of the partner's ORDERS, addressed back to it, with the parties its
 * ORDERS named, kept as sent; an X12 partner's order still gets its 856, and one from no partner none.
 */
import { randomUUID } from 'node:crypto';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../../database';
import { x12PartnerDocuments } from '../../fulfilment/partner-documents';
import { interchangeOf, sampleOrder, segmentsReadBack } from '../edifact/edifact-test-documents';
import { createPostgresControlNumbers } from '../x12/postgres-control-numbers';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { SystemApi } from '../../system-api/system-api';
import { edifactOrderAnswerer } from '../edifact-inbound/answer-edifact-order';
import { answerDecidedOrders, answerOrderOutcome } from './business-answers';
import { edifactPartnerDocuments, partnerDocumentsOf } from './edifact-partner-documents';

const AT = new Date('2026-12-08T09:30:00.000Z');
let db: ProcessDatabase;
let documents: ReturnType<typeof partnerDocumentsOf>;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('edifact_partner_documents'));
  const controlNumbers = createPostgresControlNumbers(db);
  documents = partnerDocumentsOf([
    x12PartnerDocuments(controlNumbers, () => AT),
    edifactPartnerDocuments(controlNumbers, () => AT),
  ]);
  await db.mappingVersion.create({
    data: { name: 'edifact-standard', version: 1, description: 'test', rules: {}, createdBy: 'test' },
  });
  await db.tradingPartner.create({
    data: {
      id: 'buyerco',
      name: 'BuyerCo',
      channel: 'edifact',
      customerId: 'C-1001',
      mappingName: 'edifact-standard',
      mappingVersion: 1,
      edifact: { senderId: 'BUYERCO', senderQualifier: 'ZZZ', recipientId: 'CROSSDOCK', recipientQualifier: 'ZZZ' },
    },
  });
  await db.partnerItemReference.create({
    data: { partnerId: 'buyerco', qualifier: 'EN', partnerProductId: '4000862141404', sku: 'HX-2201' },
  });
});
afterAll(async () => {
  await db?.$disconnect();
});

/** An order placed from the partner's ORDERS (kept as its inbound document), with one shipment that left. */
async function orderFromEdifact(fromPartner = true, release: '96A' | '01B' = '96A', status = 'SUBMITTED') {
  const id = randomUUID();
  const order = await db.order.create({
    data: {
      id,
      channel: fromPartner ? 'edifact' : 'api',
      sourceOrderId: `PO-${id.slice(0, 8)}`,
      purchaseOrderNumber: 'PO-7781',
      customerId: 'C-1001',
      status,
      erpOrderId: 'SO-000042',
      received: {
        channel: 'edifact',
        sourceOrderId: 'PO-7781',
        customerId: 'C-1001',
        shipTo: { name: 'Store 112', line1: '1200 Commerce St', city: 'Dallas', region: 'TX', country: 'US' },
        lines: [
          { lineNumber: 1, sku: 'HX-2201', quantity: 12 },
          { lineNumber: 2, sku: 'BRK-0077', quantity: 3, customerPartNumber: 'BRK-77' },
        ],
      },
      pricedLines: [
        { lineNumber: 1, sku: 'HX-2201', quantity: 12, uom: 'EA', unitPrice: '5.2500', lineTotal: '63.00' },
        { lineNumber: 2, sku: 'BRK-0077', quantity: 3, uom: 'EA', unitPrice: '7.5000', lineTotal: '22.50' },
      ],
      correlationId: 'c',
      createdBy: 'test',
    },
  });
  if (fromPartner) {
    const documentId = randomUUID();
    const body = Buffer.from(interchangeOf([sampleOrder('PO-7781', release)]), 'latin1');
    await db.inboundDocument.create({
      data: {
        id: documentId,
        channel: 'edifact',
        kind: 'edifact-interchange',
        partnerId: 'buyerco',
        status: 'processed',
        sha256: 'x',
        correlationId: 'c',
        parts: { create: [{ seq: 0, name: 'body', contentType: 'application/edifact', body, sizeBytes: body.length }] },
      },
    });
    await db.inboundDocumentOrder.create({
      data: {
        documentId,
        orderId: id,
        partnerId: 'buyerco',
        sourceOrderId: 'PO-7781',
        mappingName: 'edifact-standard',
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
      lines: [
        { lineNumber: 1, sku: 'HX-2201', quantity: 12 },
        { lineNumber: 2, sku: 'BRK-0077', quantity: 3 },
      ],
      milestone: 'shipped',
      shippedAt: new Date('2026-12-08T07:15:00.000Z'),
      correlationId: 'c',
    },
  });
  return { order, shipment };
}

describe('documents for EDIFACT partners', () => {
  it("writes a DESADV for a shipment of the partner's order, from us to the partner, with its ORDERS' parties and item ids", async () => {
    const { order, shipment } = await orderFromEdifact();

    const id = await db.$transaction((tx) => documents.shipNotice(tx, order, shipment));

    const kept = await db.outboundDocument.findUniqueOrThrow({ where: { id: id! } });
    expect(kept).toMatchObject({ kind: 'DESADV', partnerId: 'buyerco', reference: shipment.id });
    expect(kept.raw).toMatch(/^UNA:\+\.\? 'UNB\+UNOC:3\+CROSSDOCK:ZZZ\+BUYERCO:ZZZ\+261208:0930\+\d+'/);
    const segments = segmentsReadBack(kept.raw);
    expect(segments).toEqual(
      expect.arrayContaining([
        'UNH+1+DESADV:D:96A:UN',
        `BGM+351+${shipment.id}+9`,
        'DTM+11:202612080715:203',
        'RFF+ON:PO-7781',
        'DTM+171:20261207:102',
        'NAD+BY+5412345000013::9',
        'NAD+DP+5412345000020::9++Store 112+1200 Commerce St+Dallas+TX++US',
        'LIN+1++4000862141404:EN',
        'QTY+12:12:EA',
        'LIN+2++BRK-77:BP',
        'QTY+12:3:EA',
      ]),
    );
  });

  it("writes an INVOIC for an invoice of the partner's order, in D.01B when the ORDERS came in D.01B", async () => {
    const { order } = await orderFromEdifact(true, '01B');
    const invoice: Invoice = {
      id: 'INV-000007',
      orderId: 'SO-000042',
      customerId: 'C-1001',
      currency: 'USD',
      invoiceDate: '2026-12-08',
      dueDate: '2027-01-07',
      lines: [
        {
          lineNumber: 1,
          orderLineNumber: 1,
          sku: 'HX-2201',
          quantity: 12,
          uom: 'EA',
          unitPrice: '5.2500',
          amount: '63.00',
        },
      ],
      subtotal: '63.00',
      tax: '5.20',
      freight: '0.00',
      total: '68.20',
      balanceDue: '68.20',
    };

    const id = await db.$transaction((tx) => documents.invoice(tx, order, invoice));

    const kept = await db.outboundDocument.findUniqueOrThrow({ where: { id: id! } });
    expect(kept).toMatchObject({ kind: 'INVOIC', partnerId: 'buyerco', reference: 'INV-000007' });
    const segments = segmentsReadBack(kept.raw);
    expect(segments[0]).toBe('UNH+1+INVOIC:D:01B:UN');
    expect(segments).toEqual(
      expect.arrayContaining(['BGM+380+INV-000007+9', 'LIN+1++4000862141404:EN', 'MOA+79:63.00', 'MOA+77:68.20']),
    );
  });

  it('writes nothing for an order that came from no partner', async () => {
    const { order, shipment } = await orderFromEdifact(false);
    const before = await db.outboundDocument.count();
    expect(await db.$transaction((tx) => documents.shipNotice(tx, order, shipment))).toBeUndefined();
    expect(await db.outboundDocument.count()).toBe(before);
  });
});

describe('the business answer to an EDIFACT order', () => {
  const deps = () => ({
    db,
    logger: createLogger({ service: 'test', level: 'error' }),
    answerers: {
      edifact: edifactOrderAnswerer({
        db,
        // A hold is answered from the order's holds alone: the ERP is never asked.
        systemApi: {} as SystemApi,
        clock: { now: () => AT },
        controlNumbers: createPostgresControlNumbers(db),
      }),
    },
  });

  async function heldOrder() {
    const { order } = await orderFromEdifact(true, '96A', 'HELD');
    await db.hold.create({
      data: {
        id: randomUUID(),
        orderId: order.id,
        reasonCode: 'CREDIT_LIMIT',
        detail: 'Over the credit limit by 12.50.',
      },
    });
    return order;
  }

  it('is sent once per outcome, however often or concurrently it is asked for (a replay, two replicas)', async () => {
    const order = await heldOrder();

    const answers = await Promise.all([1, 2, 3].map(() => answerOrderOutcome(deps(), order.id)));
    const again = await answerOrderOutcome(deps(), order.id);

    expect(new Set([...answers, again].map((answer) => answer!.id)).size).toBe(1);
    const kept = await db.outboundDocument.findMany({ where: { kind: 'ORDRSP', reference: order.id } });
    expect(kept).toHaveLength(1);
    expect(segmentsReadBack(kept[0]!.raw)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^BGM\+231\+HD\d+\+12$/),
        'FTX+AAI++CREDIT_LIMIT+Over the credit limit by 12.50.',
        'RFF+ON:PO-7781',
      ]),
    );
  });

  it('is written by the sweep at start for an order decided just before a crash, and by nothing for an order not decided', async () => {
    const order = await heldOrder();
    const { order: running } = await orderFromEdifact(true, '96A', 'PLANNED');

    await answerDecidedOrders(deps(), undefined, new Date());

    expect(await db.orderBusinessAnswer.findMany({ where: { orderId: { in: [order.id, running.id] } } })).toEqual([
      expect.objectContaining({ orderId: order.id, outcome: 'held' }),
    ]);
  });
});
