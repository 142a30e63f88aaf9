import { Controller, Example, Get, Query, Response, Route, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { PortalQuickOrder } from '../catalogue/portal-catalogue';
import type { PortalCatalogueDeps } from '../catalogue/portal-catalogue.service';
import { checkQuickOrder } from './quick-order.service';

@Route('portal/v1/quick-order')
@Tags('Portal')
@Response<ProblemDetails>(
  400,
  'The list cannot be read (the problem lists the entries at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails, { 'Retry-After': string }>(
  503,
  'The ERP is away: the lines cannot be priced now; ask again after Retry-After',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is not customer-scoped',
  undefined,
  'application/problem+json',
)
export class PortalQuickOrderController extends Controller {
  constructor(private readonly services: PortalCatalogueDeps) {
    super();
  }

  /**
   * Checks a quick order typed or pasted as a SKU list, before it is placed: each line priced for
   * this customer in the unit chosen, with the units the item can be ordered in, the stock, and
   * what is wrong with a line that cannot be ordered as typed. Nothing is placed; send the lines
   * to `POST /experience/portal/v1/orders` to order.
   * @summary Check a quick order
   * @param lines Up to 100 entries `SKU[:QUANTITY[:UNIT]]` separated by commas, e.g. `HXB-004:600,GLV-002:2:CS`. The quantity is 1 and the unit the base unit when left out.
   */
  @Example<PortalQuickOrder>({
    currency: 'USD',
    lines: [
      {
        sku: 'HXB-004',
        description: 'Hex bolt, zinc plated, M8 x 40',
        quantity: 600,
        uom: 'EA',
        units: [
          { uom: 'EA', factorToBase: 1 },
          { uom: 'CS', factorToBase: 100 },
          { uom: 'PL', factorToBase: 4000 },
        ],
        unitPrice: '0.1900',
        lineTotal: '114.00',
        priceRule: 'price-list:PL-ACME-2026 break>=500 EA',
        stock: {
          available: 1010,
          promisedDate: '2026-11-28',
          warehouses: [
            { warehouseId: 'WH-ATL', available: 360, onOrder: 0 },
            { warehouseId: 'WH-DAL', available: 650, onOrder: 0 },
          ],
        },
      },
      {
        sku: 'LAD-001',
        description: 'Step ladder, aluminium, 6 ft',
        quantity: 1,
        uom: 'CS',
        units: [{ uom: 'EA', factorToBase: 1 }],
        problem: { code: 'UOM_NOT_CONVERTIBLE', text: 'LAD-001 is sold in EA, not CS.' },
      },
    ],
    subtotal: '114.00',
    readyToOrder: false,
  })
  @Get()
  public async checkQuickOrder(@Query() lines: string): Promise<PortalQuickOrder> {
    return checkQuickOrder(this.services, requirePrincipal(), lines);
  }
}
