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
  CreateShipmentRequest,
  ShipmentMilestoneRequest,
} from '@crossdock/shared-contracts/contracts/system-shipments';
import { NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { Shipment } from '@crossdock/shared-contracts/model/shipment';
import type { SystemServices } from '../system-services';
import { currentWriteActor } from '../write-actor';

@Route('shipments')
@Tags('Shipments')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
@Response<ProblemDetails>(503, 'The ERP cannot be reached; try again later', undefined, 'application/problem+json')
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
  @Response<ProblemDetails>(404, 'No such sales order or warehouse', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'The order is cancelled', undefined, 'application/problem+json')
  @Response<ProblemDetails>(422, 'More than is left to ship (OVER_SHIPMENT)', undefined, 'application/problem+json')
  public async createShipment(@Body() shipment: CreateShipmentRequest): Promise<Shipment> {
    this.setStatus(201);
    return this.services.erp.shipments.create(shipment, currentWriteActor());
  }

  /**
   * One shipment with its lines, warehouse, carrier, tracking number and milestones.
   * @summary Get a shipment
   */
  @Example<Shipment>({
    id: 'SH-000007',
    orderId: 'SO-000042',
    warehouseId: 'WH-DAL',
    carrier: 'UPS',
    trackingNumber: '1Z999AA10123456784',
    lines: [{ orderLineNumber: 1, sku: 'HXB-004', quantity: 600, uom: 'EA' }],
    milestones: {
      pickedAt: '2026-11-28T09:10:00.000Z',
      packedAt: '2026-11-28T10:02:00.000Z',
      shippedAt: '2026-11-28T16:45:00.000Z',
    },
  })
  @Get('{shipmentId}')
  @Response<ProblemDetails>(404, 'No such shipment', undefined, 'application/problem+json')
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
  @Example<Page<Shipment>>({
    items: [
      {
        id: 'SH-000007',
        orderId: 'SO-000042',
        warehouseId: 'WH-DAL',
        carrier: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        lines: [{ orderLineNumber: 1, sku: 'HXB-004', quantity: 600, uom: 'EA' }],
        milestones: {
          pickedAt: '2026-11-28T09:10:00.000Z',
          packedAt: '2026-11-28T10:02:00.000Z',
          shippedAt: '2026-11-28T16:45:00.000Z',
        },
      },
    ],
    nextCursor: 'U0gtMDAwMDA3',
  })
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
  @Example<Shipment>({
    id: 'SH-000007',
    orderId: 'SO-000042',
    warehouseId: 'WH-DAL',
    carrier: 'UPS',
    trackingNumber: '1Z999AA10123456784',
    lines: [{ orderLineNumber: 1, sku: 'HXB-004', quantity: 600, uom: 'EA' }],
    milestones: {
      pickedAt: '2026-11-28T09:10:00.000Z',
      packedAt: '2026-11-28T10:02:00.000Z',
      shippedAt: '2026-11-28T16:45:00.000Z',
      deliveredAt: '2026-11-30T13:20:00.000Z',
    },
  })
  @Post('{shipmentId}/milestones')
  @Response<ProblemDetails>(404, 'No such shipment', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'A milestone out of order', undefined, 'application/problem+json')
  public async recordMilestone(
    @Path() shipmentId: string,
    @Body() milestone: ShipmentMilestoneRequest,
  ): Promise<Shipment> {
    return this.services.erp.shipments.recordMilestone(shipmentId, milestone, currentWriteActor());
  }
}
