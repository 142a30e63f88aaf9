import { Body, Controller, Example, Get, Header, Path, Post, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type {
  ProcessDeadLetter,
  ReplayDeadLetterRequest,
  ReplayDeadLettersRequest,
  ReplayDeadLettersResult,
} from '@crossdock/shared-contracts/contracts/process-dead-letters';
import type { WorkQueueTab } from '@crossdock/shared-contracts/contracts/process-work-queue';
import { requirePrincipal } from '@crossdock/shared-contracts/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { SalesChannel } from '@crossdock/shared-contracts/model/sales-order';
import { waitFromPrefer } from '../orders/prefer-wait';
import type { ProcessServices } from '../process-services';
import { getDeadLetter, listDeadLetters } from './list-dead-letters';
import { replayDeadLetter, replayDeadLetters } from './replay-dead-letters';

const EXAMPLE_DEAD_LETTER: ProcessDeadLetter = {
  id: '9d3a5c1e-7b42-4f0e-8a6d-1c2e3f4a5b6c',
  orderId: '5b0877b9-87fb-4a2d-ab2d-2b7091f04a6e',
  customerId: 'C-1001',
  orderStatus: 'FAILED',
  step: 'submit',
  lastError: 'The ERP is down during salesOrders.create.',
  attempts: 6,
  createdAt: '2026-11-27T15:04:00.000Z',
};

/**
 * The dead-letter queue: orders whose technical failures (ERP down, timeouts) outlasted their
 * retries. Once the cause is fixed they are replayed, one by one or all that match a filter.
 * Business problems never land here: they are holds.
 */
@Route('dead-letters')
@Tags('Dead letters')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is customer-scoped and tries to replay',
  undefined,
  'application/problem+json',
)
export class DeadLettersController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Dead letters, newest first, filtered by everything given (all when nothing is): the work queue's
   * dead-letter tabs (`open`: waiting for a replay; `retrying`: replayed, the order back on the
   * pipeline; `resolved`: the rest), by channel, partner, customer, age and text.
   * @summary List dead letters
   * @param step The step that kept failing: validate, enrich, credit, plan, reserve or submit.
   * @param replayed false for those still waiting for a replay, true for those replayed.
   * @param partnerId The trading partner whose document the order came in.
   * @param olderThan Only those created before this instant (ISO 8601).
   * @param minAgeMinutes Only those at least this many minutes old.
   * @param q Text in the order's source order id, PO number or customer id, or in the last error; an order id whole.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   * @isInt minAgeMinutes
   * @minimum minAgeMinutes 0
   * @maxLength q 200
   */
  @Get()
  public async listDeadLetters(
    @Query() step?: string,
    @Query() orderId?: string,
    @Query() customerId?: string,
    @Query() replayed?: boolean,
    @Query() tab?: WorkQueueTab,
    @Query() q?: string,
    @Query() channel?: SalesChannel,
    @Query() partnerId?: string,
    @Query() minAgeMinutes?: number,
    @Query() olderThan?: Date,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<ProcessDeadLetter>> {
    return listDeadLetters(
      this.services.db,
      requirePrincipal(),
      { step, orderId, customerId, replayed, tab, channel, partnerId, olderThan, minAgeMinutes, q, cursor, limit },
      this.services.clock.now(),
    );
  }

  /**
   * One dead letter.
   * @summary Get a dead letter
   */
  @Example<ProcessDeadLetter>(EXAMPLE_DEAD_LETTER)
  @Get('{deadLetterId}')
  @Response<ProblemDetails>(
    404,
    'No such dead letter (or not one this caller may see)',
    undefined,
    'application/problem+json',
  )
  public async getDeadLetter(@Path() deadLetterId: string): Promise<ProcessDeadLetter> {
    return getDeadLetter(this.services.db, requirePrincipal(), deadLetterId);
  }

  /**
   * Replays every dead letter not yet replayed that matches the filter (every one, for an empty
   * filter) and whose order is still FAILED, oldest first, up to 500 per request (`more` says when
   * others are left). Those that cannot be replayed now are listed with why; the rest go on. With
   * `dryRun: true`, only counts them and shows the first ten; to act, a `comment` is required. Each
   * replay and the bulk action itself go on the audit trail; asking again replays nothing twice.
   * @summary Replay matching dead letters
   */
  @Post('replay')
  public async replayDeadLetters(@Body() filter: ReplayDeadLettersRequest): Promise<ReplayDeadLettersResult> {
    return replayDeadLetters(this.services, requirePrincipal(), filter);
  }

  /**
   * Replays one dead letter once its cause is fixed: the order goes back on the pipeline at the
   * step that kept failing, with its attempts counted afresh. Send `Prefer: wait=<seconds>` to
   * wait for the order to settle again (`orderStatus` then says how it went).
   * @summary Replay a dead letter
   * @param prefer `wait=5` to wait up to five seconds for the replayed order's outcome.
   */
  @Post('{deadLetterId}/replay')
  @Response<ProblemDetails>(404, 'No such dead letter', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    409,
    'Replayed already, or the order is no longer FAILED',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    503,
    'The ERP cannot be reached to prepare the order; try again later',
    undefined,
    'application/problem+json',
  )
  public async replayDeadLetter(
    @Path() deadLetterId: string,
    @Body() request?: ReplayDeadLetterRequest,
    @Header('Prefer') prefer?: string,
  ): Promise<ProcessDeadLetter> {
    const waitMs = waitFromPrefer(prefer);
    if (waitMs > 0) this.setHeader('Preference-Applied', `wait=${waitMs / 1000}`);
    return replayDeadLetter(this.services, requirePrincipal(), deadLetterId, waitMs, request?.comment);
  }
}
