/**
 * The price list the API reference shows: Acme's 2026 contract for the M8 hex bolt, with a quantity break. tsoa reads these constants from the source when it writes the OpenAPI
 * document, so they stay plain literals: no spreads, no `as` or `satisfies` (a value may name another constant).
 */
import type { PriceList, PriceListEntry } from '@crossdock/shared-contracts/contracts/model/price-list';

const EACH_PRICE: PriceListEntry = {
  sku: 'HXB-004',
  uom: 'EA',
  minimumQuantity: 1,
  unitPrice: '0.2200',
  effectiveFrom: '2026-01-01',
};
const BREAK_AT_500: PriceListEntry = {
  sku: 'HXB-004',
  uom: 'EA',
  minimumQuantity: 500,
  unitPrice: '0.1900',
  effectiveFrom: '2026-01-01',
};
const CASE_PRICE_FROM_2027: PriceListEntry = {
  sku: 'HXB-004',
  uom: 'CS',
  minimumQuantity: 10,
  unitPrice: '18.0000',
  effectiveFrom: '2027-01-01',
};

export const ACME_CONTRACT: PriceList = {
  id: 'PL-ACME-2026',
  name: 'Acme Hardware contract 2026',
  currency: 'USD',
  customerId: 'C-1001',
  entries: [EACH_PRICE, BREAK_AT_500],
};

/** The contract after a case price from next year was added. */
export const ACME_CONTRACT_WITH_CASE_PRICE: PriceList = {
  id: 'PL-ACME-2026',
  name: 'Acme Hardware contract 2026',
  currency: 'USD',
  customerId: 'C-1001',
  entries: [EACH_PRICE, BREAK_AT_500, CASE_PRICE_FROM_2027],
};
