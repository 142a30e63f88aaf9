import { Controller, Get, Path, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import { NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { Item } from '@crossdock/shared-contracts/model/item';
import type { SystemServices } from '../system-services';

@Route('items')
@Tags('Items')
@Response<ProblemDetails>(400, 'The request is not valid (the problem lists the fields at fault)', undefined, 'application/problem+json')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
export class ItemsController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /** One item with its units of measure and their conversions to the base unit. */
  @Get('{sku}')
  @Response<ProblemDetails>(404, 'No such item', undefined, 'application/problem+json')
  public async getItem(@Path() sku: string): Promise<Item> {
    const item = await this.services.erp.getItem(sku);
    if (!item) throw new NotFoundError(`Item ${sku} does not exist.`);
    return item;
  }

  /**
   * Items in SKU order.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Get()
  public async listItems(@Query() cursor?: string, @Query() limit?: number): Promise<Page<Item>> {
    return this.services.erp.listItems({ cursor, limit });
  }
}
