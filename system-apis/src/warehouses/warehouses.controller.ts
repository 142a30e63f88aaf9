import { Controller, Get, Route, Tags } from '@tsoa/runtime';
import type { Warehouse } from '@crossdock/shared-contracts/model/warehouse';
import type { SystemServices } from '../system-services';

@Route('warehouses')
@Tags('Warehouses')
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
