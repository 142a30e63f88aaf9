import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import { promiseFrom } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import { toBaseQuantity, type Item } from '@crossdock/shared-contracts/contracts/model/item';
import type { LinePriceAndStock } from '../../shared/price-and-stock';
import type { PortalCatalogueItem, PortalPrice, PortalStock, PortalUnit } from './portal-catalogue';

export function unitsOf(item: Item): PortalUnit[] {
  return [
    { uom: item.baseUom, factorToBase: 1 },
    ...item.alternateUoms.map((unit) => ({ uom: unit.uom, factorToBase: unit.factorToBase })),
  ];
}

/** The stock for `baseQuantity`: available now, per warehouse, and when the quantity can be promised. */
export function stockFor(positions: InventoryPosition[], baseQuantity: number, today: string): PortalStock {
  const promise = promiseFrom(positions, baseQuantity, today);
  return {
    available: promise.available,
    promisedDate: promise.promisedDate,
    warehouses: positions.map((position) => ({
      warehouseId: position.warehouseId,
      available: position.available,
      onOrder: position.onOrder,
      expectedDate: position.expectedDate,
    })),
  };
}

export function priceOf(answer: LinePriceAndStock): PortalPrice | undefined {
  const price = answer.price;
  return (
    price && {
      quantity: price.quantity,
      uom: price.uom,
      unitPrice: price.unitPrice,
      currency: price.currency,
      priceListId: price.priceListId,
      priceRule: price.rule,
    }
  );
}

/** A catalogue item for the customer: the item, its price for the line asked, and its stock. */
export function toCatalogueItem(item: Item, answer: LinePriceAndStock, today: string): PortalCatalogueItem {
  const baseQuantity =
    toBaseQuantity(item, answer.line.quantity, answer.line.uom ?? item.baseUom) ?? answer.line.quantity;
  const view: PortalCatalogueItem = {
    sku: item.sku,
    description: item.description,
    baseUom: item.baseUom,
    units: unitsOf(item),
    stock: stockFor(answer.positions, baseQuantity, today),
  };
  const price = priceOf(answer);
  if (price) view.price = price;
  if (answer.unpriced) view.unpriced = answer.unpriced.detail;
  return view;
}
