import type {
  CreateShipmentRequest,
  ShipmentMilestoneRequest,
} from '@crossdock/shared-contracts/contracts/api/system-shipments';
import type {
  CreditMemo,
  ReceiveReturnRequest,
  RequestReturnRequest,
} from '@crossdock/shared-contracts/contracts/api/system-returns';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import type { ReturnAuthorisation } from '@crossdock/shared-contracts/contracts/model/return';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';

/** What the process tier asks of the ERP after an order is submitted: shipments, invoices, returns. */
export interface ErpFulfilment {
  createShipment(request: CreateShipmentRequest): Promise<Shipment>;
  recordMilestone(shipmentId: string, request: ShipmentMilestoneRequest): Promise<Shipment>;
  createInvoice(shipmentId: string): Promise<Invoice>;
  requestReturn(request: RequestReturnRequest): Promise<ReturnAuthorisation>;
  authoriseReturn(returnId: string): Promise<ReturnAuthorisation>;
  receiveReturn(returnId: string, request: ReceiveReturnRequest): Promise<ReturnAuthorisation>;
  creditReturn(returnId: string): Promise<CreditMemo>;
}

const at = (template: TemplateStringsArray, id: string) => `${template[0]}${encodeURIComponent(id)}${template[1]}`;

/** The system APIs over HTTP, through the client kit. */
export function httpErpFulfilment(client: UpstreamClient): ErpFulfilment {
  const post = async <T>(path: string, body: object, key?: string): Promise<T> =>
    (await client.post<T>(path, { body, headers: key ? { 'Idempotency-Key': key } : {} })).data;
  // A keyed create doubles its key as the Idempotency-Key, which lets the client kit retry the POST
  // safely; authorising an RMA again answers it as it is, so that call is safe to repeat too.
  return {
    createShipment: (request) => post('/system/v1/shipments', request, request.shipmentKey),
    recordMilestone: (shipmentId, request) => post(at`/system/v1/shipments/${shipmentId}/milestones`, request),
    createInvoice: (shipmentId) => post('/system/v1/invoices', { shipmentId }),
    requestReturn: (request) => post('/system/v1/returns', request, request.returnKey),
    authoriseReturn: (returnId) => post(at`/system/v1/returns/${returnId}/authorise`, {}, `authorise:${returnId}`),
    receiveReturn: (returnId, request) => post(at`/system/v1/returns/${returnId}/receive`, request),
    creditReturn: (returnId) => post(at`/system/v1/returns/${returnId}/credit`, {}),
  };
}
