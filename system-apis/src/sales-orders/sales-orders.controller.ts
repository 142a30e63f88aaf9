import {
  Body,
  Controller,
  Example,
  Get,
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
  BatchOutcomes,
  SalesOrderBatchRequest,
  SalesOrderOutcome,
} from '@crossdock/shared-contracts/contracts/api/system-batches';
import type {
  CancelSalesOrderRequest,
  CreateErpSalesOrderRequest,
  ErpSalesOrder,
} from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { SystemServices } from '../system-services';
import { withoutTrace, writeBatch } from '../batch-item';
import { currentWriteActor } from '../write-actor';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';
import { CANCELLED_SALES_ORDER, OPEN_SALES_ORDER, SALES_ORDER_PAGE } from './sales-order-examples';

@Route('sales-orders')
@Tags('Sales orders')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class SalesOrdersController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Creates a sales order in the ERP, once per `orderKey`: the same key again answers the order
   * created the first time (200 instead of 201) and creates nothing.
   * @summary Create a sales order
   */
  @Example<ErpSalesOrder>(OPEN_SALES_ORDER)
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<ErpSalesOrder>(200, 'The order key was used before: the order created then')
  @Response<ProblemDetails>(
    422,
    'Unknown or blocked customer, unknown item or unit, or not enough stock to reserve (reasonCode says which)',
    undefined,
    PROBLEM_JSON,
  )
  public async createSalesOrder(@Body() request: CreateErpSalesOrderRequest): Promise<ErpSalesOrder> {
    const { order, created } = await this.services.erp.salesOrders.create(request, currentWriteActor());
    this.setStatus(created ? 201 : 200);
    return order;
  }

  /**
   * One sales order with its priced lines.
   * @summary Get a sales order
   */
  @Example<ErpSalesOrder>(OPEN_SALES_ORDER)
  @Get('{salesOrderId}')
  @Response<ProblemDetails>(404, 'No such sales order', undefined, PROBLEM_JSON)
  public async getSalesOrder(@Path() salesOrderId: string): Promise<ErpSalesOrder> {
    const order = await this.services.erp.salesOrders.get(salesOrderId);
    if (!order) throw new NotFoundError(`Sales order ${salesOrderId} does not exist.`);
    return order;
  }

  /**
   * Sales orders, oldest first.
   * @summary List sales orders
   * @param orderKey The key the order was created with: finds that one order.
   * @param status open, partially_shipped, shipped or cancelled.
   * @param updatedSince Only orders changed at or after this instant (ISO 8601).
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<Page<ErpSalesOrder>>(SALES_ORDER_PAGE)
  @Get()
  public async listSalesOrders(
    @Query() customerId?: string,
    @Query() orderKey?: string,
    @Query() status?: string,
    @Query() updatedSince?: Date,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<ErpSalesOrder>> {
    return this.services.erp.salesOrders.list({ customerId, orderKey, status, updatedSince, cursor, limit });
  }

  /**
   * Creates many sales orders in one call, each once per its `orderKey`, each created or refused on
   * its own (the problem a single create would answer). The whole batch fails (503) only when the
   * ERP cannot be reached.
   * @summary Create many sales orders
   */
  @Example<BatchOutcomes<SalesOrderOutcome>>({
    outcomes: [
      {
        problem: {
          type: 'urn:crossdock:problem:business-rule',
          title: 'A business rule was not met',
          status: 422,
          detail: 'Customer C-1009 is on_hold and cannot order.',
          reasonCode: 'CUSTOMER_ON_HOLD',
        },
      },
    ],
  })
  @Post('batch')
  public async createSalesOrders(@Body() batch: SalesOrderBatchRequest): Promise<BatchOutcomes<SalesOrderOutcome>> {
    const salesOrders = this.services.erp.salesOrders;
    const settled = await writeBatch(
      batch.items,
      withoutTrace,
      salesOrders.createMany?.bind(salesOrders),
      (request, by) => salesOrders.create(request, by),
      4,
    );
    return { outcomes: settled.map(({ value, problem }) => (problem ? { problem } : { salesOrder: value!.order })) };
  }

  /**
   * Cancels an order that has not shipped and gives its reserved stock back. Cancelling twice is harmless.
   * @summary Cancel a sales order
   */
  @Example<ErpSalesOrder>(CANCELLED_SALES_ORDER)
  @Post('{salesOrderId}/cancel')
  @Response<ProblemDetails>(404, 'No such sales order', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(409, 'The order has shipped goods', undefined, PROBLEM_JSON)
  public async cancelSalesOrder(
    @Path() salesOrderId: string,
    @Body() request: CancelSalesOrderRequest,
  ): Promise<ErpSalesOrder> {
    return this.services.erp.salesOrders.cancel(salesOrderId, request.reason, currentWriteActor());
  }
}
