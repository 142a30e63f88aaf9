import { isUniqueViolation } from '@crossdock/shared-contracts/platform/database/unique-violation';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { CustomerFilter, CustomerInput } from '@crossdock/shared-contracts/contracts/api/system-customers';
import { decodeCursor, pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ErpDatabase } from '../../database';
import type { Customer as CustomerRow } from '../../generated/prisma/client';
import type { CustomerPort } from '../ports/master-data-ports';
import type { PageRequest, Versioned, WriteActor } from '../ports/common';
import { recordAudit } from './audit';
import { addressColumn } from './json-columns';
import { ANY_VERSION } from '@crossdock/shared-contracts/platform/http/etag';
import { byChangeThenId, changedAfterById, changedSince } from './change-feed';

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
    billTo: addressColumn.read(row.billTo),
    shipTo: addressColumn.read(row.shipTo),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const versioned = (row: CustomerRow): Versioned<Customer> => ({ value: toCustomer(row), version: String(row.version) });

function columns(input: CustomerInput) {
  return {
    name: input.name,
    status: input.status,
    currency: input.currency,
    creditLimit: input.creditLimit,
    paymentTerms: input.paymentTerms,
    taxJurisdiction: input.taxJurisdiction,
    priceListId: input.priceListId ?? null,
    preferredWarehouseId: input.preferredWarehouseId ?? null,
    allowBackorders: input.allowBackorders,
    billTo: addressColumn.write(input.billTo),
    shipTo: addressColumn.write(input.shipTo),
  };
}

async function list(db: ErpDatabase, filter: CustomerFilter & PageRequest): Promise<Page<Customer>> {
  const take = pageSize(filter.limit);
  const after = decodeCursor(filter.cursor);
  const rows = await db.customer.findMany({
    where: {
      ...(after ? { id: { gt: after } } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.updatedSince ? { updatedAt: { gte: new Date(filter.updatedSince) } } : {}),
    },
    orderBy: { id: 'asc' },
    take: take + 1,
  });
  return toPage(rows.map(toCustomer), take, (customer) => customer.id);
}

/** A customer may only name a price list and a warehouse the ERP has. */
async function checkReferences(db: ErpDatabase, input: CustomerInput): Promise<void> {
  const [priceList, warehouse] = await Promise.all([
    input.priceListId ? db.priceList.findUnique({ where: { id: input.priceListId }, select: { id: true } }) : true,
    input.preferredWarehouseId
      ? db.warehouse.findUnique({ where: { id: input.preferredWarehouseId }, select: { id: true } })
      : true,
  ]);
  const errors = [
    ...(priceList ? [] : [{ field: 'priceListId', message: `no price list ${input.priceListId}` }]),
    ...(warehouse ? [] : [{ field: 'preferredWarehouseId', message: `no warehouse ${input.preferredWarehouseId}` }]),
  ];
  if (errors.length)
    throw new ValidationError('The customer names a price list or warehouse the ERP does not have.', errors);
}

async function create(db: ErpDatabase, input: CustomerInput, by: WriteActor): Promise<Versioned<Customer>> {
  await checkReferences(db, input);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.customer.create({ data: { id: input.id, ...columns(input), updatedBy: by.actor } });
      await recordAudit(tx, 'customer', created.id, 'create', by);
      return created;
    });
    return versioned(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        'customer-exists',
        'The customer exists',
        `Customer ${input.id} exists already; update it instead.`,
      );
    }
    throw error;
  }
}

/** Compare-and-set on the version: of two writers who read the same version, the second is refused. */
async function update(
  db: ErpDatabase,
  id: string,
  input: CustomerInput,
  expectedVersion: string,
  by: WriteActor,
): Promise<Versioned<Customer>> {
  await checkReferences(db, input);
  const row = await db.$transaction(async (tx) => {
    const written = await tx.customer.updateMany({
      where: { id, ...(expectedVersion === ANY_VERSION ? {} : { version: Number(expectedVersion) || -1 }) },
      data: { ...columns(input), version: { increment: 1 }, updatedBy: by.actor },
    });
    if (written.count === 0) {
      const exists = await tx.customer.findUnique({ where: { id }, select: { version: true } });
      if (!exists) throw new NotFoundError(`Customer ${id} does not exist.`);
      throw new PreconditionFailedError(
        `Customer ${id} is at version ${exists.version}, not ${expectedVersion}; read it again and reapply your change.`,
      );
    }
    await recordAudit(tx, 'customer', id, 'update', by, { fromVersion: expectedVersion });
    return tx.customer.findUniqueOrThrow({ where: { id } });
  });
  return versioned(row);
}

export function createReferenceCustomers(db: ErpDatabase): CustomerPort {
  return {
    get: async (id) => {
      const row = await db.customer.findUnique({ where: { id } });
      return row ? versioned(row) : undefined;
    },
    getMany: async (ids) => (await db.customer.findMany({ where: { id: { in: [...ids] } } })).map(versioned),
    list: (filter) => list(db, filter),
    create: (input, by) => create(db, input, by),
    update: (id, input, expectedVersion, by) => update(db, id, input, expectedVersion, by),
    streamChanged: (since) =>
      changedSince(
        (after, take) =>
          db.customer.findMany({
            where: changedAfterById(after, since),
            orderBy: byChangeThenId(),
            take,
          }),
        (row) => row.id,
        toCustomer,
      ),
  };
}
