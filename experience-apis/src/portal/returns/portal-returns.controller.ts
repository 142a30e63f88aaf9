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
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { ReturnStatus } from '@crossdock/shared-contracts/contracts/model/return';
import type { PortalReturn, PortalReturnPage, PortalReturnRequest } from './portal-return';
import {
  getPortalReturn,
  listPortalReturns,
  requestPortalReturn,
  type PortalReturnDeps,
} from './portal-returns.service';

const AUTHORISED: PortalReturn = {
  returnId: '0b6f7c1e-4a52-4d0e-9a83-2f1c5d7e9a10',
  rmaNumber: 'RMA-000001',
  orderId: '5e2a9d4c-8f31-4b6a-a0c7-71d3e6b2f845',
  status: 'authorised',
  statusText: 'Your return is approved: send the goods back quoting the RMA number.',
  reason: 'DAMAGED',
  lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 100 }],
};

@Route('portal/v1/returns')
@Tags('Portal')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is not customer-scoped',
  undefined,
  'application/problem+json',
)
export class PortalReturnsController extends Controller {
  constructor(private readonly services: PortalReturnDeps) {
    super();
  }

  /**
   * Asks to return goods from one of the customer's orders, under the return rules: authorised at
   * once (with the RMA number) within the return window for returnable goods, otherwise requested
   * and reviewed by our team.
   * @summary Ask to return goods
   */
  @Example<PortalReturn>(AUTHORISED)
  @Post()
  @SuccessResponse(201, 'Requested')
  @Response<ProblemDetails>(404, 'No such order for this customer', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'The order has not been confirmed yet', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    422,
    'More than was shipped less what was returned (RETURN_EXCEEDS_SHIPPED), or an item not on the order (NOT_ON_ORDER)',
    undefined,
    'application/problem+json',
  )
  public async requestReturn(@Body() request: PortalReturnRequest): Promise<PortalReturn> {
    const requested = await requestPortalReturn(this.services, requirePrincipal(), request);
    this.setStatus(201);
    this.setHeader('Location', `/experience/portal/v1/returns/${requested.returnId}`);
    return requested;
  }

  /**
   * The customer's returns, newest first.
   * @summary List my returns
   * @param status requested, authorised, received, credited or rejected.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<PortalReturnPage>({ items: [AUTHORISED] })
  @Get()
  public async listReturns(
    @Query() status?: ReturnStatus,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<PortalReturnPage> {
    return listPortalReturns(this.services, requirePrincipal(), { status, cursor, limit });
  }

  /**
   * One of the customer's returns.
   * @summary Get one of my returns
   */
  @Example<PortalReturn>(AUTHORISED)
  @Get('{returnId}')
  @Response<ProblemDetails>(404, 'No such return for this customer', undefined, 'application/problem+json')
  public async getReturn(@Path() returnId: string): Promise<PortalReturn> {
    return getPortalReturn(this.services, requirePrincipal(), returnId);
  }
}
