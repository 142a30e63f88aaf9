import { Response, Controller, Get, Query, Route, Tags } from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type { InventoryPosition } from '@crossdock/shared-contracts/model/inventory-position';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { SystemServices } from '../system-services';

@Route('inventory')
@Tags('Inventory')
@Response<ProblemDetails>(400, 'The request is not valid (the problem lists the fields at fault)', undefined, 'application/problem+json')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
export class InventoryController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Inventory positions per item and warehouse: on hand, allocated, available, on order.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Get()
  public async listInventory(@Query() sku?: string, @Query() warehouseId?: string, @Query() cursor?: string, @Query() limit?: number): Promise<Page<InventoryPosition>> {
    return this.services.erp.listInventory({ sku, warehouseId, cursor, limit });
  }
}
