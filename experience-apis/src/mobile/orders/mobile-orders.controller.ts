import {
  Body,
  Controller,
  Example,
  Get,
  Header,
  Path,
  Post,
  Response,
  Route,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { PlaceCustomerOrderDeps } from '../../shared/place-customer-order';
import type { MobileOrder, MobileOrderRequest } from './mobile-order';
import { getMobileOrder, placeMobileOrder } from './mobile-orders.service';

const CONFIRMED: MobileOrder = {
  orderId: '0b6f8a52-1c2d-4e3f-9a8b-7c6d5e4f3a2b',
  customerId: 'C-1001',
  orderNumber: 'SO-000043',
  status: 'confirmed',
  statusText: 'Your order is confirmed.',
  currency: 'USD',
  lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 600, uom: 'EA', unitPrice: '0.1900', lineTotal: '114.00' }],
  subtotal: '114.00',
  tax: '7.13',
  total: '121.13',
};

@Route('mobile/v1/customers/{customerId}/orders')
@Tags('Mobile sales')
@Response<ProblemDetails>(
  400,
  'The order is not valid, or the Idempotency-Key is missing',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is not a sales rep’s',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(404, 'Not one of this rep’s customers', undefined, 'application/problem+json')
export class MobileOrdersController extends Controller {
  constructor(private readonly services: PlaceCustomerOrderDeps) {
    super();
  }

  /**
   * Takes an order for one of the rep's customers at the customer's prices. Send a new
   * `Idempotency-Key` per order (made when the order screen opens): on a poor connection the app
   * can send again until it gets an answer, and the order is placed once. Confirmed within a few
   * seconds, it is answered 201; when it cannot be confirmed yet (the ERP is away), it is still
   * taken: 202, status `received`, confirmed when the ERP is back (follow it at its Location).
   * @summary Take an order for a customer
   * @param customerId One of the customers the rep's token lists.
   * @param idempotencyKey A new key per order.
   */
  @Example<MobileOrder>(CONFIRMED)
  @Post()
  @SuccessResponse(201, 'The order was placed and settled (confirmed, or held for review)')
  @Response<MobileOrder>(202, 'The order was taken and will be confirmed (see Location)')
  @Response<MobileOrder>(200, 'A retry of an order already placed: that order')
  @Response<ProblemDetails>(
    422,
    'The Idempotency-Key was used for another order',
    undefined,
    'application/problem+json',
  )
  public async placeOrder(
    @Path() customerId: string,
    @Body() request: MobileOrderRequest,
    @Header('Idempotency-Key') idempotencyKey?: string,
  ): Promise<MobileOrder> {
    const placed = await placeMobileOrder(this.services, requirePrincipal(), customerId, request, idempotencyKey);
    this.setStatus(placed.replayed ? 200 : placed.settled ? 201 : 202);
    this.setHeader(
      'Location',
      `/experience/mobile/v1/customers/${encodeURIComponent(customerId)}/orders/${placed.order.orderId}`,
    );
    return placed.order;
  }

  /**
   * One order of one of the rep's customers, where it stands now (an order taken while the ERP
   * was away, confirmed since).
   * @summary Get an order of a customer
   * @param customerId One of the customers the rep's token lists.
   */
  @Example<MobileOrder>(CONFIRMED)
  @Get('{orderId}')
  public async getOrder(@Path() customerId: string, @Path() orderId: string): Promise<MobileOrder> {
    return getMobileOrder(this.services, requirePrincipal(), customerId, orderId);
  }
}
