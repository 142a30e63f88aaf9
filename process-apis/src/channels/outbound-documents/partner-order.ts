import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import type { ProcessDatabase } from '../../database';
import type { Order } from '../../generated/prisma/client';
import { orderColumns } from '../../orders/order-columns';
import { PARTNER_INCLUDE, type PartnerRow } from '../../partners/partner-view';
import type { DraftParty } from '../../inbound-documents/channel-order-draft';
import type { ItemIdentifiers } from '../x12/write-parties';

// Product id qualifiers that are GTINs (UPC, EAN, GTIN-14) rather than the buyer's own part number.
const GTIN_QUALIFIERS = new Set(['UP', 'EN', 'UK', 'UPC', 'EAN', 'GTIN']);

/** A partner, by id (404 when there is none). */
export async function partnerById(db: ProcessDatabase, partnerId: string): Promise<PartnerRow> {
  const partner = await db.tradingPartner.findUnique({ where: { id: partnerId }, include: PARTNER_INCLUDE });
  if (!partner) throw new NotFoundError(`There is no partner ${partnerId}.`);
  return partner;
}

/**
 * An order the partner sent (linked to one of its inbound documents), found by our order id or by
 * the ERP's order number. Another partner's order answers 404, as one that does not exist.
 */
export async function partnerOrder(
  db: ProcessDatabase,
  partner: PartnerRow,
  by: { orderId: string } | { erpOrderId: string },
): Promise<Order> {
  const order =
    'orderId' in by
      ? await db.order.findUnique({ where: { id: by.orderId } })
      : await db.order.findFirst({ where: { erpOrderId: by.erpOrderId } });
  const link = order
    ? await db.inboundDocumentOrder.findFirst({
        where: { orderId: order.id, partnerId: partner.id },
        select: { orderId: true },
      })
    : null;
  if (!order || !link)
    throw new NotFoundError(
      `Partner ${partner.id} sent no order ${'orderId' in by ? by.orderId : `that became ERP order ${by.erpOrderId}`}.`,
    );
  return order;
}

/** The order as it was received. */
export const receivedOf = (order: Order): SalesOrderInput =>
  orderColumns.received.read(order.received) as SalesOrderInput;

/** An address of the order as an X12 party (N1 with the name, N3, N4). */
export const partyOf = (address: Address | undefined): DraftParty | undefined =>
  address ? { ids: [], address } : undefined;

/**
 * How the partner names an item: the part number the buyer sent on the line, else the partner's
 * cross-reference to our SKU (reversed), and its GTIN when the partner cross-references one.
 */
export function partnerItemIds(partner: PartnerRow, sku: string, customerPartNumber?: string): ItemIdentifiers {
  const references = partner.itemReferences.filter((reference) => reference.sku === sku);
  const isGtin = (reference: (typeof references)[number]) =>
    GTIN_QUALIFIERS.has(reference.qualifier.toUpperCase()) || /^\d{12,14}$/.test(reference.partnerProductId);
  const ids: ItemIdentifiers = { sku };
  const partNumber = customerPartNumber ?? references.find((reference) => !isGtin(reference))?.partnerProductId;
  if (partNumber) ids.customerPartNumber = partNumber;
  const gtin = references.find(isGtin)?.partnerProductId;
  if (gtin) ids.gtin = gtin;
  return ids;
}

/** The ISO date (UTC) of an instant. */
export const isoDateOf = (at: Date): string => at.toISOString().slice(0, 10);
