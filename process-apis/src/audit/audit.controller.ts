import { Controller, Get, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type { AuditEntry } from '@crossdock/shared-contracts/contracts/process-work-queue';
import { requirePrincipal } from '@crossdock/shared-contracts/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { listAudit } from './list-audit';

/** The audit trail of support actions: who released, overrode, rejected, replayed or corrected what, and why. */
@Route('audit')
@Tags('Audit')
@Response<ProblemDetails>(400, 'The query is not valid', undefined, 'application/problem+json')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
export class AuditController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Support actions, newest first, filtered by everything given: each with who (the token's subject),
   * why (the comment), what (the action, what it was taken on, what changed), when and the
   * correlation id of the request that took it.
   * @summary List support actions
   * @param action release, override, reject, replay, bulk-release, bulk-replay, edit-order or fix-cross-reference.
   * @param subjectId The hold, dead letter, order or cross-reference acted on.
   * @param from Only actions at or after this instant (ISO 8601).
   * @param to Only actions before this instant (ISO 8601).
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Get()
  public async listAudit(
    @Query() orderId?: string,
    @Query() actor?: string,
    @Query() action?: string,
    @Query() subjectId?: string,
    @Query() from?: Date,
    @Query() to?: Date,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<AuditEntry>> {
    requireOperator(requirePrincipal(), 'read the audit trail');
    return listAudit(this.services.db, { orderId, actor, action, subjectId, from, to, cursor, limit });
  }
}
