import type {
  NewPartner,
  PartnerInput,
  PartnerView,
  PinMappingRequest,
} from '@crossdock/shared-contracts/contracts/api/process-partners';
import type { PartnerTransport } from '@crossdock/shared-contracts/contracts/api/partner-transport';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import { ANY_VERSION } from '@crossdock/shared-contracts/platform/http/etag';
import { isUniqueViolation } from '@crossdock/shared-contracts/platform/database/unique-violation';
import type { ProcessDatabase } from '../database';
import { Prisma } from '../generated/prisma/client';
import { identifierKey } from './partner-directory';
import { partnerColumns } from './partner-columns';
import { parsePartnerInput } from './partner-input';
import { PARTNER_INCLUDE, toPartnerView, type StoredConnection } from './partner-view';

const PARTNER_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Creates a trading partner with its identifiers and cross-references, all or nothing. */
export async function createPartner(db: ProcessDatabase, input: NewPartner): Promise<PartnerView> {
  if (!PARTNER_ID.test(input.id ?? ''))
    throw new ValidationError('The partner id is not valid.', [
      { field: 'id', message: 'letters, digits, ".", "_" and "-", up to 64' },
    ]);
  const { id, ...rest } = input;
  const partner = parsePartnerInput(rest);
  await assertMappingExists(db, partner.mapping);
  try {
    await db.$transaction(async (tx) => {
      await tx.tradingPartner.create({
        data: {
          id,
          ...columnsOf(partner, partner.webhookSecrets ?? [], partner.connection ?? null, partner.transport ?? null),
        },
      });
      await writeChildren(tx, id, partner);
    });
  } catch (error) {
    throw await conflictFrom(db, error, id);
  }
  return getPartner(db, id);
}

/**
 * Replaces a partner as of the version named by If-Match (412 when someone saved since). Secrets
 * left out are kept: a client that never saw them cannot erase them by accident.
 */
export async function replacePartner(
  db: ProcessDatabase,
  id: string,
  input: PartnerInput,
  expectedVersion: string,
): Promise<PartnerView> {
  const partner = parsePartnerInput(input);
  await assertMappingExists(db, partner.mapping);
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.tradingPartner.findUnique({ where: { id } });
      if (!current) throw new NotFoundError(`There is no partner ${id}.`);
      const stored = partnerColumns.connection.read(current.connection);
      // Secrets are write-only: a replacement that leaves one out keeps the one stored.
      const connection = partner.connection
        ? {
            ...partner.connection,
            accessToken: partner.connection.accessToken ?? stored?.accessToken,
            lwaClientSecret: partner.connection.lwaClientSecret ?? stored?.lwaClientSecret,
            lwaRefreshToken: partner.connection.lwaRefreshToken ?? stored?.lwaRefreshToken,
            webhookHeaders: partner.connection.webhookHeaders ?? stored?.webhookHeaders,
          }
        : null;
      const transport = keptTransportSecrets(partner.transport, partnerColumns.transport.read(current.transport));
      const where = expectedVersion === ANY_VERSION ? { id } : { id, version: versionNumber(expectedVersion) };
      const updated = await tx.tradingPartner.updateMany({
        where,
        data: {
          ...columnsOf(partner, partner.webhookSecrets ?? current.webhookSecrets, connection, transport),
          version: { increment: 1 },
        },
      });
      if (updated.count === 0)
        throw new PreconditionFailedError(
          `Partner ${id} is at version ${current.version}, not ${expectedVersion}; read it again.`,
        );
      await tx.partnerIdentifier.deleteMany({ where: { partnerId: id } });
      await tx.partnerItemReference.deleteMany({ where: { partnerId: id } });
      await writeChildren(tx, id, partner);
    });
  } catch (error) {
    throw await conflictFrom(db, error, id);
  }
  return getPartner(db, id);
}

/** An If-Match that names no version a partner can have ("abc", "1.5") matches none: -1, so the write is refused with 412. */
function versionNumber(expectedVersion: string): number {
  return /^\d{1,9}$/.test(expectedVersion) ? Number(expectedVersion) : -1;
}

/** Moves a partner to another mapping version: documents from now on are mapped with it. */
export async function pinMapping(db: ProcessDatabase, id: string, mapping: PinMappingRequest): Promise<PartnerView> {
  await assertMappingExists(db, mapping);
  const updated = await db.tradingPartner.updateMany({
    where: { id },
    data: { mappingName: mapping.name, mappingVersion: mapping.version, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new NotFoundError(`There is no partner ${id}.`);
  return getPartner(db, id);
}

export async function getPartner(db: ProcessDatabase, id: string): Promise<PartnerView> {
  const row = await db.tradingPartner.findUnique({ where: { id }, include: PARTNER_INCLUDE });
  if (!row) throw new NotFoundError(`There is no partner ${id}.`);
  return toPartnerView(row);
}

export async function listPartners(db: ProcessDatabase, filter: { channel?: string }): Promise<PartnerView[]> {
  const rows = await db.tradingPartner.findMany({
    where: filter.channel ? { channel: filter.channel } : {},
    orderBy: { id: 'asc' },
    include: PARTNER_INCLUDE,
  });
  return rows.map(toPartnerView);
}

async function assertMappingExists(db: ProcessDatabase, mapping: { name: string; version: number }): Promise<void> {
  const found = await db.mappingVersion.findUnique({
    where: { name_version: { name: mapping.name, version: mapping.version } },
    select: { name: true },
  });
  if (!found)
    throw new ValidationError('The mapping version does not exist.', [
      { field: 'mapping', message: `There is no version ${mapping.version} of mapping ${mapping.name}; add it first.` },
    ]);
}

/** An SFTP link replaced without its password or key keeps the stored ones (they are never shown, so never sent back). */
function keptTransportSecrets(
  given: PartnerTransport | undefined,
  stored: PartnerTransport | null,
): PartnerTransport | null {
  if (!given) return null;
  if (given.kind !== 'sftp' || stored?.kind !== 'sftp') return given;
  return { ...given, password: given.password ?? stored.password, privateKey: given.privateKey ?? stored.privateKey };
}

function columnsOf(
  partner: PartnerInput,
  webhookSecrets: string[],
  connection: StoredConnection | null,
  transport: PartnerTransport | null,
) {
  return {
    name: partner.name,
    channel: partner.channel,
    customerId: partner.customerId,
    active: partner.active ?? true,
    mappingName: partner.mapping.name,
    mappingVersion: partner.mapping.version,
    priceTolerancePercent: partner.priceTolerancePercent ?? '0',
    allowBackorders: partner.allowBackorders ?? null,
    reusesPurchaseOrderNumbers: partner.reusesPurchaseOrderNumbers ?? false,
    x12: partner.identifiers.x12 ? partnerColumns.x12.write(partner.identifiers.x12) : Prisma.DbNull,
    edifact: partner.identifiers.edifact ? partnerColumns.edifact.write(partner.identifiers.edifact) : Prisma.DbNull,
    unitOfMeasureMappings: partnerColumns.unitOfMeasureMappings.write(partner.unitOfMeasureMappings ?? []),
    webhookSecrets,
    connection: connection ? partnerColumns.connection.write(connection) : Prisma.DbNull,
    transport: transport ? partnerColumns.transport.write(transport) : Prisma.DbNull,
  };
}

async function writeChildren(tx: Prisma.TransactionClient, partnerId: string, partner: PartnerInput): Promise<void> {
  const { x12, edifact, shopDomain, sellerId, peppolEndpoint } = partner.identifiers;
  const identifiers = [
    ...(x12
      ? [
          identifierKey({
            kind: 'x12',
            qualifier: x12.senderQualifier,
            id: x12.senderId,
            applicationSender: x12.applicationSenderCode,
          }),
        ]
      : []),
    ...(edifact
      ? [identifierKey({ kind: 'edifact', qualifier: edifact.senderQualifier ?? '', id: edifact.senderId })]
      : []),
    ...(shopDomain ? [identifierKey({ kind: 'shop-domain', domain: shopDomain })] : []),
    ...(sellerId ? [identifierKey({ kind: 'seller-id', id: sellerId })] : []),
    ...(peppolEndpoint ? [identifierKey({ kind: 'peppol-endpoint', ...peppolEndpoint })] : []),
  ];
  if (identifiers.length > 0)
    await tx.partnerIdentifier.createMany({ data: identifiers.map((identifier) => ({ ...identifier, partnerId })) });
  const references = partner.itemCrossReferences ?? [];
  if (references.length > 0) {
    await tx.partnerItemReference.createMany({
      data: references.map((reference) => ({
        partnerId,
        qualifier: reference.qualifier ?? '',
        partnerProductId: reference.partnerProductId,
        sku: reference.sku,
        uom: reference.uom ?? null,
      })),
    });
  }
}

/** A unique violation as the person saving sees it: which id is taken, and by whom. */
async function conflictFrom(db: ProcessDatabase, error: unknown, partnerId: string): Promise<unknown> {
  if (!isUniqueViolation(error)) return error;
  // Which table's key was taken (the driver adapter names it in the error's meta).
  const target = JSON.stringify((error as { meta?: unknown }).meta ?? {});
  if (/PartnerItemReference/.test(target))
    return new ValidationError('An item cross-reference is given twice.', [
      { field: 'itemCrossReferences', message: 'each partner product id (with its qualifier) once' },
    ]);
  if (/PartnerIdentifier/.test(target))
    return new ConflictError(
      'partner-identifier-taken',
      'An identifier belongs to another partner',
      `One of partner ${partnerId}'s identifiers already identifies another partner; documents must name one partner only.`,
    );
  if (await db.tradingPartner.findUnique({ where: { id: partnerId }, select: { id: true } }))
    return new ConflictError(
      'partner-exists',
      'The partner exists',
      `Partner ${partnerId} exists already; replace it with PUT.`,
    );
  return error;
}
