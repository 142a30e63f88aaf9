import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ownedBy } from '../../confinement/not-found';
import { portalCustomerOf } from '../portal-customer';
import type { SystemFulfilmentApi } from '../../upstreams/system-fulfilment-api';
import type { PortalShipment, PortalShipmentPage } from './portal-shipment';
import { toPortalShipment } from './portal-shipment-view';

export interface PortalShipmentDeps {
  systemFulfilment: SystemFulfilmentApi;
}

/** The customer's shipments, oldest first; `status` is the last milestone reached. */
export async function listPortalShipments(
  deps: PortalShipmentDeps,
  principal: Principal,
  query: { status?: string; cursor?: string; limit?: number },
): Promise<PortalShipmentPage> {
  const page = await deps.systemFulfilment.listShipments({ customerId: portalCustomerOf(principal), ...query });
  return { items: page.items.map(toPortalShipment), nextCursor: page.nextCursor };
}

/** One of the customer's shipments; another customer's answers 404, as one that does not exist. */
export async function getPortalShipment(
  deps: PortalShipmentDeps,
  principal: Principal,
  shipmentId: string,
): Promise<PortalShipment> {
  const customerId = portalCustomerOf(principal);
  const shipment = await ownedBy(
    customerId,
    'Shipment',
    shipmentId,
    () => deps.systemFulfilment.getShipment(shipmentId),
    async (found) => (await deps.systemFulfilment.getSalesOrder(found.orderId)).customerId,
  );
  return toPortalShipment(shipment);
}
