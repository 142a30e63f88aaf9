import { decodeCursor, encodeCursor, pageSize, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import { ErpCapabilityMissingError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import type { Warehouse } from '@crossdock/shared-contracts/contracts/model/warehouse';
import type { InventoryPort, PositionFilter } from '../ports/inventory-port';
import { readAddresses } from './odoo-addresses';
import { readProducts } from './odoo-items';
import { ODOO_ADAPTER, type OdooJson2 } from './odoo-json2';
import {
  many2oneId,
  odooDateTime,
  quantityFromOdoo,
  text,
  unitFromOdoo,
  type DomainTerm,
  type OdooRecord,
} from './odoo-values';

/** Where a page of positions stopped: positions run in (product id, warehouse id) order. */
interface PositionKey {
  productId: number;
  warehouseId: number;
}

interface KeyedPosition {
  key: PositionKey;
  position: InventoryPosition;
}

const missing = (capability: string) => (): Promise<never> =>
  Promise.reject(new ErpCapabilityMissingError(ODOO_ADAPTER, capability));

/**
 * Stock from Odoo's quants (stock.quant: one per product, location, lot and package). A position
 * is the sum of a product's quants in a warehouse's stock location (`lot_stock_id`) and every
 * location under it; quants elsewhere (customers, vendors, inventory loss) are not stock. The
 * warehouse id is the warehouse's short code ("DAL1").
 *
 * Movements and reservations are not mapped: Odoo moves stock through pickings and reserves it
 * when a sales order is confirmed, not through calls like these.
 */
export function createOdooInventory(odoo: OdooJson2): InventoryPort {
  const readWarehouses = () =>
    odoo.call<OdooRecord[]>({
      model: 'stock.warehouse',
      method: 'search_read',
      params: { domain: [], fields: ['code', 'name', 'lot_stock_id', 'partner_id'], order: 'id asc' },
      readOnly: true,
    });

  return {
    async listWarehouses(): Promise<Warehouse[]> {
      const warehouses = await readWarehouses();
      const addresses = await readAddresses(
        odoo,
        warehouses.map((warehouse) => many2oneId(warehouse.partner_id)).filter((id): id is number => id !== undefined),
      );
      return warehouses.map((warehouse) => {
        const address = addresses.get(many2oneId(warehouse.partner_id) ?? 0) ?? {
          name: '',
          line1: '',
          city: '',
          postalCode: '',
          country: '',
        };
        return { id: String(warehouse.code), name: text(warehouse.name) ?? String(warehouse.code), address };
      });
    },

    async listPositions(filter: PositionFilter): Promise<Page<InventoryPosition>> {
      const take = pageSize(filter.limit);
      const after = positionAfter(filter.cursor);
      const warehouses = (await readWarehouses()).filter(
        (warehouse) => !filter.warehouseId || warehouse.code === filter.warehouseId,
      );
      if (warehouses.length === 0) return { items: [] };
      const skuDomain: DomainTerm[] = [
        ...(filter.sku ? [['default_code', '=', filter.sku] as DomainTerm] : []),
        ...(filter.skus ? [['default_code', 'in', filter.skus] as DomainTerm] : []),
      ];
      const since = filter.updatedSince ? odooDateTime(filter.updatedSince) : undefined;

      const found: KeyedPosition[] = [];
      // The cursor's product is read again: its remaining warehouses may still be to come.
      let productAfter = after ? after.productId - 1 : 0;
      while (found.length <= take) {
        const products = await readProducts(odoo, [...skuDomain, ['id', '>', productAfter]], take + 1);
        const positions = await positionsOf(odoo, products, warehouses, since);
        found.push(...positions.filter((keyed) => !after || compareKeys(keyed.key, after) > 0));
        const last = products.at(-1);
        if (!last || products.length <= take) break;
        productAfter = last.id;
      }
      const items = found.slice(0, take);
      const lastKept = items.at(-1)?.key;
      const page: Page<InventoryPosition> = { items: items.map((keyed) => keyed.position) };
      return found.length > take && lastKept
        ? { ...page, nextCursor: encodeCursor(`${lastKept.productId}:${lastKept.warehouseId}`) }
        : page;
    },

    recordMovement: missing('inventory movements'),
    listMovements: missing('inventory movements'),
    reserve: missing('stock reservations (Odoo reserves when a sales order is confirmed)'),
    release: missing('stock reservations'),
    getReservation: missing('stock reservations'),
    listReservations: missing('stock reservations'),
    streamChanged: (): AsyncIterable<InventoryPosition> => ({
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.reject(new ErpCapabilityMissingError(ODOO_ADAPTER, 'an inventory change feed')),
      }),
    }),
  };
}

/**
 * The positions of these products in these warehouses, in (product, warehouse) order: one
 * search_read of quants per warehouse (`child_of` its stock location), summed per product. A
 * product with no quant in a warehouse has no position there.
 */
async function positionsOf(
  odoo: OdooJson2,
  products: OdooRecord[],
  warehouses: OdooRecord[],
  since: string | undefined,
): Promise<KeyedPosition[]> {
  if (products.length === 0) return [];
  const productIds = products.map((product) => product.id);
  const quantsPerWarehouse = await Promise.all(
    warehouses.map((warehouse) =>
      odoo.call<OdooRecord[]>({
        model: 'stock.quant',
        method: 'search_read',
        params: {
          domain: [
            ['product_id', 'in', productIds],
            ['location_id', 'child_of', many2oneId(warehouse.lot_stock_id) ?? 0],
          ],
          fields: ['product_id', 'quantity', 'reserved_quantity', 'write_date'],
        },
        readOnly: true,
      }),
    ),
  );
  const asOf = new Date().toISOString();
  const positions: KeyedPosition[] = [];
  for (const product of products) {
    warehouses.forEach((warehouse, index) => {
      const quants = (quantsPerWarehouse[index] ?? []).filter((quant) => many2oneId(quant.product_id) === product.id);
      if (quants.length === 0) return;
      // A position counts as changed when any of its quants was written since then.
      if (since && !quants.some((quant) => String(quant.write_date) >= since)) return;
      // Odoo lets stock go negative when it ships what it did not count; Crossdock's on hand
      // cannot, so an oversold position shows 0 on hand and a negative available.
      const onHand = Math.max(0, quantityFromOdoo(quants.reduce((sum, quant) => sum + Number(quant.quantity), 0)));
      const allocated = quantityFromOdoo(quants.reduce((sum, quant) => sum + Number(quant.reserved_quantity), 0));
      positions.push({
        key: { productId: product.id, warehouseId: warehouse.id },
        position: {
          sku: String(product.default_code),
          warehouseId: String(warehouse.code),
          uom: unitFromOdoo(product.uom_id).code,
          onHand,
          allocated,
          available: quantityFromOdoo(onHand - allocated),
          // Incoming purchase orders are not read.
          onOrder: 0,
          asOf,
        },
      });
    });
  }
  return positions.sort((a, b) => compareKeys(a.key, b.key));
}

function compareKeys(a: PositionKey, b: PositionKey): number {
  return a.productId - b.productId || a.warehouseId - b.warehouseId;
}

function positionAfter(cursor: string | undefined): PositionKey | undefined {
  const key = decodeCursor(cursor);
  if (key === undefined) return undefined;
  const match = /^(\d{1,10}):(\d{1,10})$/.exec(key);
  if (!match) throw new ValidationError('The cursor is not one this API handed out.');
  return { productId: Number(match[1]), warehouseId: Number(match[2]) };
}
