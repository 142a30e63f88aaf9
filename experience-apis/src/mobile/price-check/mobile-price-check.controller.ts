import {
  Controller,
  Example,
  Get,
  Header,
  Path,
  Query,
  Res,
  Response,
  Route,
  Tags,
  type TsoaResponse,
} from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { etagOfContent, isNotModified } from '../../shared/etag';
import type { MobilePriceCheck } from './mobile-price-check';
import { checkPrices, type MobilePriceCheckDeps } from './mobile-price-check.service';

@Route('mobile/v1/customers/{customerId}/price-check')
@Tags('Mobile sales')
@Response<ProblemDetails>(
  400,
  'The item list cannot be read (the problem lists the entries at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails, { 'Retry-After': string }>(
  503,
  'The ERP is away: prices and stock cannot be had now; ask again after Retry-After',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is not a sales rep’s',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(404, 'Not one of this rep’s customers', undefined, 'application/problem+json')
export class MobilePriceCheckController extends Controller {
  constructor(private readonly services: MobilePriceCheckDeps) {
    super();
  }

  /**
   * Prices up to 200 items for one of the rep's customers in one call, with the stock available
   * now, in a payload cut to what the app shows. The answer carries an `ETag`: send it back in
   * `If-None-Match` and an unchanged answer costs a `304` with no body.
   * @summary Price-check items for a customer
   * @param customerId One of the customers the rep's token lists.
   * @param items Up to 200 entries `SKU[:QUANTITY[:UNIT]]` separated by commas, e.g. `HXB-004:600,GLV-002:2:CS`.
   * @param ifNoneMatch The ETag of the answer the app holds.
   */
  @Example<MobilePriceCheck>({
    customerId: 'C-1001',
    currency: 'USD',
    items: [
      { sku: 'HXB-004', quantity: 600, uom: 'EA', unitPrice: '0.1900', available: 1010 },
      { sku: 'GLV-002', quantity: 2, uom: 'CS', unitPrice: '33.0000', available: 420, stockUom: 'EA' },
      { sku: 'PVC-009', quantity: 1, uom: 'FT', unitPrice: '1.2400', available: 0, nextReceipt: '2026-12-09' },
      { sku: 'NO-SUCH-SKU', quantity: 1, uom: '', available: 0, problem: 'UNKNOWN_ITEM' },
    ],
  })
  @Get()
  @Response<void>(304, 'Not modified: the app’s copy (If-None-Match) is still the answer')
  public async priceCheck(
    @Path() customerId: string,
    @Query() items: string,
    @Res() notModified: TsoaResponse<304, void, { ETag: string; 'Cache-Control': string }>,
    @Header('If-None-Match') ifNoneMatch?: string,
  ): Promise<MobilePriceCheck> {
    const answer = await checkPrices(this.services, requirePrincipal(), customerId, items);
    // The app may keep the answer, but must ask (If-None-Match) before showing it again.
    const headers = { ETag: etagOfContent(answer), 'Cache-Control': 'private, no-cache' };
    if (isNotModified(ifNoneMatch, headers.ETag)) return notModified(304, undefined, headers);
    this.setHeader('ETag', headers.ETag);
    this.setHeader('Cache-Control', headers['Cache-Control']);
    return answer;
  }
}
