import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { actForCustomer } from '../../confinement/act-for-customer';
import { customerStatusOf } from '../../shared/order-status';
import { customerPricedOrder } from '../../shared/priced-order';
import { placeCustomerOrder, type PlaceCustomerOrderDeps } from '../../shared/place-customer-order';
import { repCustomer } from '../sales-rep';
import type { MobileOrder, MobileOrderRequest } from './mobile-order';

function toMobileOrder(order: ProcessOrder): MobileOrder {
  return {
    orderId: order.id,
    customerId: order.customerId,
    orderNumber: order.erpOrderId,
    ...customerStatusOf(order.status),
    ...customerPricedOrder(order),
  };
}

/**
 * Takes an order on behalf of one of the rep's customers, through the process API as every
 * channel does; the token the process API gets is confined to that customer. The rep is recorded
 * as who placed it.
 */
export async function placeMobileOrder(
  deps: PlaceCustomerOrderDeps,
  principal: Principal,
  customerId: string,
  request: MobileOrderRequest,
  idempotencyKey: string | undefined,
): Promise<{ order: MobileOrder; replayed: boolean; settled: boolean }> {
  repCustomer(principal, customerId);
  const placed = await actForCustomer(customerId, () =>
    placeCustomerOrder(deps, { channel: 'mobile', customerId, idempotencyKey, request }),
  );
  return { ...placed, order: toMobileOrder(placed.order) };
}

/** One order of one of the rep's customers, as the app shows it; another customer's is not found. */
export async function getMobileOrder(
  deps: PlaceCustomerOrderDeps,
  principal: Principal,
  customerId: string,
  orderId: string,
): Promise<MobileOrder> {
  repCustomer(principal, customerId);
  // Confined to the customer, the process API answers 404 for an order of anyone else.
  return toMobileOrder(await actForCustomer(customerId, () => deps.processOrders.getOrder(orderId)));
}
