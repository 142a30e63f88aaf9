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
  CreditMemo,
  ReceiveReturnRequest,
  RequestReturnRequest,
} from '@crossdock/shared-contracts/contracts/api/system-returns';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { ReturnAuthorisation } from '@crossdock/shared-contracts/contracts/model/return';
import type { SystemServices } from '../system-services';
import { currentWriteActor } from '../write-actor';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';

/** Why a return was turned down. */
export interface RejectReturnRequest {
  /** @minLength 3 */
  reason: string;
}

@Route('returns')
@Tags('Returns')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(404, 'No such return (or order)', undefined, PROBLEM_JSON)
@Response<ProblemDetails>(409, 'The return is not in a state that allows this', undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class ReturnsController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Opens a return (RMA) for goods shipped on one of the customer's orders.
   * @summary Open a return (RMA)
   */
  @Example<ReturnAuthorisation>({
    id: 'RMA-000001',
    customerId: 'C-1001',
    orderId: 'SO-000042',
    reason: 'DAMAGED',
    note: 'Box crushed in transit; bolts bent',
    status: 'requested',
    lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 100, uom: 'EA' }],
    requestedAt: '2026-12-02T11:00:00.000Z',
    updatedAt: '2026-12-02T11:00:00.000Z',
  })
  @Post()
  @SuccessResponse(201, 'Requested')
  @Response<ProblemDetails>(422, 'More than was shipped less what was returned (OVER_RETURN)', undefined, PROBLEM_JSON)
  public async requestReturn(@Body() request: RequestReturnRequest): Promise<ReturnAuthorisation> {
    this.setStatus(201);
    return this.services.erp.returns.request(request, currentWriteActor());
  }

  /**
   * One return (RMA) with its lines and where it stands.
   * @summary Get a return
   */
  @Example<ReturnAuthorisation>({
    id: 'RMA-000001',
    customerId: 'C-1001',
    orderId: 'SO-000042',
    reason: 'DAMAGED',
    status: 'received',
    lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 100, uom: 'EA', disposition: 'restock', receivedQuantity: 100 }],
    requestedAt: '2026-12-02T11:00:00.000Z',
    updatedAt: '2026-12-04T08:30:00.000Z',
  })
  @Get('{returnId}')
  public async getReturn(@Path() returnId: string): Promise<ReturnAuthorisation> {
    const found = await this.services.erp.returns.get(returnId);
    if (!found) throw new NotFoundError(`Return ${returnId} does not exist.`);
    return found;
  }

  /**
   * Returns, newest first.
   * @summary List returns
   * @param status requested, authorised, received, credited or rejected.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<Page<ReturnAuthorisation>>({
    items: [
      {
        id: 'RMA-000001',
        customerId: 'C-1001',
        orderId: 'SO-000042',
        reason: 'DAMAGED',
        status: 'received',
        lines: [
          { lineNumber: 1, sku: 'HXB-004', quantity: 100, uom: 'EA', disposition: 'restock', receivedQuantity: 100 },
        ],
        requestedAt: '2026-12-02T11:00:00.000Z',
        updatedAt: '2026-12-04T08:30:00.000Z',
      },
    ],
    nextCursor: 'Uk1BLTAwMDAwMQ',
  })
  @Get()
  public async listReturns(
    @Query() customerId?: string,
    @Query() status?: string,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<ReturnAuthorisation>> {
    return this.services.erp.returns.list({ customerId, status, cursor, limit });
  }

  /**
   * Authorises a requested return: the customer may send the goods back.
   * @summary Authorise a return
   */
  @Example<ReturnAuthorisation>({
    id: 'RMA-000001',
    customerId: 'C-1001',
    orderId: 'SO-000042',
    reason: 'DAMAGED',
    note: 'Box crushed in transit; bolts bent',
    status: 'authorised',
    lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 100, uom: 'EA' }],
    requestedAt: '2026-12-02T11:00:00.000Z',
    updatedAt: '2026-12-02T15:40:00.000Z',
  })
  @Post('{returnId}/authorise')
  public async authoriseReturn(@Path() returnId: string): Promise<ReturnAuthorisation> {
    return this.services.erp.returns.authorise(returnId, currentWriteActor());
  }

  /**
   * Turns a requested return down, with the reason.
   * @summary Reject a return
   */
  @Example<ReturnAuthorisation>({
    id: 'RMA-000001',
    customerId: 'C-1001',
    orderId: 'SO-000042',
    reason: 'DAMAGED',
    note: 'Outside the 30-day return window',
    status: 'rejected',
    lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 100, uom: 'EA' }],
    requestedAt: '2026-12-02T11:00:00.000Z',
    updatedAt: '2026-12-02T15:40:00.000Z',
  })
  @Post('{returnId}/reject')
  public async rejectReturn(
    @Path() returnId: string,
    @Body() request: RejectReturnRequest,
  ): Promise<ReturnAuthorisation> {
    return this.services.erp.returns.reject(returnId, request.reason, currentWriteActor());
  }

  /**
   * Receives returned goods into a warehouse: restocked lines go back on hand, scrapped ones do not.
   * @summary Receive returned goods
   */
  @Example<ReturnAuthorisation>({
    id: 'RMA-000001',
    customerId: 'C-1001',
    orderId: 'SO-000042',
    reason: 'DAMAGED',
    note: 'Box crushed in transit; bolts bent',
    status: 'received',
    lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 100, uom: 'EA', disposition: 'restock', receivedQuantity: 100 }],
    requestedAt: '2026-12-02T11:00:00.000Z',
    updatedAt: '2026-12-04T08:30:00.000Z',
  })
  @Post('{returnId}/receive')
  public async receiveReturn(
    @Path() returnId: string,
    @Body() request: ReceiveReturnRequest,
  ): Promise<ReturnAuthorisation> {
    return this.services.erp.returns.receive(returnId, request, currentWriteActor());
  }

  /**
   * Issues the credit memo for what was received. Once: asking again answers the same memo.
   * @summary Credit a return
   */
  @Example<CreditMemo>({
    id: 'CM-000001',
    returnId: 'RMA-000001',
    customerId: 'C-1001',
    currency: 'USD',
    amount: '19.00',
    issuedAt: '2026-12-04T09:00:00.000Z',
  })
  @Post('{returnId}/credit')
  public async creditReturn(@Path() returnId: string): Promise<CreditMemo> {
    return this.services.erp.returns.credit(returnId, currentWriteActor());
  }
}
