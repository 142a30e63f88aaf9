/** What receiving an order is asked (the order, its key, who sent it) and what it answers. */
import type { ChannelSalesOrder } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { OrderRow } from './order-view';

export interface ReceiveOrderCommand {
  /** When it arrived: the job it starts is due then. */
  now: Date;
  /** An order from the process API (a ship-to complete or none) or a channel's: the pipeline settles its ship-to. */
  order: ChannelSalesOrder;
  /** The caller's Idempotency-Key, when it sent one. */
  idempotencyKey?: string;
  /** Whose key space the Idempotency-Key lives in: the authenticated caller. */
  consumer: string;
  actor: string;
  /** The sender reuses PO numbers (a partner setting): its orders are not checked for business duplicates. */
  reusesPurchaseOrderNumbers?: boolean;
}

export interface ReceivedOrder {
  orderId: string;
  /** True when this request repeated one already received: nothing new was stored. */
  replayed: boolean;
  /** For a new order: exactly what was stored, so the answer needs no second read. */
  stored?: OrderRow;
  /** Stored but held POSSIBLE_DUPLICATE: this order's PO number arrived before, on this order. */
  possibleDuplicateOf?: string;
}
