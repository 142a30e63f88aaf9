import { Controller, Get, Query, Route, Tags } from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type { InventoryPosition } from '@crossdock/shared-contracts/model/inventory-position';
import type { SystemServices } from '../system-services';

@Route('inventory')
@Tags('Inventory')
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
