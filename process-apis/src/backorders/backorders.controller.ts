import { Body, Controller, Path, Post, Put, Response, Route, Tags } from '@tsoa/runtime';
import type {
  AllocateBackordersRequest,
  BackorderAllocation,
  CustomerTierRequest,
} from '@crossdock/shared-contracts/contracts/api/process-backorders';
import { actorName, requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { allocateBackorders } from './allocate-backorders';

/** Backorders: served by customer tier, then order date, when stock arrives (automatically from the inventory feed, or on request). */
@Route('backorders')
@Tags('Backorders')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope, or is customer-scoped',
  undefined,
  'application/problem+json',
)
export class BackordersController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Serves the open backorders of an item from the stock available now (receipts do this on their own).
   * @summary Serve an item's backorders from stock
   */
  @Post('allocate')
  public async allocate(@Body() body: AllocateBackordersRequest): Promise<BackorderAllocation[]> {
    const principal = requirePrincipal();
    requireOperator(principal, 'allocate backorders');
    return allocateBackorders(this.services, body.sku, actorName(principal));
  }

  /**
   * Sets the tier a customer's backorders are served in (1 first).
   * @summary Set a customer's backorder tier
   */
  @Put('customer-tiers/{customerId}')
  public async setCustomerTier(
    @Path() customerId: string,
    @Body() body: CustomerTierRequest,
  ): Promise<CustomerTierRequest & { customerId: string }> {
    const principal = requirePrincipal();
    requireOperator(principal, 'set customer tiers');
    const row = await this.services.db.customerTier.upsert({
      where: { customerId },
      create: { customerId, tier: body.tier, updatedBy: actorName(principal) },
      update: { tier: body.tier, updatedBy: actorName(principal) },
    });
    return { customerId: row.customerId, tier: row.tier };
  }
}
