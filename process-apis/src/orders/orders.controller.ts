import {
  Body,
  Controller,
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
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type {
  CancelOrderRequest,
  PlaceOrderRequest,
  ProcessOrder,
} from '@crossdock/shared-contracts/contracts/api/process-orders';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { SalesChannel, SalesOrderStatus } from '@crossdock/shared-contracts/contracts/model/sales-order';
import type { ProcessServices } from '../process-services';
import { cancelOrder } from './cancel-order';
import { waitFromPrefer } from './prefer-wait';
import { listOrders } from './list-orders';
import { getOrder, placeOrder } from './place-order';

@Route('orders')
@Tags('Orders')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
export class OrdersController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Receives an order from any channel in the canonical shape, stores it durably and answers at
   * once (202) with its id and status URL; the pipeline (validate, enrich, credit, plan, reserve,
   * submit) runs from a persisted job. Send `Prefer: wait=<seconds>` (up to 30) to wait for the
   * outcome: 201 when the pipeline finished with it in time (submitted, held, ...), else 202.
   * Send an `Idempotency-Key`: repeating the request with the same key and body answers the same
   * order (200) and creates nothing; the same key with another body is refused. Without a key, the
   * channel, customer and source order id de-duplicate. An order without a `shipTo` ships to the
   * customer's default delivery address, which validation takes from the ERP.
   * @summary Place an order
   * @param idempotencyKey A unique key per order placement, chosen by the caller (a UUID is good).
   * @param prefer `wait=5` to wait up to five seconds for the outcome.
   */
  @Post()
  @SuccessResponse(202, 'Received; the pipeline takes it from here (see Location)')
  @Response<ProcessOrder>(201, 'Received and settled within the wait asked for: the outcome')
  @Response<ProcessOrder>(200, 'A repeat of an order already received: the order as it stands')
  @Response<ProblemDetails>(400, 'The order is not valid', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    403,
    'The caller may not place orders for this customer',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    409,
    'The same order id arrived before with different content',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    422,
    'The Idempotency-Key was used before with another body',
    undefined,
    'application/problem+json',
  )
  public async placeOrder(
    @Body() order: PlaceOrderRequest,
    @Header('Idempotency-Key') idempotencyKey?: string,
    @Header('Prefer') prefer?: string,
  ): Promise<ProcessOrder> {
    const waitMs = waitFromPrefer(prefer);
    const placed = await placeOrder(this.services, requirePrincipal(), order, idempotencyKey, waitMs);
    this.setStatus(placed.replayed ? 200 : placed.settled ? 201 : 202);
    if (placed.replayed) this.setHeader('Idempotent-Replayed', 'true');
    if (waitMs > 0) this.setHeader('Preference-Applied', `wait=${waitMs / 1000}`);
    this.setHeader('Location', `/process/v1/orders/${placed.order.id}`);
    return placed.order;
  }

  /**
   * One order with its lines, plan, holds, dead letters and timeline.
   * @summary Get an order
   */
  @Get('{orderId}')
  @Response<ProblemDetails>(
    404,
    'No such order (or not one this caller may see)',
    undefined,
    'application/problem+json',
  )
  public async getOrder(@Path() orderId: string): Promise<ProcessOrder> {
    return getOrder(this.services, requirePrincipal(), orderId);
  }

  /**
   * Orders, newest first, filtered by everything given. A customer-scoped caller sees only its own.
   * @summary List orders
   * @param sourceOrderId The order's id in its channel (a PO number, a Shopify order id).
   * @param createdFrom Only orders received at or after this instant (ISO 8601).
   * @param createdTo Only orders received before this instant (ISO 8601).
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Get()
  public async listOrders(
    @Query() customerId?: string,
    @Query() status?: SalesOrderStatus,
    @Query() channel?: SalesChannel,
    @Query() sourceOrderId?: string,
    @Query() createdFrom?: Date,
    @Query() createdTo?: Date,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<ProcessOrder>> {
    return listOrders(this.services.db, requirePrincipal(), {
      customerId,
      status,
      channel,
      sourceOrderId,
      createdFrom,
      createdTo,
      cursor,
      limit,
    });
  }

  /**
   * Cancels an order before it ships. A submitted order is cancelled in the ERP, which gives its
   * stock back; an order still in the pipeline, held or failed is taken off the pipeline and its
   * reservations are released. Cancelling a cancelled order answers it as it is.
   * @summary Cancel an order
   */
  @Post('{orderId}/cancel')
  @Response<ProblemDetails>(
    404,
    'No such order (or not one this caller may see)',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    409,
    'Too late: goods have shipped, the order was rejected, or a pipeline step is running right now (try again)',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(503, 'The ERP cannot be reached; try again later', undefined, 'application/problem+json')
  public async cancelOrder(@Path() orderId: string, @Body() request: CancelOrderRequest): Promise<ProcessOrder> {
    return cancelOrder(this.services, requirePrincipal(), orderId, request.reason);
  }
}
