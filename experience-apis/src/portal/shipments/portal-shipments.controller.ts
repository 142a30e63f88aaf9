import { Controller, Example, Get, Path, Query, Response, Route, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { SHIPPED_SHIPMENT } from '../orders/portal-order-examples';
import type { PortalShipment, PortalShipmentPage } from './portal-shipment';
import { getPortalShipment, listPortalShipments, type PortalShipmentDeps } from './portal-shipments.service';

@Route('portal/v1/shipments')
@Tags('Portal')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is not customer-scoped',
  undefined,
  'application/problem+json',
)
export class PortalShipmentsController extends Controller {
  constructor(private readonly services: PortalShipmentDeps) {
    super();
  }

  /**
   * The customer's shipments, oldest first, with carrier and tracking.
   * @summary List my shipments
   * @param status created, picked, packed, shipped or delivered: the last milestone reached.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<PortalShipmentPage>({ items: [SHIPPED_SHIPMENT] })
  @Get()
  public async listShipments(
    @Query() status?: 'created' | 'picked' | 'packed' | 'shipped' | 'delivered',
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<PortalShipmentPage> {
    return listPortalShipments(this.services, requirePrincipal(), { status, cursor, limit });
  }

  /**
   * One of the customer's shipments.
   * @summary Get one of my shipments
   */
  @Example<PortalShipment>(SHIPPED_SHIPMENT)
  @Get('{shipmentId}')
  @Response<ProblemDetails>(404, 'No such shipment for this customer', undefined, 'application/problem+json')
  public async getShipment(@Path() shipmentId: string): Promise<PortalShipment> {
    return getPortalShipment(this.services, requirePrincipal(), shipmentId);
  }
}
