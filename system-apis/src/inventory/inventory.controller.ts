import { Body, Controller, Example, Get, Post, Query, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type {
  InventoryChangePage,
  InventoryMovement,
  InventoryMovementRequest,
  ItemAvailability,
} from '@crossdock/shared-contracts/contracts/api/system-inventory';
import { ErpCapabilityMissingError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import { CHANGE_FEED_CURSOR } from '../erp/ports/inventory-port';
import { skuList } from '../sku-list';
import { availabilityOf } from './availability';
import type { SystemServices } from '../system-services';
import { currentWriteActor } from '../write-actor';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';
import { MOVEMENT_PAGE, PURCHASE_RECEIPT } from './movement-examples';
import { changesAfterWaiting, MAX_CHANGE_WAIT_MS } from './wait-for-changes';

@Route('inventory')
@Tags('Inventory')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class InventoryController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Inventory positions per item and warehouse: on hand, allocated, available, on order.
   * @summary List inventory positions
   * @param skus Several items at once: up to 200 SKUs, separated by commas.
   * @param updatedSince Only positions changed at or after this instant (ISO 8601).
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 1000 (an ERP may answer fewer per page; follow `nextCursor`).
   * @isInt limit
   */
  @Example<Page<InventoryPosition>>({
    items: [
      {
        sku: 'HXB-004',
        warehouseId: 'WH-ATL',
        uom: 'EA',
        onHand: 360,
        allocated: 0,
        available: 360,
        onOrder: 0,
        asOf: '2026-11-27T14:30:00.000Z',
      },
      {
        sku: 'HXB-004',
        warehouseId: 'WH-DAL',
        uom: 'EA',
        onHand: 650,
        allocated: 600,
        available: 50,
        onOrder: 0,
        asOf: '2026-11-27T14:31:12.000Z',
      },
    ],
    nextCursor: 'SFhCLTAwNHxXSC1EQUw',
  })
  @Get()
  public async listInventory(
    @Query() sku?: string,
    @Query() skus?: string,
    @Query() warehouseId?: string,
    @Query() updatedSince?: Date,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<InventoryPosition>> {
    return this.services.erp.inventory.listPositions({
      sku,
      skus: skuList(skus),
      warehouseId,
      updatedSince,
      cursor,
      limit,
    });
  }

  /**
   * What can be promised of each item now, all warehouses together: a price check's or a partner
   * feed's view of stock, without a row per warehouse. Items without a position are left out.
   * @summary Get available-to-promise stock
   * @param skus Up to 200 SKUs, separated by commas.
   */
  @Example<ItemAvailability[]>([
    { sku: 'HXB-004', uom: 'EA', available: 1010, onOrder: 2000, nextReceiptDate: '2026-12-09' },
  ])
  @Get('availability')
  public async getAvailability(@Query() skus: string): Promise<ItemAvailability[]> {
    return availabilityOf(this.services.erp.inventory, skuList(skus)!);
  }

  /**
   * Records a receipt or an adjustment, with its reason. Stock is never overwritten: each change is a
   * movement, and an adjustment may not leave less on hand than is allocated.
   * @summary Record a stock receipt or adjustment
   */
  @Example<InventoryMovement>(PURCHASE_RECEIPT)
  @Post('movements')
  @SuccessResponse(201, 'Recorded')
  @Response<ProblemDetails>(404, 'No such warehouse', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(
    422,
    'Unknown item, or not enough stock for a negative adjustment (reasonCode says which)',
    undefined,
    PROBLEM_JSON,
  )
  public async recordMovement(@Body() movement: InventoryMovementRequest): Promise<InventoryMovement> {
    this.setStatus(201);
    return this.services.erp.inventory.recordMovement(movement, currentWriteActor());
  }

  /**
   * Stock movements, newest first.
   * @summary List stock movements
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<Page<InventoryMovement>>(MOVEMENT_PAGE)
  @Get('movements')
  public async listMovements(
    @Query() sku?: string,
    @Query() warehouseId?: string,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<InventoryMovement>> {
    return this.services.erp.inventory.listMovements({ sku, warehouseId, cursor, limit });
  }

  /**
   * The inventory change feed: every stock movement after the cursor `after`, each once — what a
   * subscriber tails (and catches up on after downtime) to learn of every receipt, adjustment and
   * reservation. A movement appears once its transaction has ended; one committed late is never
   * skipped, so movements of different transactions may come in another order than their ids.
   * @summary Read the inventory change feed
   * @param after The `cursor` of the previous page (opaque); omit to start from the beginning.
   * @param limit Page size, 1 to 1000.
   * @param waitMs A long-poll: when no movement follows the cursor yet, wait up to this many
   * milliseconds (0 to 25000) for one and answer as soon as it is there; an empty page after the wait.
   * @isInt limit
   * @isInt waitMs
   */
  @Get('changes')
  @Response<ProblemDetails>(501, 'The configured ERP offers no inventory change feed', undefined, PROBLEM_JSON)
  public async listChanges(
    @Query() after?: string,
    @Query() limit?: number,
    @Query() waitMs?: number,
  ): Promise<InventoryChangePage> {
    const feed = this.services.erp.inventory;
    if (!feed.changesAfter) throw new ErpCapabilityMissingError(this.services.erp.name, 'an inventory change feed');
    if (after !== undefined && !CHANGE_FEED_CURSOR.test(after))
      throw new ValidationError('`after` is a cursor this feed gave out.', [
        { field: 'after', message: 'not a feed cursor' },
      ]);
    if (waitMs !== undefined && (waitMs < 0 || waitMs > MAX_CHANGE_WAIT_MS))
      throw new ValidationError(`\`waitMs\` is 0 to ${MAX_CHANGE_WAIT_MS} milliseconds.`, [
        { field: 'waitMs', message: `not between 0 and ${MAX_CHANGE_WAIT_MS}` },
      ]);
    const request = { after: after ?? '0', limit: Math.min(Math.max(limit ?? 500, 1), 1000), waitMs: waitMs ?? 0 };
    return changesAfterWaiting(feed.changesAfter.bind(feed), this.services.inventoryMoves, request);
  }
}
