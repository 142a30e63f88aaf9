import { Response, Controller, Get, Route, Tags } from '@tsoa/runtime';
import type { Warehouse } from '@crossdock/shared-contracts/model/warehouse';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { SystemServices } from '../system-services';

@Route('warehouses')
@Tags('Warehouses')
@Response<ProblemDetails>(400, 'The request is not valid (the problem lists the fields at fault)', undefined, 'application/problem+json')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
export class WarehousesController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /** Every warehouse that holds stock. */
  @Get()
  public async listWarehouses(): Promise<Warehouse[]> {
    return this.services.erp.listWarehouses();
  }
}
