import { Controller, Example, Get, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { KpiBucket, KpiReport } from '@crossdock/shared-contracts/contracts/api/process-kpis';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { SalesChannel } from '@crossdock/shared-contracts/contracts/model/sales-order';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { computeKpis, defaultBucket } from './compute-kpis';
import { EXAMPLE_KPI_REPORT } from './kpi-examples';

const DAY_MS = 86_400_000;

/**
 * The integration KPIs an operations manager follows: how fast orders reach the ERP, how many
 * stop (and why), duplicates refused, the backlog, retries, resolution times, cycle times and the
 * manual effort, each beside the period before. Needs the `ops:read` scope.
 */
@Route('kpis')
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
export class KpisController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * The KPIs of the orders received in [`from`, `to`) (by default the last 24 hours), for all
   * channels and partners or only those given: totals, the same length just before `from` for
   * comparison, per `bucket` (by default hours up to two days, days beyond; the clock's UTC hours, days
   * and weeks from Monday 00:00, the first starting at `from` and the last ending at `to`, both possibly
   * partial), per channel and per partner. Percentiles are nearest-rank (each one an observed duration); the backlog (open holds
   * and dead letters) is as of the end of each window. See docs/operations.md#integration-kpis for
   * where each figure comes from.
   * @summary Integration KPIs
   * @param from Start of the window (ISO 8601, inclusive).
   * @param to End of the window (ISO 8601, exclusive); now by default.
   * @param channel Only orders of this sales channel.
   * @param partner Only orders from this trading partner (its id).
   * @param bucket hour, day or week.
   */
  @Example<KpiReport>(EXAMPLE_KPI_REPORT)
  @Get()
  public async getKpis(
    @Query() from?: Date,
    @Query() to?: Date,
    @Query() channel?: SalesChannel,
    @Query() partner?: string,
    @Query() bucket?: KpiBucket,
  ): Promise<KpiReport> {
    requireOperator(requirePrincipal(), 'read the integration KPIs');
    const end = to ?? this.services.clock.now();
    const start = from ?? new Date(end.getTime() - DAY_MS);
    return computeKpis(this.services.db, {
      from: start,
      to: end,
      channel,
      partner,
      bucket: bucket ?? defaultBucket(start, end),
    });
  }
}
