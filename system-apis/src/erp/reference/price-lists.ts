import type { PriceList, PriceListEntry } from '@crossdock/shared-contracts/contracts/model/price-list';
import type { PriceListEntryInput } from '@crossdock/shared-contracts/contracts/api/system-price-lists';
import { BusinessRuleError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ErpDatabase } from '../../database';
import type { PriceListEntry as EntryRow } from '../../generated/prisma/client';
import type { PriceChange, PricingPort } from '../ports/commercial-ports';
import type { WriteActor } from '../ports/common';
import { recordAudit } from './audit';
import { byChangeThenId, changedAfterById, changedSince } from './change-feed';
import { resolveManyPrices, resolvePrices } from './pricing';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function toEntry(row: EntryRow): PriceListEntry {
  return {
    sku: row.sku,
    uom: row.uom,
    minimumQuantity: row.minQuantity,
    unitPrice: row.unitPrice.toFixed(4),
    effectiveFrom: isoDate(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? isoDate(row.effectiveTo) : undefined,
  };
}

async function getPriceList(db: ErpDatabase, id: string): Promise<PriceList | undefined> {
  const list = await db.priceList.findUnique({
    where: { id },
    include: {
      entries: { orderBy: [{ sku: 'asc' }, { uom: 'asc' }, { minQuantity: 'asc' }, { effectiveFrom: 'asc' }] },
      customers: { select: { id: true }, take: 2 },
    },
  });
  if (!list) return undefined;
  // A list that belongs to exactly one customer is that customer's contract.
  const customerId = list.customers.length === 1 ? list.customers[0]!.id : undefined;
  return { id: list.id, name: list.name, currency: list.currency, customerId, entries: list.entries.map(toEntry) };
}

/** Adds a price to a list. Prices are never edited in place: a change is a new entry with its dates. */
async function addEntry(
  db: ErpDatabase,
  priceListId: string,
  entry: PriceListEntryInput,
  by: WriteActor,
): Promise<PriceList> {
  if (entry.effectiveTo && entry.effectiveTo < entry.effectiveFrom)
    throw new ValidationError('A price cannot end before it starts.', [
      { field: 'effectiveTo', message: 'must be on or after effectiveFrom' },
    ]);
  await db.$transaction(async (tx) => {
    const list = await tx.priceList.findUnique({ where: { id: priceListId }, select: { id: true } });
    if (!list) throw new NotFoundError(`Price list ${priceListId} does not exist.`);
    const uom = await tx.itemUom.findUnique({ where: { sku_uom: { sku: entry.sku, uom: entry.uom } } });
    if (!uom)
      throw new BusinessRuleError(
        'UOM_NOT_CONVERTIBLE',
        `Item ${entry.sku} is not known, or not sold in ${entry.uom}.`,
      );
    const row = await tx.priceListEntry.create({
      data: {
        priceListId,
        sku: entry.sku,
        uom: entry.uom,
        minQuantity: entry.minimumQuantity,
        unitPrice: entry.unitPrice,
        effectiveFrom: new Date(entry.effectiveFrom),
        effectiveTo: entry.effectiveTo ? new Date(entry.effectiveTo) : null,
      },
    });
    await recordAudit(tx, 'price-list-entry', row.id, 'create', by, {
      priceListId,
      sku: entry.sku,
      unitPrice: entry.unitPrice,
    });
  });
  return (await getPriceList(db, priceListId))!;
}

export function createReferencePricing(db: ErpDatabase): PricingPort {
  return {
    listPriceLists: async () => {
      const lists = await db.priceList.findMany({
        orderBy: { id: 'asc' },
        include: { customers: { select: { id: true }, take: 2 } },
      });
      return lists.map((list) => ({
        id: list.id,
        name: list.name,
        currency: list.currency,
        customerId: list.customers.length === 1 ? list.customers[0]!.id : undefined,
      }));
    },
    getPriceList: (id) => getPriceList(db, id),
    addEntry: (priceListId, entry, by) => addEntry(db, priceListId, entry, by),
    resolve: (request) => resolvePrices(db, request),
    resolveMany: (requests) => resolveManyPrices(db, requests),
    streamChanged: (since) =>
      changedSince<EntryRow, PriceChange>(
        (after, take) =>
          db.priceListEntry.findMany({
            where: changedAfterById(after, since),
            orderBy: byChangeThenId(),
            take,
          }),
        (row) => row.id,
        (row) => ({ priceListId: row.priceListId, ...toEntry(row) }),
      ),
  };
}
