import type { Prisma } from '../generated/prisma/client';
import { FIRST_FAMILY_ITEM_COUNT, smallestPackFactor, type DemoItem } from './demo-catalogue';

const address = (name: string, line1: string, city: string, region: string, postalCode: string) => ({
  name,
  line1,
  city,
  region,
  postalCode,
  country: 'US',
});

export const DEMO_WAREHOUSES: Prisma.WarehouseCreateManyInput[] = [
  {
    id: 'WH-DAL',
    name: 'Dallas distribution centre',
    address: address('Crossdock Dallas DC', '4500 Logistics Pkwy', 'Dallas', 'TX', '75236'),
    timeZone: 'America/Chicago',
  },
  {
    id: 'WH-ATL',
    name: 'Atlanta distribution centre',
    address: address('Crossdock Atlanta DC', '880 Freight Dr', 'Atlanta', 'GA', '30336'),
    timeZone: 'America/New_York',
  },
  // Arizona keeps standard time all year, so Phoenix has its own zone rather than America/Denver.
  {
    id: 'WH-PHX',
    name: 'Phoenix distribution centre',
    address: address('Crossdock Phoenix DC', '2150 S 51st Ave', 'Phoenix', 'AZ', '85043'),
    timeZone: 'America/Phoenix',
  },
];

/**
 * Stock in each warehouse, by formulas on the item's place in the catalogue, so every start gives the
 * same figures. The first families keep the stock tests and demos were written against (Dallas and
 * Atlanta only, as before). The product lines are stocked in whole stocking units (a case, a reel, a
 * bundle): Dallas carries every item, Atlanta most, Phoenix three in four; some items are out of stock
 * in Atlanta and some are on order with an expected date, so backorders and split shipments have
 * something to work with.
 */
export function demoStock(catalogue: DemoItem[]): Prisma.InventoryPositionCreateManyInput[] {
  return catalogue.flatMap((item, index) =>
    index < FIRST_FAMILY_ITEM_COUNT ? firstFamilyStock(item, index) : productLineStock(item, index),
  );
}

function firstFamilyStock(item: DemoItem, index: number): Prisma.InventoryPositionCreateManyInput[] {
  return [
    { sku: item.sku, warehouseId: 'WH-DAL', onHand: 200 + (index % 7) * 150, onOrder: index % 5 === 0 ? 500 : 0 },
    { sku: item.sku, warehouseId: 'WH-ATL', onHand: (index % 4) * 120 },
  ];
}

function productLineStock(item: DemoItem, index: number): Prisma.InventoryPositionCreateManyInput[] {
  const unit = smallestPackFactor(item);
  const positions: Prisma.InventoryPositionCreateManyInput[] = [
    {
      sku: item.sku,
      warehouseId: 'WH-DAL',
      onHand: unit * (3 + ((index * 7) % 17)),
      ...(index % 9 === 0 ? onOrder(unit * 12, 2026, 12, 1 + (index % 40)) : {}),
    },
  ];
  const outInAtlanta = index % 6 === 5;
  positions.push({
    sku: item.sku,
    warehouseId: 'WH-ATL',
    onHand: outInAtlanta ? 0 : unit * (2 + ((index * 11) % 13)),
    // Half of what Atlanta is out of is already on its way.
    ...(outInAtlanta && index % 12 === 11 ? onOrder(unit * 10, 2027, 1, 5 + (index % 20)) : {}),
  });
  if (index % 4 !== 3) {
    positions.push({
      sku: item.sku,
      warehouseId: 'WH-PHX',
      onHand: unit * (1 + ((index * 5) % 9)),
      ...(index % 10 === 1 ? onOrder(unit * 6, 2026, 12, 10 + (index % 15)) : {}),
    });
  }
  return positions;
}

/** A purchase order due on a fixed date (fixed, not relative to today, so the data is the same on every start). */
function onOrder(quantity: number, year: number, month: number, day: number) {
  return { onOrder: quantity, expectedDate: new Date(Date.UTC(year, month - 1, day)) };
}
