import type {
  ItemCrossReference,
  PartnerChannel,
  PartnerConnection,
  PartnerIdentifiers,
  PartnerView,
} from '@crossdock/shared-contracts/contracts/api/process-partners';
import type {
  PartnerTransport,
  PartnerTransportView,
} from '@crossdock/shared-contracts/contracts/api/partner-transport';
import type { Prisma } from '../generated/prisma/client';
import type { PartnerMappingData } from './map-draft';
import { partnerColumns } from './partner-columns';

export const PARTNER_INCLUDE = {
  identifiers: true,
  itemReferences: true,
  pollState: true,
} as const satisfies Prisma.TradingPartnerInclude;

export type PartnerRow = Prisma.TradingPartnerGetPayload<{ include: typeof PARTNER_INCLUDE }>;

/** The kinds of identifier rows, one per way a partner is recognised. */
export const IDENTIFIER_KINDS = {
  x12: 'x12-interchange-sender',
  /** An X12 sender's GS02 that is not its ISA06 (qualifier: "ISA05:ISA06"). */
  x12Application: 'x12-application-sender',
  edifact: 'edifact-interchange-sender',
  shopDomain: 'shop-domain',
  sellerId: 'seller-id',
  peppolEndpoint: 'peppol-endpoint',
} as const;

/** A stored connection: what the API shows plus the token it never shows. */
export type StoredConnection = PartnerConnection;

/** A partner as the process API shows it: secrets only say whether they are set. */
export function toPartnerView(row: PartnerRow): PartnerView {
  const connection = partnerColumns.connection.read(row.connection);
  const { accessToken, lwaClientSecret, lwaRefreshToken, webhookHeaders, ...shownConnection } = connection ?? {
    baseUrl: '',
  };
  const lwaSecrets = shownConnection.lwaClientId
    ? { lwaClientSecretSet: Boolean(lwaClientSecret), lwaRefreshTokenSet: Boolean(lwaRefreshToken) }
    : {};
  return {
    id: row.id,
    name: row.name,
    channel: row.channel as PartnerChannel,
    customerId: row.customerId,
    active: row.active,
    identifiers: identifiersOf(row),
    mapping: { name: row.mappingName, version: row.mappingVersion },
    itemCrossReferences: row.itemReferences.map(
      (reference): ItemCrossReference => ({
        partnerProductId: reference.partnerProductId,
        qualifier: reference.qualifier || undefined,
        sku: reference.sku,
        uom: reference.uom ?? undefined,
      }),
    ),
    unitOfMeasureMappings: partnerColumns.unitOfMeasureMappings.read(row.unitOfMeasureMappings),
    priceTolerancePercent: row.priceTolerancePercent.toString(),
    allowBackorders: row.allowBackorders ?? undefined,
    reusesPurchaseOrderNumbers: row.reusesPurchaseOrderNumbers,
    webhookSecretCount: row.webhookSecrets.length,
    connection: connection
      ? {
          ...shownConnection,
          accessTokenSet: Boolean(accessToken),
          ...lwaSecrets,
          ...(webhookHeaders ? { webhookHeaderNames: Object.keys(webhookHeaders) } : {}),
        }
      : undefined,
    transport: transportView(partnerColumns.transport.read(row.transport)),
    poller: row.pollState
      ? {
          cursor: row.pollState.cursor as Record<string, unknown>,
          nextPollAt: row.pollState.nextPollAt.toISOString(),
          lastPolledAt: row.pollState.lastPolledAt?.toISOString(),
          consecutiveFailures: row.pollState.consecutiveFailures,
          lastError: row.pollState.lastError ?? undefined,
        }
      : undefined,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A transport as shown: an SFTP password or key only says whether it is set. */
function transportView(transport: PartnerTransport | null): PartnerTransportView | undefined {
  if (!transport) return undefined;
  if (transport.kind !== 'sftp') return transport;
  const { password, privateKey, ...shown } = transport;
  return { ...shown, passwordSet: Boolean(password), privateKeySet: Boolean(privateKey) };
}

function identifiersOf(row: PartnerRow): PartnerIdentifiers {
  const identifiers: PartnerIdentifiers = {};
  const x12 = partnerColumns.x12.read(row.x12);
  if (x12) identifiers.x12 = x12;
  const edifact = partnerColumns.edifact.read(row.edifact);
  if (edifact) identifiers.edifact = edifact;
  for (const identifier of row.identifiers) {
    if (identifier.kind === IDENTIFIER_KINDS.shopDomain) identifiers.shopDomain = identifier.value;
    if (identifier.kind === IDENTIFIER_KINDS.sellerId) identifiers.sellerId = identifier.value;
    if (identifier.kind === IDENTIFIER_KINDS.peppolEndpoint)
      identifiers.peppolEndpoint = { schemeId: identifier.qualifier, id: identifier.value };
  }
  return identifiers;
}

/** What the mapping reads of a partner. */
export function mappingDataOf(row: PartnerRow): PartnerMappingData {
  return {
    customerId: row.customerId,
    itemReferences: row.itemReferences,
    unitOfMeasureMappings: partnerColumns.unitOfMeasureMappings.read(row.unitOfMeasureMappings),
  };
}
