import { pageSize, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { ItemFilter } from '@crossdock/shared-contracts/contracts/api/system-items';
import { ErpCapabilityMissingError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Item } from '@crossdock/shared-contracts/contracts/model/item';
import type { PageRequest, Versioned } from '../ports/common';
import type { ItemPort } from '../ports/master-data-ports';
import { streamChangedSince } from './odoo-change-feed';
import { ODOO_ADAPTER, type OdooJson2 } from './odoo-json2';
import {
  afterIdDomain,
  decimalFromOdoo,
  odooDateTime,
  onlyOne,
  pageById,
  text,
  unitFromOdoo,
  type DomainTerm,
  type OdooRecord,
} from './odoo-values';

/** The product.product fields an item is made of. */
export const PRODUCT_FIELDS = [
  'default_code',
  'name',
  'active',
  'sale_ok',
  'uom_id',
  'weight',
  'barcode',
  'write_date',
];

/** Only variants with an internal reference are items: the SKU is how every channel names them. */
const HAS_SKU: DomainTerm[] = [['default_code', '!=', false]];

/**
 * The product variants (product.product) with these SKUs (`default_code`), archived ones too, so
 * an order line for a discontinued item still finds it.
 */
export function readProducts(
  odoo: OdooJson2,
  domain: DomainTerm[],
  limit?: number,
  order = 'id asc',
): Promise<OdooRecord[]> {
  return odoo.call<OdooRecord[]>({
    model: 'product.product',
    method: 'search_read',
    params: { domain: [...HAS_SKU, ...domain], fields: PRODUCT_FIELDS, order, ...(limit ? { limit } : {}) },
    context: { active_test: false },
    readOnly: true,
  });
}

export function createOdooItems(odoo: OdooJson2): ItemPort {
  return {
    async get(sku: string): Promise<Versioned<Item> | undefined> {
      // Odoo does not keep default_code unique; two variants with one SKU are refused, not guessed.
      const product = onlyOne(await readProducts(odoo, [['default_code', '=', sku]], 2), `product with SKU ${sku}`);
      return product ? { value: toItem(product), version: String(product.write_date) } : undefined;
    },

    async list(filter: ItemFilter & PageRequest): Promise<Page<Item>> {
      const take = pageSize(filter.limit);
      const since: DomainTerm[] = filter.updatedSince ? [['write_date', '>=', odooDateTime(filter.updatedSince)]] : [];
      const text: DomainTerm[] = filter.q
        ? ['|', ['default_code', 'ilike', filter.q], ['name', 'ilike', filter.q]]
        : [];
      if (filter.skus) text.push(['default_code', 'in', filter.skus]);
      const records = await readProducts(
        odoo,
        [...statusDomain(filter.status), ...text, ...since, ...afterIdDomain(filter.cursor)],
        take + 1,
      );
      return pageById(records, take, toItem);
    },

    create: () => Promise.reject(new ErpCapabilityMissingError(ODOO_ADAPTER, 'creating items')),
    update: () => Promise.reject(new ErpCapabilityMissingError(ODOO_ADAPTER, 'updating items')),

    streamChanged: (since: Date) =>
      streamChangedSince(since, async (domain, limit) =>
        (await readProducts(odoo, domain, limit, 'write_date asc, id asc')).map((record) => ({
          record,
          value: toItem(record),
        })),
      ),
  };
}

/** An item sells while its variant is active and may be sold; otherwise it is discontinued. */
function statusDomain(status: string | undefined): DomainTerm[] {
  switch (status) {
    case undefined:
      return [];
    case 'active':
      return [
        ['active', '=', true],
        ['sale_ok', '=', true],
      ];
    case 'discontinued':
      return ['|', ['active', '=', false], ['sale_ok', '=', false]];
    default:
      throw new ValidationError(`Unknown item status "${status}": expected active or discontinued.`);
  }
}

/**
 * Notes on fields Odoo does not have as Crossdock does:
 * - baseUom: the code for Odoo's unit name (unitFromOdoo); alternate units (Odoo packagings) are
 *   not read, so an item is ordered in its base unit only.
 * - weightKg: Odoo's `weight`, in the database's weight unit (kilograms unless changed); 0 is
 *   Odoo's "not set" and is left out.
 * - returnable: true; Odoo has no per-product flag for it.
 */
export function toItem(product: OdooRecord): Item {
  const unit = unitFromOdoo(product.uom_id);
  const barcode = text(product.barcode);
  const weight =
    typeof product.weight === 'number' && product.weight > 0 ? decimalFromOdoo(product.weight, 4) : undefined;
  return {
    sku: String(product.default_code),
    description: text(product.name) ?? '',
    status: product.active !== false && product.sale_ok !== false ? 'active' : 'discontinued',
    baseUom: unit.code,
    alternateUoms: [],
    ...(unit.decimal ? { decimalQuantityAllowed: true } : {}),
    ...(barcode && /^\d{8,14}$/.test(barcode) ? { gtin: barcode } : {}),
    ...(weight ? { weightKg: weight } : {}),
    returnable: true,
  };
}
