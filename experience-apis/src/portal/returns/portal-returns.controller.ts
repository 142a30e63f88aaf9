import { Body, Controller, Example, Get, Path, Post, Query, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { ReturnStatus } from '@crossdock/shared-contracts/model/return';
import type { PortalReturn, PortalReturnPage, PortalReturnRequest } from './portal-return';
import { getPortalReturn, listPortalReturns, requestPortalReturn, type PortalReturnDeps } from './portal-returns.service';

const REQUESTED: PortalReturn = {
  returnId: 'RMA-000001',
  orderNumber: 'SO-000042',
  status: 'requested',
  statusText: 'We have your return request and will confirm it shortly.',
  reason: 'DAMAGED',
  note: 'Box crushed in transit; bolts bent',
  lines: [{ sku: 'HXB-004', quantity: 100, uom: 'EA' }],
  requestedAt: '2026-12-02T11:00:00.000Z',
  updatedAt: '2026-12-02T11:00:00.000Z',
};

@Route('portal/v1/returns')
@Tags('Portal')
@Response<ProblemDetails>(400, 'The request is not valid (the problem lists the fields at fault)', undefined, 'application/problem+json')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs, or is not customer-scoped', undefined, 'application/problem+json')
export class PortalReturnsController extends Controller {
  constructor(private readonly services: PortalReturnDeps) {
    super();
  }

  /** Asks to return goods from one of the customer's orders; the answer carries the RMA number. */
  @Example<PortalReturn>(REQUESTED)
  @Post()
  @SuccessResponse(201, 'Requested')
  @Response<ProblemDetails>(404, 'No such order for this customer', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'The order has not been confirmed yet', undefined, 'application/problem+json')
  @Response<ProblemDetails>(422, 'More than was shipped less what was returned (OVER_RETURN), or an item not on the order', undefined, 'application/problem+json')
  public async requestReturn(@Body() request: PortalReturnRequest): Promise<PortalReturn> {
    const requested = await requestPortalReturn(this.services, requirePrincipal(), request);
    this.setStatus(201);
    this.setHeader('Location', `/experience/portal/v1/returns/${requested.returnId}`);
    return requested;
  }

  /**
   * The customer's returns, newest first.
   * @param status requested, authorised, received, credited or rejected.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<PortalReturnPage>({ items: [REQUESTED] })
  @Get()
  public async listReturns(@Query() status?: ReturnStatus, @Query() cursor?: string, @Query() limit?: number): Promise<PortalReturnPage> {
    return listPortalReturns(this.services, requirePrincipal(), { status, cursor, limit });
  }

  /** One of the customer's returns. */
  @Example<PortalReturn>(REQUESTED)
  @Get('{returnId}')
  @Response<ProblemDetails>(404, 'No such return for this customer', undefined, 'application/problem+json')
  public async getReturn(@Path() returnId: string): Promise<PortalReturn> {
    return getPortalReturn(this.services, requirePrincipal(), returnId);
  }
}
