import { Body, Controller, Get, Path, Post, Query, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type {
  ProcessShipment,
  ReportMilestoneRequest,
  ReportShipmentRequest,
} from '@crossdock/shared-contracts/contracts/api/process-shipments';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { shippedLinesColumn } from '../fulfilment/order-progress';
import type { OrderShipment } from '../generated/prisma/client';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { createShipment, recordMilestone } from './record-shipment';

/** Shipments coming back from the warehouses: checked against the order's plan, recorded in the ERP, published as events. */
@Route('shipments')
@Tags('Shipments and invoices')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope, or is customer-scoped',
  undefined,
  'application/problem+json',
)
export class ShipmentsController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * A shipment of an order from one warehouse (NOT_PLANNED_WAREHOUSE or OVER_SHIPMENT when the plan says no).
   * @summary Report a shipment of an order
   */
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<ProblemDetails>(404, 'No such order', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    409,
    'The order is not submitted, or not shippable any more',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    422,
    'The plan does not allow it (reasonCode NOT_PLANNED_WAREHOUSE or OVER_SHIPMENT)',
    undefined,
    'application/problem+json',
  )
  public async reportShipment(@Body() body: ReportShipmentRequest): Promise<ProcessShipment> {
    const shipment = await createShipment(this.services, requirePrincipal(), body);
    this.setStatus(201);
    return shipmentView(shipment);
  }

  /**
   * picked, packed, shipped (with the tracking number), delivered — in that order, each once.
   * @summary Report a shipment milestone
   */
  @Post('{shipmentId}/milestones')
  @Response<ProblemDetails>(404, 'No such shipment', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    409,
    'The milestone is out of order or recorded already',
    undefined,
    'application/problem+json',
  )
  public async reportMilestone(
    @Path() shipmentId: string,
    @Body() body: ReportMilestoneRequest,
  ): Promise<ProcessShipment> {
    return shipmentView(await recordMilestone(this.services, requirePrincipal(), shipmentId, body));
  }

  /**
   * One shipment of an order, with its lines, carrier, tracking and milestones.
   * @summary Get a shipment
   */
  @Get('{shipmentId}')
  @Response<ProblemDetails>(404, 'No such shipment', undefined, 'application/problem+json')
  public async getShipment(@Path() shipmentId: string): Promise<ProcessShipment> {
    requireOperator(requirePrincipal(), 'see shipments');
    const shipment = await this.services.db.orderShipment.findUnique({ where: { id: shipmentId } });
    if (!shipment) throw new NotFoundError(`No shipment ${shipmentId}.`);
    return shipmentView(shipment);
  }

  /**
   * The shipments of an order, oldest first.
   * @summary List an order's shipments
   */
  @Get()
  public async listShipments(@Query() orderId: string): Promise<ProcessShipment[]> {
    requireOperator(requirePrincipal(), 'see shipments');
    return (await this.services.db.orderShipment.findMany({ where: { orderId }, orderBy: { createdAt: 'asc' } })).map(
      shipmentView,
    );
  }
}

function shipmentView(row: OrderShipment): ProcessShipment {
  return {
    id: row.id,
    orderId: row.orderId,
    warehouseId: row.warehouseId,
    carrier: row.carrier,
    ...(row.trackingNumber ? { trackingNumber: row.trackingNumber } : {}),
    lines: shippedLinesColumn.read(row.lines),
    milestone: row.milestone,
    ...(row.shippedAt ? { shippedAt: row.shippedAt.toISOString() } : {}),
    ...(row.deliveredAt ? { deliveredAt: row.deliveredAt.toISOString() } : {}),
    ...(row.invoiceId ? { invoiceId: row.invoiceId } : {}),
  };
}
