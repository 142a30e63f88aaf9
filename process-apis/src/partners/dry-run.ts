import type {
  DryRunOrder,
  DryRunRequest,
  DryRunResult,
  MappingDifference,
} from '@crossdock/shared-contracts/contracts/api/process-mappings';
import { NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../database';
import { isOrderNotTaken, type ReadOrder } from '../inbound-documents/channel-order-draft';
import type { InboundChannels } from '../inbound-documents/channel-registry';
import { partsOf } from '../inbound-documents/store-document';
import { mapDraft, type MappingResult, type PartnerMappingData } from './map-draft';
import { rulesOf } from './mapping-versions';
import { mappingDataOf, PARTNER_INCLUDE } from './partner-view';

/**
 * What a mapping version makes of a stored document, beside what the version before it makes of
 * it; nothing is placed or changed. The document is read again from its stored bytes, with the
 * partner's cross-references and account as they are now.
 */
export async function dryRunMapping(
  { db, channels }: { db: ProcessDatabase; channels: InboundChannels },
  mapping: { name: string; version: number },
  request: DryRunRequest,
): Promise<DryRunResult> {
  const [version, previous] = await Promise.all([
    db.mappingVersion.findUnique({ where: { name_version: mapping } }),
    db.mappingVersion.findUnique({ where: { name_version: { name: mapping.name, version: mapping.version - 1 } } }),
  ]);
  if (!version) throw new NotFoundError(`There is no version ${mapping.version} of mapping ${mapping.name}.`);
  const document = await db.inboundDocument.findUnique({
    where: { id: request.documentId },
    select: { id: true, kind: true, partnerId: true },
  });
  if (!document) throw new NotFoundError(`There is no inbound document ${request.documentId}.`);
  const partnerId = request.partnerId ?? document.partnerId;
  if (!partnerId)
    throw new ValidationError('The document has no partner; name one.', [
      { field: 'partnerId', message: 'required for this document' },
    ]);
  const partner = await db.tradingPartner.findUnique({ where: { id: partnerId }, include: PARTNER_INCLUDE });
  if (!partner) throw new NotFoundError(`There is no partner ${partnerId}.`);

  const drafts = channels.read(document.kind, await partsOf(db, document.id));
  const orders = dryRunOrders(drafts, mappingDataOf(partner), version, previous ?? undefined);
  return {
    documentId: document.id,
    partnerId,
    mapping: { name: version.name, version: version.version },
    comparedWith: previous ? { name: previous.name, version: previous.version } : undefined,
    orders,
  };
}

/** What a mapping version makes of each order read, beside what the version before it (when given) makes of it. */
export function dryRunOrders(
  drafts: readonly ReadOrder[],
  data: PartnerMappingData,
  version: { rules: unknown },
  previous?: { rules: unknown },
): DryRunOrder[] {
  return drafts.map((draft): DryRunOrder => {
    if (isOrderNotTaken(draft))
      return {
        sourceOrderId: draft.sourceOrderId ?? '',
        problems: draft.problem.fieldErrors ?? [{ field: '(order)', message: draft.problem.message }],
      };
    const now = mapDraft(draft, data, rulesOf(version));
    const before = previous ? mapDraft(draft, data, rulesOf(previous)) : undefined;
    return {
      sourceOrderId: draft.sourceOrderId,
      order: now.order,
      problems: now.problems,
      differences: before ? differencesBetween(before, now) : undefined,
    };
  });
}

/** Field by field (`lines.0.sku`), what differs between two mapping results, problems included. */
export function differencesBetween(before: MappingResult, after: MappingResult): MappingDifference[] {
  const left = flatten(before.order ?? { problems: before.problems });
  const right = flatten(after.order ?? { problems: after.problems });
  const fields = [...new Set([...left.keys(), ...right.keys()])].sort(byPath);
  return fields
    .filter((field) => left.get(field) !== right.get(field))
    .map((field) => ({ field, before: left.get(field), after: right.get(field) }));
}

/** Leaves of a JSON value by their dotted path; what JSON leaves out (undefined) is absent. */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value === undefined) return into;
  if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) flatten(entry, prefix ? `${prefix}.${key}` : key, into);
    return into;
  }
  into.set(prefix, value);
  return into;
}

// Paths in document order, line 2 before line 10.
function byPath(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
