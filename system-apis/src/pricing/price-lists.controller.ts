import { Body, Controller, Example, Get, Path, Post, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type { PriceListEntryInput } from '@crossdock/shared-contracts/contracts/api/system-price-lists';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { PriceList } from '@crossdock/shared-contracts/contracts/model/price-list';
import type { SystemServices } from '../system-services';
import { currentWriteActor } from '../write-actor';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';
import { ACME_CONTRACT, ACME_CONTRACT_WITH_CASE_PRICE } from './price-list-examples';

@Route('price-lists')
@Tags('Pricing')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class PriceListsController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * The standard list and every contract list (a contract list names its customer).
   * @summary List price lists
   */
  @Example<Omit<PriceList, 'entries'>[]>([
    { id: 'PL-STANDARD', name: 'Standard list prices', currency: 'USD' },
    { id: 'PL-ACME-2026', name: 'Acme Hardware contract 2026', currency: 'USD', customerId: 'C-1001' },
  ])
  @Get()
  public async listPriceLists(): Promise<Omit<PriceList, 'entries'>[]> {
    return this.services.erp.pricing.listPriceLists();
  }

  /**
   * A price list with all its entries: prices per unit, quantity breaks, effective dates.
   * @summary Get a price list
   */
  @Example<PriceList>(ACME_CONTRACT)
  @Get('{priceListId}')
  @Response<ProblemDetails>(404, 'No such price list', undefined, PROBLEM_JSON)
  public async getPriceList(@Path() priceListId: string): Promise<PriceList> {
    const list = await this.services.erp.pricing.getPriceList(priceListId);
    if (!list) throw new NotFoundError(`Price list ${priceListId} does not exist.`);
    return list;
  }

  /**
   * Adds a price: a contract price, a quantity break, or a new price from a future date. Prices are
   * never edited in place; the newest entry in effect for a break wins.
   * @summary Add a price to a price list
   */
  @Example<PriceList>(ACME_CONTRACT_WITH_CASE_PRICE)
  @Post('{priceListId}/entries')
  @SuccessResponse(201, 'Added')
  @Response<ProblemDetails>(404, 'No such price list', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(422, 'The item is unknown or not sold in that unit', undefined, PROBLEM_JSON)
  public async addEntry(@Path() priceListId: string, @Body() entry: PriceListEntryInput): Promise<PriceList> {
    this.setStatus(201);
    return this.services.erp.pricing.addEntry(priceListId, entry, currentWriteActor());
  }
}
