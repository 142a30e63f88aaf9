import { Body, Controller, Example, Get, Header, Path, Post, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type {
  OverrideHoldRequest,
  ProcessHold,
  RejectHoldRequest,
  ReleaseHoldRequest,
} from '@crossdock/shared-contracts/contracts/process-holds';
import type {
  BulkReleaseHoldsRequest,
  BulkReleaseHoldsResult,
  WorkQueueTab,
} from '@crossdock/shared-contracts/contracts/process-work-queue';
import { requirePrincipal } from '@crossdock/shared-contracts/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { HoldStatus } from '@crossdock/shared-contracts/model/hold';
import type { SalesChannel } from '@crossdock/shared-contracts/model/sales-order';
import { waitFromPrefer } from '../orders/prefer-wait';
import type { ProcessServices } from '../process-services';
import { releaseHolds } from './bulk-release';
import { getHold, listHolds } from './list-holds';
import { rejectHold } from './reject-hold';
import { overrideHold, releaseHold } from './release-hold';

const EXAMPLE_HOLD: ProcessHold = {
  id: '0b6f1c9e-4d3a-4e57-9a51-2f7c2b8d1e40',
  orderId: '5b0877b9-87fb-4a2d-ab2d-2b7091f04a6e',
  customerId: 'C-1001',
  orderStatus: 'HELD',
  reasonCode: 'UNKNOWN_ITEM',
  detail: 'Item HX-9999 is not known to the ERP.',
  step: 'validate',
  status: 'open',
  createdAt: '2026-11-27T15:04:00.000Z',
};

/**
 * The hold queue: orders stopped for a business problem (a reason code), waiting for a person to
 * release them (the cause was fixed), override them (let through as they are) or reject them.
 */
@Route('holds')
@Tags('Holds')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is customer-scoped and tries to resolve a hold',
  undefined,
  'application/problem+json',
)
export class HoldsController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Holds, newest first, filtered by everything given (all holds when nothing is): the work queue's
   * hold tabs (`open`: waiting for a person; `retrying`: released or overridden, the order back on
   * the pipeline; `resolved`: the rest), by channel, partner, reason, customer, age and text.
   * @summary List holds
   * @param status open, released, overridden or rejected.
   * @param reasonCode e.g. UNKNOWN_ITEM, CREDIT_LIMIT, PRICE_MISMATCH.
   * @param partnerId The trading partner whose document the order came in.
   * @param olderThan Only holds created before this instant (ISO 8601).
   * @param minAgeMinutes Only holds at least this many minutes old.
   * @param q Text in the order's source order id, PO number or customer id, or in the hold's detail; an order id whole.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   * @isInt minAgeMinutes
   * @minimum minAgeMinutes 0
   * @maxLength q 200
   */
  @Get()
  public async listHolds(
    @Query() status?: HoldStatus,
    @Query() reasonCode?: string,
    @Query() customerId?: string,
    @Query() orderId?: string,
    @Query() tab?: WorkQueueTab,
    @Query() channel?: SalesChannel,
    @Query() partnerId?: string,
    @Query() olderThan?: Date,
    @Query() minAgeMinutes?: number,
    @Query() q?: string,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<ProcessHold>> {
    const filter = { status, reasonCode, customerId, orderId, tab, channel, partnerId, olderThan, minAgeMinutes, q };
    return listHolds(this.services.db, requirePrincipal(), { ...filter, cursor, limit }, this.services.clock.now());
  }

  /**
   * Releases every open hold that matches the filter (the cause was fixed for all of them: the items
   * created, the ERP customer taken off credit hold), oldest first, up to 500 per request (`more`
   * says when others are left); each order resumes like on a single release. With `dryRun: true`,
   * only counts them and shows the first ten; to act, a `comment` is required. Those that cannot be
   * released now are listed with why; the rest go on. Each release and the bulk action itself go on
   * the audit trail; asking again releases nothing twice.
   * @summary Release matching holds
   */
  @Post('release')
  public async releaseHolds(@Body() request: BulkReleaseHoldsRequest): Promise<BulkReleaseHoldsResult> {
    return releaseHolds(this.services, requirePrincipal(), request);
  }

  /**
   * One hold.
   * @summary Get a hold
   */
  @Example<ProcessHold>(EXAMPLE_HOLD)
  @Get('{holdId}')
  @Response<ProblemDetails>(404, 'No such hold (or not one this caller may see)', undefined, 'application/problem+json')
  public async getHold(@Path() holdId: string): Promise<ProcessHold> {
    return getHold(this.services.db, requirePrincipal(), holdId);
  }

  /**
   * The cause was fixed: the hold is released and, when the order has no other open hold, the order
   * resumes at the step that stopped it. An ADDRESS_INCOMPLETE hold may be released with the
   * complete `shipTo` the order goes to (400 when it is incomplete too, 409 for another hold). Send `Prefer: wait=<seconds>` to wait for the order to
   * settle again (`orderStatus` then says how it went).
   * @summary Release a hold
   * @param prefer `wait=5` to wait up to five seconds for the resumed order's outcome.
   */
  @Post('{holdId}/release')
  @Response<ProblemDetails>(404, 'No such hold', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'The hold was resolved already', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    503,
    'The ERP cannot be reached to prepare the order; try again later',
    undefined,
    'application/problem+json',
  )
  public async releaseHold(
    @Path() holdId: string,
    @Body() request?: ReleaseHoldRequest,
    @Header('Prefer') prefer?: string,
  ): Promise<ProcessHold> {
    const waitMs = this.preferredWait(prefer);
    return releaseHold(this.services, requirePrincipal(), holdId, request?.note, waitMs, request?.shipTo);
  }

  /**
   * Lets the order through as it is: the hold is overridden with the reason given, the pipeline no
   * longer stops this order for the hold's reason code, and the order resumes like on release. For
   * CREDIT_LIMIT, PRICE_MISMATCH and INSUFFICIENT_STOCK, which a person can judge; the others (an
   * unknown item, a customer on hold, ...) are fixed and released, or rejected (409 here).
   * @summary Override a hold
   * @param prefer `wait=5` to wait up to five seconds for the resumed order's outcome.
   */
  @Post('{holdId}/override')
  @Response<ProblemDetails>(404, 'No such hold', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    409,
    'The hold was resolved already, or its reason cannot be overridden',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    503,
    'The ERP cannot be reached to prepare the order; try again later',
    undefined,
    'application/problem+json',
  )
  public async overrideHold(
    @Path() holdId: string,
    @Body() request: OverrideHoldRequest,
    @Header('Prefer') prefer?: string,
  ): Promise<ProcessHold> {
    const waitMs = this.preferredWait(prefer);
    return overrideHold(this.services, requirePrincipal(), holdId, request.reason, waitMs);
  }

  /**
   * Rejects the held order: it becomes REJECTED, every open hold of it is rejected, and stock it held is released.
   * @summary Reject a held order
   */
  @Post('{holdId}/reject')
  @Response<ProblemDetails>(404, 'No such hold', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'The hold was resolved already', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    503,
    'The ERP cannot be reached to release stock; try again later',
    undefined,
    'application/problem+json',
  )
  public async rejectHold(@Path() holdId: string, @Body() request: RejectHoldRequest): Promise<ProcessHold> {
    return rejectHold(this.services, requirePrincipal(), holdId, request.reason);
  }

  private preferredWait(prefer: string | undefined): number {
    const waitMs = waitFromPrefer(prefer);
    if (waitMs > 0) this.setHeader('Preference-Applied', `wait=${waitMs / 1000}`);
    return waitMs;
  }
}
