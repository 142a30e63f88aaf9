import { isUniqueViolation } from '@crossdock/shared-contracts/platform/database/unique-violation';
import { itemSchema, type Item } from '@crossdock/shared-contracts/contracts/model/item';
import type { ItemFilter, ItemInput } from '@crossdock/shared-contracts/contracts/api/system-items';
import { decodeCursor, pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ErpDatabase } from '../../database';
import type { Item as ItemRow, ItemUom } from '../../generated/prisma/client';
import type { ItemPort } from '../ports/master-data-ports';
import type { PageRequest, Versioned, WriteActor } from '../ports/common';
import { recordAudit } from './audit';
import { ANY_VERSION } from '@crossdock/shared-contracts/platform/http/etag';
import { changedSince } from './change-feed';

type ItemWithUoms = ItemRow & { uoms: ItemUom[] };

export function toItem(row: ItemWithUoms): Item {
  return {
    sku: row.sku,
    description: row.description,
    status: row.status as Item['status'],
    baseUom: row.baseUom,
    alternateUoms: row.uoms
      .filter((uom) => uom.uom !== row.baseUom)
      .sort((a, b) => a.factorToBase - b.factorToBase)
      .map((uom) => ({ uom: uom.uom, factorToBase: uom.factorToBase })),
    weightKg: row.weightKg.toFixed(3),
    returnable: row.returnable,
  };
}

const versioned = (row: ItemWithUoms): Versioned<Item> => ({ value: toItem(row), version: String(row.version) });

function columns(input: ItemInput) {
  return {
    description: input.description,
    baseUom: input.baseUom,
    weightKg: input.weightKg ?? '0',
    status: input.status,
    returnable: input.returnable,
  };
}

function uomRows(input: ItemInput) {
  return [
    { uom: input.baseUom, factorToBase: 1 },
    ...input.alternateUoms.map((conversion) => ({ uom: conversion.uom, factorToBase: conversion.factorToBase })),
  ];
}

async function list(db: ErpDatabase, filter: ItemFilter & PageRequest): Promise<Page<Item>> {
  const take = pageSize(filter.limit);
  const after = decodeCursor(filter.cursor);
  const rows = await db.item.findMany({
    where: {
      ...(after ? { sku: { gt: after } } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.skus ? { sku: { in: filter.skus, ...(after ? { gt: after } : {}) } } : {}),
      ...(filter.q
        ? {
            OR: [
              { sku: { contains: filter.q, mode: 'insensitive' as const } },
              { description: { contains: filter.q, mode: 'insensitive' as const } },
            ],
          }
        : {}),
      ...(filter.updatedSince ? { updatedAt: { gte: new Date(filter.updatedSince) } } : {}),
    },
    orderBy: { sku: 'asc' },
    take: take + 1,
    include: { uoms: true },
  });
  return toPage(rows.map(toItem), take, (item) => item.sku);
}

/** The item's own rules (each unit once, factors of at least 1) before anything is written. */
function checkItem(input: ItemInput): void {
  const result = itemSchema.safeParse(input);
  if (!result.success)
    throw new ValidationError(
      'The item is not valid.',
      result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    );
}

async function create(db: ErpDatabase, input: ItemInput, by: WriteActor): Promise<Versioned<Item>> {
  checkItem(input);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.item.create({
        data: { sku: input.sku, ...columns(input), uoms: { create: uomRows(input) } },
        include: { uoms: true },
      });
      await recordAudit(tx, 'item', created.sku, 'create', by);
      return created;
    });
    return versioned(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError('item-exists', 'The item exists', `Item ${input.sku} exists already; update it instead.`);
    }
    throw error;
  }
}

async function update(
  db: ErpDatabase,
  sku: string,
  input: ItemInput,
  expectedVersion: string,
  by: WriteActor,
): Promise<Versioned<Item>> {
  checkItem(input);
  const row = await db.$transaction(async (tx) => {
    const written = await tx.item.updateMany({
      where: { sku, ...(expectedVersion === ANY_VERSION ? {} : { version: Number(expectedVersion) || -1 }) },
      data: { ...columns(input), version: { increment: 1 } },
    });
    if (written.count === 0) {
      const exists = await tx.item.findUnique({ where: { sku }, select: { version: true } });
      if (!exists) throw new NotFoundError(`Item ${sku} does not exist.`);
      throw new PreconditionFailedError(
        `Item ${sku} is at version ${exists.version}, not ${expectedVersion}; read it again and reapply your change.`,
      );
    }
    // Units are replaced as a set; unit codes still used on open order lines stay valid by code.
    await tx.itemUom.deleteMany({ where: { sku } });
    await tx.itemUom.createMany({ data: uomRows(input).map((uom) => ({ sku, ...uom })) });
    await recordAudit(tx, 'item', sku, 'update', by, { fromVersion: expectedVersion });
    return tx.item.findUniqueOrThrow({ where: { sku }, include: { uoms: true } });
  });
  return versioned(row);
}

export function createReferenceItems(db: ErpDatabase): ItemPort {
  return {
    get: async (sku) => {
      const row = await db.item.findUnique({ where: { sku }, include: { uoms: true } });
      return row ? versioned(row) : undefined;
    },
    list: (filter) => list(db, filter),
    create: (input, by) => create(db, input, by),
    update: (sku, input, expectedVersion, by) => update(db, sku, input, expectedVersion, by),
    streamChanged: (since) =>
      changedSince(
        (after, take) =>
          db.item.findMany({
            where: after
              ? { OR: [{ updatedAt: { gt: after.updatedAt } }, { updatedAt: after.updatedAt, sku: { gt: after.key } }] }
              : { updatedAt: { gte: since } },
            orderBy: [{ updatedAt: 'asc' }, { sku: 'asc' }],
            take,
            include: { uoms: true },
          }),
        (row) => row.sku,
        toItem,
      ),
  };
}
