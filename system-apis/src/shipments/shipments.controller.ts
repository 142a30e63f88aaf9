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
  CreateShipmentRequest,
  ShipmentMilestoneRequest,
} from '@crossdock/shared-contracts/contracts/api/system-shipments';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import type { SystemServices } from '../system-services';
import { currentWriteActor } from '../write-actor';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';
import { DELIVERED_SHIPMENT, SHIPMENT_PAGE, SHIPPED_SHIPMENT } from './shipment-examples';

@Route('shipments')
@Tags('Shipments')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class ShipmentsController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Creates a shipment for order lines from one warehouse. Never more than was ordered and not yet shipped.
   * @summary Create a shipment
   */
  @Example<Shipment>({
    id: 'SH-000007',
    orderId: 'SO-000042',
    warehouseId: 'WH-DAL',
    carrier: 'UPS',
    lines: [{ orderLineNumber: 1, sku: 'HXB-004', quantity: 600, uom: 'EA' }],
    milestones: {},
  })
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<ProblemDetails>(404, 'No such sales order or warehouse', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(409, 'The order is cancelled', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(422, 'More than is left to ship (OVER_SHIPMENT)', undefined, PROBLEM_JSON)
  public async createShipment(@Body() shipment: CreateShipmentRequest): Promise<Shipment> {
    this.setStatus(201);
    return this.services.erp.shipments.create(shipment, currentWriteActor());
  }

  /**
   * One shipment with its lines, warehouse, carrier, tracking number and milestones.
   * @summary Get a shipment
   */
  @Example<Shipment>(SHIPPED_SHIPMENT)
  @Get('{shipmentId}')
  @Response<ProblemDetails>(404, 'No such shipment', undefined, PROBLEM_JSON)
  public async getShipment(@Path() shipmentId: string): Promise<Shipment> {
    const shipment = await this.services.erp.shipments.get(shipmentId);
    if (!shipment) throw new NotFoundError(`Shipment ${shipmentId} does not exist.`);
    return shipment;
  }

  /**
   * Shipments, oldest first.
   * @summary List shipments
   * @param salesOrderId Only this order's shipments, e.g. SO-000042.
   * @param customerId Only shipments of this customer's orders.
   * @param status created, picked, packed, shipped or delivered: the last milestone reached.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<Page<Shipment>>(SHIPMENT_PAGE)
  @Get()
  public async listShipments(
    @Query() salesOrderId?: string,
    @Query() customerId?: string,
    @Query() status?: 'created' | 'picked' | 'packed' | 'shipped' | 'delivered',
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<Shipment>> {
    return this.services.erp.shipments.list({ salesOrderId, customerId, status, cursor, limit });
  }

  /**
   * Records picked, packed, shipped (the stock leaves, with the tracking number) or delivered, in that order.
   * @summary Record a shipment milestone
   */
  @Example<Shipment>(DELIVERED_SHIPMENT)
  @Post('{shipmentId}/milestones')
  @Response<ProblemDetails>(404, 'No such shipment', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(409, 'A milestone out of order', undefined, PROBLEM_JSON)
  public async recordMilestone(
    @Path() shipmentId: string,
    @Body() milestone: ShipmentMilestoneRequest,
  ): Promise<Shipment> {
    return this.services.erp.shipments.recordMilestone(shipmentId, milestone, currentWriteActor());
  }
}
