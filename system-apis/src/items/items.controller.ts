import {
  Body,
  Controller,
  Example,
  Get,
  Header,
  Path,
  Post,
  Put,
  Query,
  Response,
  Route,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { ItemInput } from '@crossdock/shared-contracts/contracts/api/system-items';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { etagOf, versionFromIfMatch } from '@crossdock/shared-contracts/platform/http/etag';
import type { Item } from '@crossdock/shared-contracts/contracts/model/item';
import { skuList } from '../sku-list';
import type { SystemServices } from '../system-services';
import { currentWriteActor } from '../write-actor';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';
import { HEX_BOLT, HEX_BOLT_WITH_GTIN, ITEM_PAGE } from './item-examples';

@Route('items')
@Tags('Items')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class ItemsController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * One item with its units of measure and their conversions to the base unit. The ETag is its version.
   * @summary Get an item
   */
  @Example<Item>(HEX_BOLT)
  @Get('{sku}')
  @Response<ProblemDetails>(404, 'No such item', undefined, PROBLEM_JSON)
  public async getItem(@Path() sku: string): Promise<Item> {
    const found = await this.services.erp.items.get(sku);
    if (!found) throw new NotFoundError(`Item ${sku} does not exist.`);
    this.setHeader('ETag', etagOf(found.version));
    return found.value;
  }

  /**
   * Items in SKU order.
   * @summary List items
   * @param status active or discontinued.
   * @param q Only items whose SKU or description contains this text, in any letter case.
   * @param skus Only these items: up to 200 SKUs, separated by commas.
   * @param updatedSince Only items changed at or after this instant (ISO 8601).
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   * @isDateTime updatedSince
   */
  @Example<Page<Item>>(ITEM_PAGE)
  @Get()
  public async listItems(
    @Query() status?: 'active' | 'discontinued',
    @Query() q?: string,
    @Query() skus?: string,
    @Query() updatedSince?: Date,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<Item>> {
    return this.services.erp.items.list({
      status,
      q: q?.trim() || undefined,
      skus: skuList(skus),
      updatedSince: updatedSince?.toISOString(),
      cursor,
      limit,
    });
  }

  /**
   * Adds an item to the catalogue.
   * @summary Add an item
   */
  @Example<Item>(HEX_BOLT)
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<ProblemDetails>(409, 'An item with this SKU exists', undefined, PROBLEM_JSON)
  public async createItem(@Body() item: ItemInput): Promise<Item> {
    const created = await this.services.erp.items.create(item, currentWriteActor());
    this.setStatus(201);
    this.setHeader('ETag', etagOf(created.version));
    this.setHeader('Location', `/system/v1/items/${encodeURIComponent(created.value.sku)}`);
    return created.value;
  }

  /**
   * Replaces an item. Send `If-Match` with the ETag you read: if someone changed the
   * item since, the write is refused with 412 and nothing is overwritten.
   * @summary Replace an item
   */
  @Example<Item>(HEX_BOLT_WITH_GTIN)
  @Put('{sku}')
  @Response<ProblemDetails>(404, 'No such item', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(412, 'The item changed since it was read', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(428, 'If-Match is missing', undefined, PROBLEM_JSON)
  public async replaceItem(
    @Path() sku: string,
    @Body() item: ItemInput,
    @Header('If-Match') ifMatch?: string,
  ): Promise<Item> {
    const version = versionFromIfMatch(ifMatch);
    const updated = await this.services.erp.items.update(sku, { ...item, sku }, version, currentWriteActor());
    this.setHeader('ETag', etagOf(updated.version));
    return updated.value;
  }
}
