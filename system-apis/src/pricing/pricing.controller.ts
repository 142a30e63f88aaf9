import { Body, Controller, Example, Post, Response, Route, Tags } from '@tsoa/runtime';
import type {
  BatchOutcomes,
  PriceResolutionBatchRequest,
  PriceResolutionOutcome,
} from '@crossdock/shared-contracts/contracts/api/system-batches';
import type { PriceResolution, PriceResolutionRequest } from '@crossdock/shared-contracts/contracts/api/system-pricing';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { readEach } from '../batch-item';
import type { SystemServices } from '../system-services';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';

@Route('pricing')
@Tags('Pricing')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class PricingController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * The price for a customer, item, quantity and date, line by line, with the rule that gave each
   * (contract price list, quantity break, unit conversion). Nothing is written. With `skipUnpriced`,
   * the lines that cannot be priced come back in `unpriced` with their reason instead of refusing all.
   * @summary Price an order's lines
   */
  @Example<PriceResolution>({
    customerId: 'C-1001',
    currency: 'USD',
    prices: [
      {
        sku: 'HXB-004',
        quantity: 600,
        uom: 'EA',
        unitPrice: '0.1900',
        currency: 'USD',
        priceListId: 'PL-ACME-2026',
        rule: 'price-list:PL-ACME-2026 break>=500 EA',
      },
      {
        sku: 'GLV-002',
        quantity: 2,
        uom: 'CS',
        unitPrice: '33.0000',
        currency: 'USD',
        priceListId: 'PL-ACME-2026',
        rule: 'price-list:PL-ACME-2026',
      },
    ],
  })
  @Post('resolve')
  @Response<ProblemDetails>(
    422,
    'Unknown customer or item, a unit the item is not sold in, or no price (reasonCode says which)',
    undefined,
    PROBLEM_JSON,
  )
  public async resolvePrices(@Body() request: PriceResolutionRequest): Promise<PriceResolution> {
    this.setStatus(200);
    return this.services.erp.pricing.resolve(request);
  }

  /**
   * Prices many requests (orders) in one call; each is answered, or refused on its own with the problem a single call would give.
   * @summary Price many orders
   */
  @Example<BatchOutcomes<PriceResolutionOutcome>>({
    outcomes: [
      {
        resolution: {
          customerId: 'C-1001',
          currency: 'USD',
          prices: [
            {
              sku: 'HXB-004',
              quantity: 600,
              uom: 'EA',
              unitPrice: '0.1900',
              currency: 'USD',
              priceListId: 'PL-ACME-2026',
              rule: 'price-list:PL-ACME-2026 break>=500 EA',
            },
          ],
        },
      },
    ],
  })
  @Post('resolve/batch')
  public async resolvePricesMany(
    @Body() batch: PriceResolutionBatchRequest,
  ): Promise<BatchOutcomes<PriceResolutionOutcome>> {
    this.setStatus(200);
    const pricing = this.services.erp.pricing;
    const settled = await readEach(
      batch.items,
      4,
      (request) => pricing.resolve(request),
      pricing.resolveMany?.bind(pricing),
    );
    return { outcomes: settled.map(({ value, problem }) => (problem ? { problem } : { resolution: value })) };
  }
}
