import { Body, Controller, Get, Header, Path, Put, Response, Route, Tags } from '@tsoa/runtime';
import type {
  EditCanonicalOrderRequest,
  OrderCorrection,
  OrderWorkbench,
} from '@crossdock/shared-contracts/contracts/process-work-queue';
import { requirePrincipal } from '@crossdock/shared-contracts/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import { waitFromPrefer } from '../orders/prefer-wait';
import type { ProcessServices } from '../process-services';
import { editCanonicalOrder } from './edit-order';
import { orderWorkbench } from './order-workbench';

/**
 * The work queue's view of one order and its correction: everything support needs to judge a held
 * or failed order in one answer, and the canonical order corrected by hand, then replayed.
 */
@Route('orders')
@Tags('Work queue')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is customer-scoped',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(404, 'No such order', undefined, 'application/problem+json')
export class OrderCorrectionsController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * The order with its holds, dead letters and timeline; the canonical order the pipeline works on;
   * each document it came in as received (its parts' text up to 64 KiB, and a link to the bytes),
   * with the mapping version that made this order from it; and the support actions taken on it.
   * @summary Get an order's workbench
   */
  @Get('{orderId}/workbench')
  public async getOrderWorkbench(@Path() orderId: string): Promise<OrderWorkbench> {
    return orderWorkbench(this.services, requirePrincipal(), orderId);
  }

  /**
   * Replaces the canonical order of a held order (an open hold) or a failed one (a dead letter not
   * replayed), checked by the rules of an order placed through this API, and runs it through the
   * pipeline again from validation: its open holds are released and its dead letters marked
   * replayed, with the comment. What it held in the ERP is released first. Channel and source
   * order id cannot change. The canonical order before and after is kept on the audit trail and
   * the change is on the order's timeline. Send `Prefer: wait=<seconds>` to wait for the outcome.
   * @summary Correct a held or failed order and replay it
   * @param prefer `wait=5` to wait up to five seconds for the corrected order's outcome.
   */
  @Put('{orderId}/canonical')
  @Response<ProblemDetails>(
    409,
    'The order is not held or failed, the ERP has it already, or the customer has this order already',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    503,
    'The ERP cannot be reached to release stock; try again later',
    undefined,
    'application/problem+json',
  )
  public async editCanonicalOrder(
    @Path() orderId: string,
    @Body() request: EditCanonicalOrderRequest,
    @Header('Prefer') prefer?: string,
  ): Promise<OrderCorrection> {
    const waitMs = waitFromPrefer(prefer);
    if (waitMs > 0) this.setHeader('Preference-Applied', `wait=${waitMs / 1000}`);
    return editCanonicalOrder(this.services, requirePrincipal(), orderId, request, waitMs);
  }
}
