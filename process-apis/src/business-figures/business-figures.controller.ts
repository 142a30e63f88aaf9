import { Controller, Example, Get, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { BusinessFigures } from '@crossdock/shared-contracts/contracts/api/process-business-figures';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { SalesChannel } from '@crossdock/shared-contracts/contracts/model/sales-order';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { computeBusinessFigures } from './business-figures';

const DAY_MS = 86_400_000;

const EXAMPLE: BusinessFigures = {
  from: '2026-03-01T00:00:00.000Z',
  to: '2026-04-01T00:00:00.000Z',
  filters: {},
  orders: 412,
  byChannel: [
    { channel: 'api', orders: 130, unpricedOrders: 0, value: [{ currency: 'USD', amount: '48210.40' }] },
    { channel: 'x12', orders: 282, unpricedOrders: 3, value: [{ currency: 'USD', amount: '131877.15' }] },
  ],
  fillRate: {
    orderedLines: 1804,
    linesShippedInFull: 1690,
    lineFillRate: 0.9368,
    orderedQuantity: 52210,
    shippedQuantity: 50118,
    quantityFillRate: 0.9599,
  },
  openBackorders: { orders: 14, lines: 17, quantity: 960, items: [{ sku: 'BRK-004', quantity: 400, orders: 5 }] },
  topCustomers: [{ customerId: 'C-1002', currency: 'USD', orders: 96, value: '40210.00' }],
  topItems: [{ sku: 'BSF-010', currency: 'USD', quantity: 12000, orders: 88, value: '22800.00' }],
};

/**
 * What the business follows: order volumes and values by channel, the fill rate, open backorders,
 * the top customers and items. Needs the `business:read` scope.
 */
@Route('business-figures')
@Tags('Business figures')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the business:read scope, or is customer-scoped',
  undefined,
  'application/problem+json',
)
export class BusinessFiguresController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * The orders received in [`from`, `to`) (by default the last 30 days), rejected and cancelled ones
   * left out: their count and value before tax per channel and currency (exact decimal strings), the
   * fill rate of those that reached the ERP (lines and quantities recorded shipped against ordered),
   * the backorders open now, and the ten customers and items with the highest value. See
   * docs/operations.md#business-figures.
   * @summary Business figures
   * @param from Start of the window (ISO 8601, inclusive).
   * @param to End of the window (ISO 8601, exclusive); now by default.
   * @param channel Only orders of this sales channel.
   */
  @Example<BusinessFigures>(EXAMPLE)
  @Get()
  public async getBusinessFigures(
    @Query() from?: Date,
    @Query() to?: Date,
    @Query() channel?: SalesChannel,
  ): Promise<BusinessFigures> {
    requireOperator(requirePrincipal(), 'read the business figures');
    const end = to ?? this.services.clock.now();
    const start = from ?? new Date(end.getTime() - 30 * DAY_MS);
    return computeBusinessFigures(this.services.db, { from: start, to: end, channel });
  }
}
