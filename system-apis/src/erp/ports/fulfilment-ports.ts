import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type {
  CreateShipmentRequest,
  ShipmentMilestoneRequest,
} from '@crossdock/shared-contracts/contracts/api/system-shipments';
import type {
  CreditMemo,
  ReceiveReturnRequest,
  RequestReturnRequest,
} from '@crossdock/shared-contracts/contracts/api/system-returns';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import type { ReturnAuthorisation } from '@crossdock/shared-contracts/contracts/model/return';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import type { PageRequest, WriteActor } from './common';

export interface FulfilmentFilter extends PageRequest {
  salesOrderId?: string;
  customerId?: string;
  status?: string;
  /** Invoices only: the newest first (the last invoices of a customer) instead of the oldest. */
  newestFirst?: boolean;
}

export interface ShipmentPort {
  /** Refused when a line would ship more than was ordered and not yet shipped. */
  create(request: CreateShipmentRequest, by: WriteActor): Promise<Shipment>;
  get(id: string): Promise<Shipment | undefined>;
  list(filter: FulfilmentFilter): Promise<Page<Shipment>>;
  /** At `shipped`, the stock leaves: on hand and the line's reservation go down together. */
  recordMilestone(id: string, request: ShipmentMilestoneRequest, by: WriteActor): Promise<Shipment>;
}

export interface InvoicePort {
  /** One invoice per shipped shipment: asking again answers the same invoice. */
  createFromShipment(shipmentId: string, by: WriteActor): Promise<{ invoice: Invoice; created: boolean }>;
  get(id: string): Promise<Invoice | undefined>;
  list(filter: FulfilmentFilter): Promise<Page<Invoice>>;
}

export interface ReturnPort {
  /** Refused when a line returns more than was shipped less what was already returned. */
  request(request: RequestReturnRequest, by: WriteActor): Promise<ReturnAuthorisation>;
  authorise(id: string, by: WriteActor): Promise<ReturnAuthorisation>;
  reject(id: string, reason: string, by: WriteActor): Promise<ReturnAuthorisation>;
  /** Restocked lines go back on hand in the warehouse; scrapped ones do not. */
  receive(id: string, request: ReceiveReturnRequest, by: WriteActor): Promise<ReturnAuthorisation>;
  /** Issues the credit memo for what was received; once. */
  credit(id: string, by: WriteActor): Promise<CreditMemo>;
  get(id: string): Promise<ReturnAuthorisation | undefined>;
  list(filter: FulfilmentFilter): Promise<Page<ReturnAuthorisation>>;
}
