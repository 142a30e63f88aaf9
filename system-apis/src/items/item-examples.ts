/**
 * The item the API reference shows: the M8 hex bolt, sold by the each, the case and the pallet. tsoa reads these constants from the source when it writes the OpenAPI
 * document, so they stay plain literals: no spreads, no `as` or `satisfies` (a value may name another constant).
 */
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { Item } from '@crossdock/shared-contracts/contracts/model/item';

const EACH_CASE_PALLET: Item['alternateUoms'] = [
  { uom: 'CS', factorToBase: 100 },
  { uom: 'PL', factorToBase: 4000 },
];

export const HEX_BOLT: Item = {
  sku: 'HXB-004',
  description: 'Hex bolt, zinc plated, M8 x 40',
  status: 'active',
  baseUom: 'EA',
  alternateUoms: EACH_CASE_PALLET,
  weightKg: '0.026',
  returnable: true,
};

export const ITEM_PAGE: Page<Item> = { items: [HEX_BOLT], nextCursor: 'SFhCLTAwNA' };

/** The same item replaced with its GTIN added. */
export const HEX_BOLT_WITH_GTIN: Item = {
  sku: 'HXB-004',
  description: 'Hex bolt, zinc plated, M8 x 40',
  status: 'active',
  baseUom: 'EA',
  alternateUoms: EACH_CASE_PALLET,
  gtin: '00812345000046',
  weightKg: '0.026',
  returnable: true,
};
