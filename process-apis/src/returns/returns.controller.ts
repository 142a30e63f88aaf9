import { Body, Controller, Get, Path, Post, Query, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type {
  OrderReturnStatus,
  ProcessReturn,
  ReceiveOrderReturn,
  RequestOrderReturn,
} from '@crossdock/shared-contracts/contracts/api/process-returns';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requiredText } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { listReturns } from './list-returns';
import { authoriseReturn, creditReturn, receiveReturn, rejectReturn } from './order-returns';
import { requestReturn } from './request-return';
import { returnView } from './return-view';

/** Returns of shipped goods: authorised by the rules or reviewed, received (restock or scrap), credited through the ERP. */
@Route('returns')
@Tags('Returns')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope, or is customer-scoped where staff must act',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(404, 'No such order or return', undefined, 'application/problem+json')
export class ReturnsController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Asks to return shipped lines (RETURN_EXCEEDS_SHIPPED when more than shipped and not yet returned).
   * @summary Request a return
   */
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<ProblemDetails>(422, 'More than was shipped and not yet returned', undefined, 'application/problem+json')
  public async requestReturn(@Body() body: RequestOrderReturn): Promise<ProcessReturn> {
    const created = await requestReturn(this.services, requirePrincipal(), body);
    this.setStatus(201);
    return created;
  }

  /**
   * Returns, newest first, filtered by everything given. A customer-scoped caller sees only its own.
   * @summary List returns
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Get()
  public async listReturns(
    @Query() customerId?: string,
    @Query() orderId?: string,
    @Query() status?: OrderReturnStatus,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<ProcessReturn>> {
    return listReturns(this.services.db, requirePrincipal(), { customerId, orderId, status, cursor, limit });
  }

  /**
   * One return. A customer-scoped caller sees only its own.
   * @summary Get a return
   */
  @Get('{returnId}')
  public async getReturn(@Path() returnId: string): Promise<ProcessReturn> {
    const principal = requirePrincipal();
    const row = await this.services.db.orderReturn.findUnique({ where: { id: returnId } });
    if (!row || (principal.customerId && principal.customerId !== row.customerId))
      throw new NotFoundError(`No return ${returnId}.`);
    return returnView(row);
  }

  /**
   * A person authorises a return that went to review.
   * @summary Authorise a return in review
   */
  @Post('{returnId}/authorise')
  @Response<ProblemDetails>(409, 'The return is not waiting for review', undefined, 'application/problem+json')
  public async authoriseReturn(@Path() returnId: string): Promise<ProcessReturn> {
    return authoriseReturn(this.services, requirePrincipal(), returnId);
  }

  /**
   * A person refuses a return that went to review.
   * @summary Reject a return in review
   */
  @Post('{returnId}/reject')
  @Response<ProblemDetails>(409, 'The return is not waiting for review', undefined, 'application/problem+json')
  public async rejectReturn(@Path() returnId: string, @Body() body: { reason: string }): Promise<ProcessReturn> {
    return rejectReturn(this.services, requirePrincipal(), returnId, requiredText(body.reason, 'reason'));
  }

  /**
   * The goods of an authorised return came back: restocked to a warehouse (stock rises, `inventory.changed` follows) or scrapped, line by line.
   * @summary Receive returned goods
   */
  @Post('{returnId}/receive')
  @Response<ProblemDetails>(
    409,
    'The return is not authorised (or received already)',
    undefined,
    'application/problem+json',
  )
  public async receiveReturn(@Path() returnId: string, @Body() body: ReceiveOrderReturn): Promise<ProcessReturn> {
    return receiveReturn(this.services, requirePrincipal(), returnId, body);
  }

  /**
   * Issues the credit memo for a received return through the ERP; the return becomes credited.
   * @summary Credit a received return
   */
  @Post('{returnId}/credit')
  @Response<ProblemDetails>(
    409,
    'The return is not received (or credited already)',
    undefined,
    'application/problem+json',
  )
  public async creditReturn(@Path() returnId: string): Promise<ProcessReturn> {
    return creditReturn(this.services, requirePrincipal(), returnId);
  }
}
