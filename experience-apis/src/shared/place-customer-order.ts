import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import { PERSON_WAITS_SECONDS, type PlacedProcessOrder, type ProcessOrdersApi } from '../upstreams/process-orders-api';

/** An order a person places for a customer (a buyer at the portal, a rep in the field). */
export interface CustomerOrderRequest {
  purchaseOrderNumber?: string;
  requestedDeliveryDate?: string;
  /** Defaults to the account's ship-to address (the pipeline takes it from the ERP). */
  shipTo?: Address;
  lines: { sku: string; quantity: number; uom?: string }[];
}

export interface PlaceCustomerOrderDeps {
  processOrders: ProcessOrdersApi;
}

/** The Idempotency-Key a person's order must carry, checked; a click retried is never a second order. */
export function requireIdempotencyKey(idempotencyKey: string | undefined): string {
  if (!idempotencyKey || !/^[A-Za-z0-9._:-]{8,128}$/.test(idempotencyKey)) {
    throw new ValidationError(
      'Send an Idempotency-Key header (8 to 128 letters, digits, or . _ : -), a new one per order.',
      [{ field: 'header.Idempotency-Key', message: 'required, 8 to 128 characters' }],
    );
  }
  return idempotencyKey;
}

/**
 * Places an order for `customerId` through the process API, waiting a few seconds for the outcome
 * as a person is waiting. The Idempotency-Key is the order's identity in its channel.
 *
 * Nothing here asks the ERP: an order without a ship-to goes without one, and the pipeline's
 * validation ships it to the account's default delivery address (or holds it). So an order is taken
 * while the ERP is away, and the body sent for a key is the same whether the ERP answers or not (a
 * retried click stays the same order).
 */
export async function placeCustomerOrder(
  deps: PlaceCustomerOrderDeps,
  command: {
    channel: 'portal' | 'mobile';
    customerId: string;
    idempotencyKey: string | undefined;
    request: CustomerOrderRequest;
  },
): Promise<PlacedProcessOrder> {
  const { customerId, request } = command;
  const idempotencyKey = requireIdempotencyKey(command.idempotencyKey);
  return deps.processOrders.placeOrder(
    {
      channel: command.channel,
      sourceOrderId: `${customerId}:${idempotencyKey}`,
      customerId,
      purchaseOrderNumber: request.purchaseOrderNumber,
      requestedDeliveryDate: request.requestedDeliveryDate,
      shipTo: request.shipTo,
      lines: request.lines.map((line, index) => ({
        lineNumber: index + 1,
        sku: line.sku,
        quantity: line.quantity,
        uom: line.uom,
      })),
    },
    idempotencyKey,
    PERSON_WAITS_SECONDS,
  );
}
