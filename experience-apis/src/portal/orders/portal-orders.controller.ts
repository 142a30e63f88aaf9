import {
  Body,
  Controller,
  Example,
  Get,
  Header,
  Path,
  Post,
  Query,
  Response,
  Route,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { PortalOrder, PortalOrderPage, PortalOrderRequest, PortalReorderRequest } from './portal-order';
import { CONFIRMED, RECEIVED, SHIPPED } from './portal-order-examples';
import {
  getPortalOrder,
  listPortalOrders,
  placePortalOrder,
  reorderPortalOrder,
  type PlacedPortalOrder,
  type PortalOrderDeps,
} from './portal-orders.service';

// A repeat is the order as it stands (200); a new one is placed (201) or taken to be confirmed (202).
const placedStatus = (placed: PlacedPortalOrder) => (placed.replayed ? 200 : placed.settled ? 201 : 202);

@Route('portal/v1/orders')
@Tags('Portal')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
export class PortalOrdersController extends Controller {
  constructor(private readonly services: PortalOrderDeps) {
    super();
  }

  /**
   * Places an order for the signed-in customer at their contract prices. Send a new
   * `Idempotency-Key` per order; sending the same key again (a retry) answers the same order.
   * Confirmed within a few seconds, it is answered 201; when it cannot be confirmed yet (the ERP
   * is away), it is still taken: 202, status `received`, and it is confirmed when the ERP is back
   * (follow it at its Location). An order without a `shipTo` ships to the account's address.
   * @summary Place an order
   * @param idempotencyKey A new key per order, e.g. a UUID made when the order form opens.
   */
  @Example<PortalOrder>(CONFIRMED)
  @Post()
  @SuccessResponse(201, 'The order was placed and settled (confirmed, or held for review)')
  @Response<PortalOrder>(202, 'The order was taken and will be confirmed (see Location)', RECEIVED)
  @Response<PortalOrder>(200, 'A retry of an order already placed: that order')
  @Response<ProblemDetails>(
    400,
    'The order is not valid, or the Idempotency-Key is missing',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    422,
    'The Idempotency-Key was used for another order',
    undefined,
    'application/problem+json',
  )
  public async placeOrder(
    @Body() request: PortalOrderRequest,
    @Header('Idempotency-Key') idempotencyKey?: string,
  ): Promise<PortalOrder> {
    const placed = await placePortalOrder(this.services, requirePrincipal(), request, idempotencyKey);
    this.setStatus(placedStatus(placed));
    this.setHeader('Location', `/experience/portal/v1/orders/${placed.order.orderId}`);
    return placed.order;
  }

  /**
   * One of the customer's orders, with what happened to it in the customer's words, and its
   * shipments (carrier, tracking) and invoices once there are any.
   * @summary Get one of my orders
   */
  @Example<PortalOrder>(SHIPPED)
  @Get('{orderId}')
  @Response<ProblemDetails>(404, 'No such order for this customer', undefined, 'application/problem+json')
  public async getOrder(@Path() orderId: string): Promise<PortalOrder> {
    return getPortalOrder(this.services, requirePrincipal(), orderId);
  }

  /**
   * The customer's orders, newest first.
   * @summary List my orders
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<PortalOrderPage>({ items: [CONFIRMED] })
  @Get()
  public async listOrders(@Query() cursor?: string, @Query() limit?: number): Promise<PortalOrderPage> {
    return listPortalOrders(this.services, requirePrincipal(), cursor, limit);
  }

  /**
   * Places one of the customer's past orders again: the same items, quantities and units, at
   * today's prices. Send a new `Idempotency-Key`, as for any order.
   * @summary Order a past order again
   * @param idempotencyKey A new key per order.
   */
  @Example<PortalOrder>(CONFIRMED)
  @Post('{orderId}/reorder')
  @SuccessResponse(201, 'The order was placed and settled')
  @Response<PortalOrder>(202, 'The order was taken and will be confirmed (see Location)')
  @Response<PortalOrder>(200, 'A retry of a reorder already placed: that order')
  @Response<ProblemDetails>(404, 'No such order for this customer', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    422,
    'The Idempotency-Key was used for another order',
    undefined,
    'application/problem+json',
  )
  public async reorder(
    @Path() orderId: string,
    @Body() request: PortalReorderRequest,
    @Header('Idempotency-Key') idempotencyKey?: string,
  ): Promise<PortalOrder> {
    const placed = await reorderPortalOrder(this.services, requirePrincipal(), orderId, request, idempotencyKey);
    this.setStatus(placedStatus(placed));
    this.setHeader('Location', `/experience/portal/v1/orders/${placed.order.orderId}`);
    return placed.order;
  }
}
