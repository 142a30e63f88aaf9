import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { CreateErpSalesOrderRequest } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import { customerSchema } from '@crossdock/shared-contracts/contracts/model/customer';
import { inventoryPositionSchema } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import { itemSchema } from '@crossdock/shared-contracts/contracts/model/item';
import type { PageRequest, WriteActor } from '../ports/common';
import type { ErpAdapter } from '../ports/erp-adapter';

/**
 * The ids an ERP's contract run can rely on, in that ERP's own numbering (the reference ERP:
 * customer C-1001, item HXB-004, warehouse WH-DAL).
 */
export interface ContractFixtures {
  /** An active customer that may order. */
  customerId: string;
  /** An id in this ERP's format that names no customer. */
  unknownCustomerId: string;
  /** An active item with stock on hand in `warehouseId`. */
  stockedSku: string;
  unknownSku: string;
  warehouseId: string;
  /** An order id in this ERP's format that names no order. */
  unknownSalesOrderId: string;
  /** A complete delivery address the ERP accepts for `customerId`. */
  shipTo: Address;
}

export interface ContractSubject {
  erp: ErpAdapter;
  fixtures: ContractFixtures;
  close(): Promise<void>;
}

const ACTOR: WriteActor = { actor: 'erp-contract', correlationId: 'erp-contract-run' };

// A cursor that never ends (a page pointing back at itself) must fail the test, not hang it.
const MAX_PAGES = 500;

/**
 * Every item of a cursor-paginated list. The first page is small, so even a short list is walked
 * across a cursor; the rest come `limit` at a time, so a catalogue of thousands is walked quickly.
 */
async function walk<T>(list: (page: PageRequest) => Promise<Page<T>>, limit: number, firstLimit = 2): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const pageLimit = pages === 0 ? firstLimit : limit;
    const page = await list({ cursor, limit: pageLimit });
    expect(page.items.length).toBeLessThanOrEqual(pageLimit);
    all.push(...page.items);
    if (!page.nextCursor) return all;
    cursor = page.nextCursor;
  }
  throw new Error(`The list still had a next page after ${MAX_PAGES} pages`);
}

/**
 * Registers the tests every ErpAdapter must pass on the part of the port all adapters map:
 * customers, items, stock positions and sales orders. `setup` runs once for the suite; orders are
 * created with fresh keys, so the suite can run against a database that outlives it.
 */
export function describeErpContract(name: string, setup: () => Promise<ContractSubject>): void {
  describe(`ErpAdapter contract: ${name}`, () => {
    let subject: ContractSubject;
    const erp = () => subject.erp;
    const fixtures = () => subject.fixtures;

    beforeAll(async () => {
      subject = await setup();
    });
    afterAll(async () => {
      await subject?.close();
    });

    describe('customers', () => {
      it('finds a known customer, in the canonical shape, with a version', async () => {
        const found = await erp().customers.get(fixtures().customerId);
        expect(found?.value.id).toBe(fixtures().customerId);
        expect(customerSchema.safeParse(found?.value).error).toBeUndefined();
        expect(found?.version).toEqual(expect.any(String));
      });

      it('answers undefined for an unknown customer instead of throwing', async () => {
        await expect(erp().customers.get(fixtures().unknownCustomerId)).resolves.toBeUndefined();
      });

      it('walks every customer with the cursor, each once, the known one among them', async () => {
        const customers = await walk((page) => erp().customers.list(page), 100);
        const ids = customers.map((customer) => customer.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toContain(fixtures().customerId);
      });
    });

    describe('items', () => {
      it('finds a known item with its base unit of measure', async () => {
        const found = await erp().items.get(fixtures().stockedSku);
        expect(found?.value.sku).toBe(fixtures().stockedSku);
        expect(itemSchema.safeParse(found?.value).error).toBeUndefined();
        expect(found?.value.baseUom).toMatch(/\S/);
        expect(found?.version).toEqual(expect.any(String));
      });

      it('answers undefined for an unknown SKU', async () => {
        await expect(erp().items.get(fixtures().unknownSku)).resolves.toBeUndefined();
      });

      it('walks every item with the cursor, each once, each with its units', async () => {
        const items = await walk((page) => erp().items.list(page), 100);
        const skus = items.map((item) => item.sku);
        expect(new Set(skus).size).toBe(skus.length);
        expect(skus).toContain(fixtures().stockedSku);
        for (const item of items) expect(itemSchema.safeParse(item).error).toBeUndefined();
      });

      it('finds items by text in the SKU or the description, in any letter case', async () => {
        const known = (await erp().items.get(fixtures().stockedSku))!.value;
        const bySku = await walk((page) => erp().items.list({ ...page, q: known.sku.toLowerCase() }), 20);
        expect(bySku.map((item) => item.sku)).toContain(known.sku);
        const word = known.description.split(/\s+/).find((part) => part.length >= 4)!;
        const byDescription = await walk((page) => erp().items.list({ ...page, q: word.toUpperCase() }), 50);
        expect(byDescription.map((item) => item.sku)).toContain(known.sku);
        for (const item of byDescription)
          expect(`${item.sku} ${item.description}`.toLowerCase()).toContain(word.toLowerCase());
        await expect(erp().items.list({ q: 'no item is called this at all' })).resolves.toEqual({ items: [] });
      });

      it('lists the items of several SKUs at once, and of no other', async () => {
        const items = await walk(
          (page) => erp().items.list({ ...page, skus: [fixtures().stockedSku, fixtures().unknownSku] }),
          10,
        );
        expect(items.map((item) => item.sku)).toEqual([fixtures().stockedSku]);
      });
    });

    describe('inventory', () => {
      it('lists the warehouse the fixtures name', async () => {
        const warehouses = await erp().inventory.listWarehouses();
        expect(warehouses.map((warehouse) => warehouse.id)).toContain(fixtures().warehouseId);
      });

      it('lists stock positions of one SKU, in its base unit, available = on hand − allocated', async () => {
        const item = await erp().items.get(fixtures().stockedSku);
        const positions = await walk(
          (page) => erp().inventory.listPositions({ ...page, sku: fixtures().stockedSku }),
          50,
        );
        expect(positions.length).toBeGreaterThan(0);
        for (const position of positions) {
          expect(inventoryPositionSchema.safeParse(position).error).toBeUndefined();
          expect(position.sku).toBe(fixtures().stockedSku);
          expect(position.uom).toBe(item?.value.baseUom);
          expect(position.available).toBeCloseTo(position.onHand - position.allocated, 4);
        }
        const inWarehouse = positions.find((position) => position.warehouseId === fixtures().warehouseId);
        expect(inWarehouse?.onHand).toBeGreaterThan(0);
      });

      it('lists the positions of several SKUs at once, and of no other', async () => {
        const positions = await walk(
          (page) => erp().inventory.listPositions({ ...page, skus: [fixtures().stockedSku, fixtures().unknownSku] }),
          50,
        );
        expect(positions.length).toBeGreaterThan(0);
        expect(new Set(positions.map((position) => position.sku))).toEqual(new Set([fixtures().stockedSku]));
      });
    });

    describe('sales orders', () => {
      const orderRequest = async (orderKey: string): Promise<CreateErpSalesOrderRequest> => {
        const item = await erp().items.get(fixtures().stockedSku);
        return {
          orderKey,
          customerId: fixtures().customerId,
          purchaseOrderNumber: `PO-${orderKey.slice(-8)}`,
          shipTo: fixtures().shipTo,
          lines: [
            {
              lineNumber: 1,
              sku: fixtures().stockedSku,
              quantity: 2,
              uom: item?.value.baseUom ?? '',
              unitPrice: '10.00',
              priceRule: 'contract-test',
            },
          ],
        };
      };

      it('creates an order once per order key: the same key again answers the same order', async () => {
        const request = await orderRequest(`contract-${randomUUID()}`);
        const first = await erp().salesOrders.create(request, ACTOR);
        const again = await erp().salesOrders.create(request, ACTOR);
        expect(first.created).toBe(true);
        expect(again.created).toBe(false);
        expect(again.order.id).toBe(first.order.id);
        expect(first.order).toMatchObject({
          orderKey: request.orderKey,
          customerId: fixtures().customerId,
          status: 'open',
        });
      });

      it('reads an order back as created, and undefined for an unknown id', async () => {
        const request = await orderRequest(`contract-${randomUUID()}`);
        const { order } = await erp().salesOrders.create(request, ACTOR);
        const read = await erp().salesOrders.get(order.id);
        expect(read).toMatchObject({
          id: order.id,
          orderKey: request.orderKey,
          customerId: fixtures().customerId,
          purchaseOrderNumber: request.purchaseOrderNumber,
        });
        expect(read?.lines).toEqual([
          expect.objectContaining({
            lineNumber: 1,
            sku: fixtures().stockedSku,
            quantity: 2,
            unitPrice: expect.stringMatching(/^10(\.0+)?$/),
          }),
        ]);
        expect(read?.shipTo).toMatchObject({
          line1: fixtures().shipTo.line1,
          city: fixtures().shipTo.city,
          postalCode: fixtures().shipTo.postalCode,
          country: fixtures().shipTo.country,
        });
        await expect(erp().salesOrders.get(fixtures().unknownSalesOrderId)).resolves.toBeUndefined();
      });

      it("lists a customer's orders, only theirs, the new one among them", async () => {
        const { order } = await erp().salesOrders.create(await orderRequest(`contract-${randomUUID()}`), ACTOR);
        const orders = await walk(
          (page) => erp().salesOrders.list({ ...page, customerId: fixtures().customerId }),
          200,
        );
        expect(orders.map((listed) => listed.id)).toContain(order.id);
        expect(new Set(orders.map((listed) => listed.id)).size).toBe(orders.length);
        for (const listed of orders) expect(listed.customerId).toBe(fixtures().customerId);
      });

      it('cancels an order; cancelling it again changes nothing', async () => {
        const { order } = await erp().salesOrders.create(await orderRequest(`contract-${randomUUID()}`), ACTOR);
        const cancelled = await erp().salesOrders.cancel(order.id, 'customer withdrew the order', ACTOR);
        expect(cancelled.status).toBe('cancelled');
        const again = await erp().salesOrders.cancel(order.id, 'customer withdrew the order', ACTOR);
        expect(again.status).toBe('cancelled');
        expect((await erp().salesOrders.get(order.id))?.status).toBe('cancelled');
      });
    });
  });
}
