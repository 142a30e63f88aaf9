import type { Readable } from 'node:stream';
import { Controller, Get, Path, Produces, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { SystemServices } from '../system-services';
import { changeFeedStream, type ChangeFeed } from './change-feed';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING } from '../problem-responses';

@Route('bulk')
@Tags('Bulk synchronisation')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(501, 'The configured ERP offers no change feed for this', undefined, PROBLEM_JSON)
export class BulkController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Every item, customer, price-list entry or inventory position changed at or after `changedSince`,
   * oldest change first, as newline-delimited JSON (one record per line) — for master data
   * synchronisation. Remember the time you started a pull and pass it as `changedSince` next time.
   * @summary Read what changed since a time
   * @param feed items, customers, prices or inventory.
   * @param changedSince ISO 8601 instant; everything changed at or after it. Omit for everything.
   */
  @Get('{feed}')
  @Produces('application/x-ndjson')
  public async changesSince(@Path() feed: ChangeFeed, @Query() changedSince?: Date): Promise<Readable> {
    this.setHeader('Content-Type', 'application/x-ndjson');
    return changeFeedStream(this.services.erp, feed, changedSince ?? new Date(0));
  }
}
