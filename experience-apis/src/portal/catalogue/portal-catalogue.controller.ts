import { Controller, Example, Get, Path, Query, Response, Route, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { PortalCatalogueItem, PortalCataloguePage } from './portal-catalogue';
import { getCatalogueItem, searchCatalogue, type PortalCatalogueDeps } from './portal-catalogue.service';

// Plain literals, no spreads: tsoa reads examples from the source.
const UNITS = [
  { uom: 'EA', factorToBase: 1 },
  { uom: 'CS', factorToBase: 100 },
  { uom: 'PL', factorToBase: 4000 },
];
const STOCK = {
  available: 1010,
  promisedDate: '2026-11-28',
  warehouses: [
    { warehouseId: 'WH-ATL', available: 360, onOrder: 0 },
    { warehouseId: 'WH-DAL', available: 650, onOrder: 2000, expectedDate: '2026-12-09' },
  ],
};
const BOLTS: PortalCatalogueItem = {
  sku: 'HXB-004',
  description: 'Hex bolt, zinc plated, M8 x 40',
  baseUom: 'EA',
  units: UNITS,
  price: {
    quantity: 600,
    uom: 'EA',
    unitPrice: '0.1900',
    currency: 'USD',
    priceListId: 'PL-ACME-2026',
    priceRule: 'price-list:PL-ACME-2026 break>=500 EA',
  },
  stock: STOCK,
};
const BOLTS_ONE: PortalCatalogueItem = {
  sku: 'HXB-004',
  description: 'Hex bolt, zinc plated, M8 x 40',
  baseUom: 'EA',
  units: UNITS,
  price: {
    quantity: 1,
    uom: 'EA',
    unitPrice: '0.2200',
    currency: 'USD',
    priceListId: 'PL-ACME-2026',
    priceRule: 'price-list:PL-ACME-2026',
  },
  stock: STOCK,
};

@Route('portal/v1/catalogue')
@Tags('Portal')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails, { 'Retry-After': string }>(
  503,
  'The ERP is away: contract prices and stock cannot be had now; ask again after Retry-After',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is not customer-scoped',
  undefined,
  'application/problem+json',
)
export class PortalCatalogueController extends Controller {
  constructor(private readonly services: PortalCatalogueDeps) {
    super();
  }

  /**
   * Searches the catalogue: items whose SKU or description contains `q`, each with this customer's
   * price for one base unit (and the rule that gave it) and the stock per warehouse.
   * @summary Search the catalogue
   * @param q Text in the SKU or the description, in any letter case; everything when absent.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 50.
   * @isInt limit
   */
  @Example<PortalCataloguePage>({ items: [BOLTS_ONE], nextCursor: 'SFhCLTAwNA' })
  @Get()
  public async searchCatalogue(
    @Query() q?: string,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<PortalCataloguePage> {
    return searchCatalogue(this.services, requirePrincipal(), { q, cursor, limit });
  }

  /**
   * One item, priced for this customer at a quantity and unit, with the date that quantity can be
   * promised: today from stock, or the expected date of the receipt that completes it.
   * @summary Get a catalogue item at my price
   * @param quantity How many, in `uom`; 1 by default.
   * @param uom The unit; the item's base unit by default.
   */
  @Example<PortalCatalogueItem>(BOLTS)
  @Get('{sku}')
  @Response<ProblemDetails>(404, 'No such item in the catalogue', undefined, 'application/problem+json')
  public async getCatalogueItem(
    @Path() sku: string,
    @Query() quantity?: number,
    @Query() uom?: string,
  ): Promise<PortalCatalogueItem> {
    if (quantity !== undefined && !(quantity > 0))
      throw new ValidationError('The quantity must be above 0.', [{ field: 'quantity', message: 'above 0' }]);
    return getCatalogueItem(this.services, requirePrincipal(), sku, quantity, uom?.toUpperCase());
  }
}
