import { Body, Controller, Example, Path, Post, Response, Route, Tags } from '@tsoa/runtime';
import type {
  ImportBatchRequest,
  ImportBatchResult,
  ImportKind,
} from '@crossdock/shared-contracts/contracts/api/system-imports';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { SystemServices } from '../system-services';
import { currentWriteActor } from '../write-actor';
import { importBatch } from './import-batch';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING } from '../problem-responses';

@Route('imports')
@Tags('Bulk synchronisation')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(501, 'The configured ERP takes no imports of this kind', undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, 'The ERP cannot be reached; try the batch again later', undefined, PROBLEM_JSON)
export class ImportsController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Imports a batch of master-data rows (a slice of a CSV file; `crossdock import` sends files this
   * way). Each row is applied whole or rejected whole, with its line and the reason; the rows a batch
   * applies are written in one transaction. Items and customers are created or replaced, rows equal
   * to what the ERP holds are left alone; prices are added to their list (the same entry twice is
   * kept once); an inventory row sets on hand through an adjustment movement. Sending a batch again
   * changes nothing more, so a batch whose answer was lost can be retried.
   * @summary Import a batch of master data
   * @param kind items, customers, prices or inventory. The columns of each are listed in docs/operations.md.
   */
  @Example<ImportBatchResult>({
    created: 2,
    updated: 1,
    unchanged: 0,
    rejected: [
      {
        line: 5,
        reason:
          'weightKg "heavy" is not a decimal number such as 12.50 (at most 8 digits before the point and 4 after, no sign, no thousands separator)',
      },
    ],
  })
  @Post('{kind}')
  public async importBatch(@Path() kind: ImportKind, @Body() batch: ImportBatchRequest): Promise<ImportBatchResult> {
    return importBatch(this.services.erp, kind, batch.rows, currentWriteActor());
  }
}
