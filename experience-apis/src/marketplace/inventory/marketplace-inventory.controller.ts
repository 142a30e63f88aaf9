import {
  Controller,
  Example,
  Get,
  Header,
  Res,
  Response,
  Route,
  Security,
  Tags,
  type TsoaResponse,
} from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { etagOfContent, isNotModified } from '../../shared/etag';
import type { MarketplaceInventoryFeed } from './marketplace-inventory';
import { inventoryFeed, type MarketplaceInventoryDeps } from './marketplace-inventory.service';

@Route('marketplace/v1/inventory')
@Tags('Marketplace')
@Security('apiKey')
@Response<ProblemDetails>(401, 'No valid API key', undefined, 'application/problem+json')
@Response<ProblemDetails, { 'Retry-After': string }>(
  503,
  'The ERP is away: the stock cannot be read now; ask again after Retry-After',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  403,
  'The key lacks the scope this route needs, or its partner is not set up',
  undefined,
  'application/problem+json',
)
export class MarketplaceInventoryController extends Controller {
  constructor(private readonly services: MarketplaceInventoryDeps) {
    super();
  }

  /**
   * The inventory feed: for every item the partner carries, in its SKUs, what it may sell now —
   * its allocation of the stock available, less its safety stock. Poll it with the `ETag` in
   * `If-None-Match`: an unchanged feed answers `304`.
   * @summary Read the inventory feed
   * @param ifNoneMatch The ETag of the feed the partner holds.
   */
  @Example<MarketplaceInventoryFeed>({
    items: [
      { partnerSku: 'NWM-100234', availableToSell: 495 },
      { partnerSku: 'NWM-100412', availableToSell: 0 },
    ],
  })
  @Get()
  @Response<void>(304, 'Not modified: the feed the partner holds (If-None-Match) is current')
  public async getInventory(
    @Res() notModified: TsoaResponse<304, void, { ETag: string; 'Cache-Control': string }>,
    @Header('If-None-Match') ifNoneMatch?: string,
  ): Promise<MarketplaceInventoryFeed> {
    const feed = await inventoryFeed(this.services, requirePrincipal());
    const headers = { ETag: etagOfContent(feed), 'Cache-Control': 'private, no-cache' };
    if (isNotModified(ifNoneMatch, headers.ETag)) return notModified(304, undefined, headers);
    this.setHeader('ETag', headers.ETag);
    this.setHeader('Cache-Control', headers['Cache-Control']);
    return feed;
  }
}
