import { Controller, Example, Get, Response, Route, Tags } from '@tsoa/runtime';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { Warehouse } from '@crossdock/shared-contracts/contracts/model/warehouse';
import type { SystemServices } from '../system-services';
import { PROBLEM_JSON, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';

@Route('warehouses')
@Tags('Inventory')
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class WarehousesController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Every warehouse that holds stock.
   * @summary List warehouses
   */
  @Example<Warehouse[]>([
    {
      id: 'WH-DAL',
      name: 'Dallas distribution centre',
      address: {
        name: 'Crossdock Dallas DC',
        line1: '4500 Logistics Pkwy',
        city: 'Dallas',
        region: 'TX',
        postalCode: '75236',
        country: 'US',
      },
      timeZone: 'America/Chicago',
    },
  ])
  @Get()
  public async listWarehouses(): Promise<Warehouse[]> {
    return this.services.erp.inventory.listWarehouses();
  }
}
