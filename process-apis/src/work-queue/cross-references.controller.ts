import { Body, Controller, Path, Put, Response, Route, Tags } from '@tsoa/runtime';
import type {
  FixCrossReferenceRequest,
  FixCrossReferenceResult,
} from '@crossdock/shared-contracts/contracts/process-work-queue';
import { requirePrincipal } from '@crossdock/shared-contracts/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { ProcessServices } from '../process-services';
import { fixCrossReference } from './fix-cross-reference';

/** One item cross-reference of a partner fixed from the work queue, and the partner's stuck orders mapped again. */
@Route('partners')
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
export class CrossReferencesController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Adds or fixes one of the partner's item cross-references (its product id, with its qualifier,
   * → our SKU), then, unless `replay` is false, maps each of the partner's held or failed orders
   * again from the document it came in with the partner's data as it is now: an order that comes
   * out different is corrected and replayed from validation (its holds released, its dead letters
   * replayed); one that comes out the same is left as it is. Up to 500 orders per request. The fix
   * and every correction are on the audit trail with the comment.
   * @summary Fix an item cross-reference and replay
   */
  @Put('{partnerId}/item-references')
  @Response<ProblemDetails>(404, 'No such partner', undefined, 'application/problem+json')
  public async fixItemCrossReference(
    @Path() partnerId: string,
    @Body() request: FixCrossReferenceRequest,
  ): Promise<FixCrossReferenceResult> {
    return fixCrossReference(this.services, requirePrincipal(), partnerId, request);
  }
}
