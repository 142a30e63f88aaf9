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
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type {
  BatchOutcomes,
  SalesOrderBatchRequest,
  SalesOrderOutcome,
} from '@crossdock/shared-contracts/contracts/system-batches';
import type {
  CancelSalesOrderRequest,
  CreateErpSalesOrderRequest,
  ErpSalesOrder,
} from '@crossdock/shared-contracts/contracts/system-sales-orders';
import { NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { SystemServices } from '../system-services';
import { withoutTrace, writeBatch } from '../batch-item';
import { currentWriteActor } from '../write-actor';

@Route('sales-orders')
@Tags('Sales orders')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
@Response<ProblemDetails>(503, 'The ERP cannot be reached; try again later', undefined, 'application/problem+json')
export class SalesOrdersController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Creates a sales order in the ERP, once per `orderKey`: the same key again answers the order
   * created the first time (200 instead of 201) and creates nothing.
   * @summary Create a sales order
   */
  @Example<ErpSalesOrder>({
    id: 'SO-000042',
    orderKey: '5b0877b9-87fb-4a2d-ab2d-2b7091f04a6e',
    customerId: 'C-1001',
    purchaseOrderNumber: 'PO-7781',
    status: 'open',
    currency: 'USD',
    shipTo: {
      name: 'Acme Hardware — Store 112',
      line1: '2400 Elm St',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75226',
      country: 'US',
    },
    lines: [
      {
        lineNumber: 1,
        sku: 'HXB-004',
        quantity: 600,
        uom: 'EA',
        baseQuantity: 600,
        unitPrice: '0.1900',
        lineTotal: '114.00',
        priceRule: 'price-list:PL-ACME-2026 break>=500 EA',
        reservations: [{ warehouseId: 'WH-DAL', quantity: 600 }],
        shippedQuantity: 0,
      },
    ],
    subtotal: '114.00',
    createdAt: '2026-11-27T15:04:00.000Z',
    updatedAt: '2026-11-27T15:04:00.000Z',
  })
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<ErpSalesOrder>(200, 'The order key was used before: the order created then')
  @Response<ProblemDetails>(
    422,
    'Unknown or blocked customer, unknown item or unit, or not enough stock to reserve (reasonCode says which)',
    undefined,
    'application/problem+json',
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
  @Example<ErpSalesOrder>({
    id: 'SO-000042',
    orderKey: '5b0877b9-87fb-4a2d-ab2d-2b7091f04a6e',
    customerId: 'C-1001',
    purchaseOrderNumber: 'PO-7781',
    status: 'open',
    currency: 'USD',
    shipTo: {
      name: 'Acme Hardware — Store 112',
      line1: '2400 Elm St',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75226',
      country: 'US',
    },
    lines: [
      {
        lineNumber: 1,
        sku: 'HXB-004',
        quantity: 600,
        uom: 'EA',
        baseQuantity: 600,
        unitPrice: '0.1900',
        lineTotal: '114.00',
        priceRule: 'price-list:PL-ACME-2026 break>=500 EA',
        reservations: [{ warehouseId: 'WH-DAL', quantity: 600 }],
        shippedQuantity: 0,
      },
    ],
    subtotal: '114.00',
    createdAt: '2026-11-27T15:04:00.000Z',
    updatedAt: '2026-11-27T15:04:00.000Z',
  })
  @Get('{salesOrderId}')
  @Response<ProblemDetails>(404, 'No such sales order', undefined, 'application/problem+json')
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
  @Example<Page<ErpSalesOrder>>({
    items: [
      {
        id: 'SO-000042',
        orderKey: '5b0877b9-87fb-4a2d-ab2d-2b7091f04a6e',
        customerId: 'C-1001',
        purchaseOrderNumber: 'PO-7781',
        status: 'open',
        currency: 'USD',
        shipTo: {
          name: 'Acme Hardware — Store 112',
          line1: '2400 Elm St',
          city: 'Dallas',
          region: 'TX',
          postalCode: '75226',
          country: 'US',
        },
        lines: [
          {
            lineNumber: 1,
            sku: 'HXB-004',
            quantity: 600,
            uom: 'EA',
            baseQuantity: 600,
            unitPrice: '0.1900',
            lineTotal: '114.00',
            priceRule: 'price-list:PL-ACME-2026 break>=500 EA',
            reservations: [{ warehouseId: 'WH-DAL', quantity: 600 }],
            shippedQuantity: 0,
          },
        ],
        subtotal: '114.00',
        createdAt: '2026-11-27T15:04:00.000Z',
        updatedAt: '2026-11-27T15:04:00.000Z',
      },
    ],
    nextCursor: 'U08tMDAwMDQy',
  })
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
  @Example<ErpSalesOrder>({
    id: 'SO-000042',
    orderKey: '5b0877b9-87fb-4a2d-ab2d-2b7091f04a6e',
    customerId: 'C-1001',
    purchaseOrderNumber: 'PO-7781',
    status: 'cancelled',
    currency: 'USD',
    shipTo: {
      name: 'Acme Hardware — Store 112',
      line1: '2400 Elm St',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75226',
      country: 'US',
    },
    lines: [
      {
        lineNumber: 1,
        sku: 'HXB-004',
        quantity: 600,
        uom: 'EA',
        baseQuantity: 600,
        unitPrice: '0.1900',
        lineTotal: '114.00',
        priceRule: 'price-list:PL-ACME-2026 break>=500 EA',
        reservations: [],
        shippedQuantity: 0,
      },
    ],
    subtotal: '114.00',
    createdAt: '2026-11-27T15:04:00.000Z',
    updatedAt: '2026-11-27T16:20:00.000Z',
  })
  @Post('{salesOrderId}/cancel')
  @Response<ProblemDetails>(404, 'No such sales order', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'The order has shipped goods', undefined, 'application/problem+json')
  public async cancelSalesOrder(
    @Path() salesOrderId: string,
    @Body() request: CancelSalesOrderRequest,
  ): Promise<ErpSalesOrder> {
    return this.services.erp.salesOrders.cancel(salesOrderId, request.reason, currentWriteActor());
  }
}
