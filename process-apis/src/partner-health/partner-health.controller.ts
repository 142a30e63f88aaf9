import { Controller, Get, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { PartnerHealthReport } from '@crossdock/shared-contracts/contracts/api/process-partner-health';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { computePartnerHealth } from './partner-health';

const DAY_MS = 86_400_000;

/** Trading partners' health and the service levels breached, for operations managers (`ops:read`). */
@Route('partner-health')
@Tags('KPIs')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the ops:read scope, or is customer-scoped',
  undefined,
  'application/problem+json',
)
export class PartnerHealthController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Per trading partner: the last document received, its documents in [`from`, `to`) (by default the
   * last 24 hours) and the share rejected in whole or part, and our 855, 856 and 810 its 997 has not
   * answered within the agreed hours. With the configured service-level targets and every breach
   * (ingestion latency p95 and backlog age over the window, error rate and overdue acknowledgements
   * per partner). See docs/operations.md#partner-health-and-service-levels.
   * @summary Partner health and service levels
   * @param from Start of the window (ISO 8601, inclusive).
   * @param to End of the window (ISO 8601, exclusive); now by default.
   */
  @Get()
  public async getPartnerHealth(@Query() from?: Date, @Query() to?: Date): Promise<PartnerHealthReport> {
    requireOperator(requirePrincipal(), 'read partner health');
    const end = to ?? this.services.clock.now();
    const start = from ?? new Date(end.getTime() - DAY_MS);
    return computePartnerHealth(this.services.db, { from: start, to: end }, this.services.serviceLevels);
  }
}
