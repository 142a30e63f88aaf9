import type { Customer } from '@crossdock/shared-contracts/model/customer';
import { decodeCursor, encodeCursor, pageSize, type Page } from '@crossdock/shared-contracts/contracts/page';
import type { ErpDatabase } from '../../database';
import type { Customer as CustomerRow } from '../../generated/prisma/client';
import type { PageRequest } from '../erp-adapter';

export function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    name: row.name,
    status: row.status as Customer['status'],
    currency: row.currency,
    creditLimit: row.creditLimit.toFixed(2),
    paymentTerms: row.paymentTerms,
    taxJurisdiction: row.taxJurisdiction,
    priceListId: row.priceListId ?? undefined,
    preferredWarehouseId: row.preferredWarehouseId ?? undefined,
    allowBackorders: row.allowBackorders,
    billTo: row.billTo as unknown as Customer['billTo'],
    shipTo: row.shipTo as unknown as Customer['shipTo'],
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getCustomer(db: ErpDatabase, id: string): Promise<Customer | undefined> {
  const row = await db.customer.findUnique({ where: { id } });
  return row ? toCustomer(row) : undefined;
}

export async function listCustomers(db: ErpDatabase, page: PageRequest): Promise<Page<Customer>> {
  const take = pageSize(page.limit);
  const after = decodeCursor(page.cursor);
  const rows = await db.customer.findMany({ where: after ? { id: { gt: after } } : {}, orderBy: { id: 'asc' }, take: take + 1 });
  return toPage(rows.map(toCustomer), take, (customer) => customer.id);
}

/** Builds a page from `take + 1` rows: the extra row only says there is a next page. */
export function toPage<T>(rows: T[], take: number, keyOf: (row: T) => string): Page<T> {
  const items = rows.slice(0, take);
  const last = items.at(-1);
  return rows.length > take && last ? { items, nextCursor: encodeCursor(keyOf(last)) } : { items };
}
