import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import type { Order, Prisma } from '../../generated/prisma/client';
import { partnerColumns } from '../../partners/partner-columns';
import { PARTNER_INCLUDE, type PartnerRow } from '../../partners/partner-view';
import type { ControlNumberAllocator } from '../x12/control-numbers';
import { componentOf, type EdifactSegment } from '../edifact/edifact-segments';
import { parseEdifactInterchange } from '../edifact/parse-interchange';
import type { EdifactEnvelope } from '../edifact/write-interchange';
import type { MessageParty, MessageRelease } from '../edifact/write-message-parts';
import { EDIFACT_INTERCHANGE_KIND, envelopePartiesOf } from './edifact-channel';

type Tx = Prisma.TransactionClient;

/** What a message back to the buyer about one of its EDIFACT orders is written with. */
export interface EdifactOrderContext {
  partner: PartnerRow;
  /** The directory of its ORDERS (releases before D.00A are answered in D.96A, later ones in D.01B). */
  release: MessageRelease;
  /** The parties as its ORDERS named them (NAD BY, SU, DP), the delivery party with the order's ship-to. */
  parties: { buyer?: MessageParty; supplier?: MessageParty; deliveryParty?: MessageParty };
  /** YYYY-MM-DD: the order's date (DTM 137 of the ORDERS), when it gave one. */
  orderedOn?: string;
  /** The envelope of the next interchange to the partner, under our next control reference towards it. */
  nextEnvelope(controlNumbers: ControlNumberAllocator, at: Date): Promise<EdifactEnvelope>;
}

/**
 * The EDIFACT partner an order came from and how its ORDERS spoke (syntax, directory, parties),
 * read again from the interchange kept; undefined for an order that came by any other channel.
 */
export async function edifactOrderContext(
  tx: Tx,
  order: Pick<Order, 'id' | 'purchaseOrderNumber' | 'sourceOrderId'>,
  shipTo?: Partial<Address>,
): Promise<EdifactOrderContext | undefined> {
  const link = await tx.inboundDocumentOrder.findFirst({
    where: { orderId: order.id },
    select: { partnerId: true, documentId: true },
  });
  const partner = link
    ? await tx.tradingPartner.findUnique({ where: { id: link.partnerId }, include: PARTNER_INCLUDE })
    : null;
  const ids = partner?.channel === 'edifact' ? partnerColumns.edifact.read(partner.edifact) : null;
  if (!link || !partner || !ids) return undefined;
  const document = await tx.inboundDocument.findUnique({ where: { id: link.documentId }, select: { kind: true } });
  const part =
    document?.kind === EDIFACT_INTERCHANGE_KIND
      ? await tx.inboundDocumentPart.findFirst({ where: { documentId: link.documentId }, orderBy: { seq: 'asc' } })
      : null;
  const interchange = part ? parseEdifactInterchange(part.body) : undefined;
  const orderNumber = order.purchaseOrderNumber ?? order.sourceOrderId;
  const message =
    interchange?.messages.find((each) => componentOf(segment(each.segments, 'BGM'), 2) === orderNumber) ??
    interchange?.messages[0];
  const segments = message?.segments ?? [];
  const { from, to } = envelopePartiesOf(ids);
  const syntax = {
    identifier: /^UNO[A-KWXY]$/.test(interchange?.syntax.identifier ?? '') ? interchange!.syntax.identifier : 'UNOC',
    version: /^[1-4]$/.test(interchange?.syntax.version ?? '') ? interchange!.syntax.version : '3',
  };
  const orderedOn = ccyymmdd(
    componentOf(
      segments.find((each) => isDtm(each, '137')),
      1,
      2,
    ),
  );
  const deliveryParty = nadParty(segments, 'DP') ?? nadParty(segments, 'ST');
  return {
    partner,
    release: !message || message.release.startsWith('9') ? '96A' : '01B',
    parties: {
      buyer: nadParty(segments, 'BY') ?? unbParty(to),
      supplier: nadParty(segments, 'SU') ?? unbParty(from),
      deliveryParty: shipTo ? { ...deliveryParty, address: shipTo } : deliveryParty,
    },
    ...(orderedOn ? { orderedOn } : {}),
    async nextEnvelope(controlNumbers, at) {
      const numbers = await controlNumbers.allocate(`edifact:${from.qualifier}:${from.id}>${to.qualifier}:${to.id}`, 0);
      return { syntax, from, to, controlReference: String(numbers.interchange), at };
    },
  };
}

const segment = (segments: readonly EdifactSegment[], tag: string) => segments.find((each) => each.tag === tag);
const isDtm = (each: EdifactSegment, qualifier: string) => each.tag === 'DTM' && componentOf(each, 1, 1) === qualifier;

/** The id a NAD of the ORDERS gave a party (C082), as it was sent. */
function nadParty(segments: readonly EdifactSegment[], qualifier: string): MessageParty | undefined {
  const nad = segments.find((each) => each.tag === 'NAD' && componentOf(each, 1) === qualifier);
  const id = componentOf(nad, 2, 1);
  if (!id) return undefined;
  const agency = componentOf(nad, 2, 3);
  return { id: agency ? { id, agency } : { id } };
}

/** A party by its interchange id when the ORDERS named it in no NAD (a GS1 id, UNB qualifier 14, is a GLN: agency 9). */
const unbParty = (party: { id: string; qualifier: string }): MessageParty => ({
  id: party.qualifier === '14' ? { id: party.id, agency: '9' } : { id: party.id },
});

/** YYYY-MM-DD of a DTM 2380 in format 102 or 203 (its first eight digits), else undefined. */
function ccyymmdd(value: string): string | undefined {
  return /^\d{8}/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : undefined;
}
