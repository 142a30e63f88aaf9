import type { DryRunOrder, SampleAcknowledgement } from '@crossdock/shared-contracts/contracts/api/process-mappings';
import type { FieldError } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { ReadOrder } from '../inbound-documents/channel-order-draft';
import { envelopePartiesOf, interchangeOrders as edifactOrders } from '../channels/edifact-inbound/edifact-channel';
import { checkRecipient, isOnlyContrls } from '../channels/edifact-inbound/receive-edifact-interchange';
import { readEdifactInterchange } from '../channels/edifact/read-inbound-interchange';
import { writeContrl } from '../channels/edifact/write-contrl';
import { readChannelJson } from '../channels/read-channel-json';
import { readShopifyOrder } from '../channels/shopify/read-shopify-order';
import { readUblOrder } from '../channels/ubl/read-ubl-order';
import { ublOrderDraft } from '../channels/ubl/ubl-order-draft';
import { readWooCommerceOrder } from '../channels/woocommerce/read-woocommerce-order';
import { acknowledgementGroupCount, write997 } from '../channels/x12/acknowledge-997';
import { purchaseOrdersToTake } from '../channels/x12/purchase-order-purpose';
import { readInboundInterchange } from '../channels/x12/read-inbound-interchange';
import { identifierKey, takesX12Group, type PartnerIdentifier } from './partner-directory';
import { partnerColumns } from './partner-columns';
import { toPartnerView, type PartnerRow } from './partner-view';

/** What a sample says before it is mapped: who sent it, what is wrong with it as a whole, its orders. */
export interface SampleReading {
  sender: { found?: string; expected: string; matches: boolean };
  /** Faults of the document as a whole (an envelope error): it would be refused, no order in it taken. */
  problems: FieldError[];
  orders: ReadOrder[];
  /** What the sender would get back, once the orders are mapped (refused orders change the answer). */
  acknowledge(mapped: readonly DryRunOrder[]): SampleAcknowledgement;
}

/** Reads a sample as the partner's channel would on receipt, without keeping, allocating or sending anything. */
export type SampleReader = (bytes: Uint8Array, partner: PartnerRow, at: Date) => SampleReading;

const refusedCount = (mapped: readonly DryRunOrder[]) => mapped.filter((order) => !order.order).length;
const sameKey = (a: PartnerIdentifier, b: PartnerIdentifier) =>
  JSON.stringify(identifierKey(a)) === JSON.stringify(identifierKey(b));
// Control numbers are allocated only for what is really sent; the preview shows 1.
const PREVIEW_NUMBER = 1;

function readX12Sample(bytes: Uint8Array, partner: PartnerRow, at: Date): SampleReading {
  const inbound = readInboundInterchange(bytes);
  const { header, groups } = inbound.interchange;
  const ids = partnerColumns.x12.read(partner.x12);
  const group = groups[0];
  const gs = (sender?: string, receiver?: string) =>
    (sender ? `, GS02 ${sender}` : '') + (receiver ? `, GS03 ${receiver}` : '');
  const found = `ISA ${header.senderQualifier}:${header.senderId}${gs(group?.applicationSender, group?.applicationReceiver)}`;
  const isa = { kind: 'x12', qualifier: header.senderQualifier, id: header.senderId } as const;
  const matches =
    !!ids &&
    sameKey(isa, { kind: 'x12', qualifier: ids.senderQualifier, id: ids.senderId }) &&
    takesX12Group(partner, group ?? {});
  const acknowledgement = inbound.acknowledgement;
  const written = write997(inbound.interchange, acknowledgement, {
    controlNumbers: {
      interchange: PREVIEW_NUMBER,
      groups: Array.from({ length: acknowledgementGroupCount(acknowledgement) }, () => PREVIEW_NUMBER),
    },
    at,
  });
  const statuses = acknowledgement.groups.map((answered) => answered.status);
  const verdict = statuses.every((status) => status === 'A')
    ? 'accepted'
    : statuses.every((status) => status === 'R')
      ? 'rejected'
      : 'accepted with errors';
  return {
    sender: {
      found,
      expected: ids
        ? `ISA ${ids.senderQualifier}:${ids.senderId}${gs(ids.applicationSenderCode, ids.applicationReceiverCode)}`
        : '',
      matches,
    },
    problems:
      verdict === 'rejected'
        ? [
            {
              field: 'GS',
              message: `The 997 rejects every functional group (AK9 ${statuses.join(', ')}): no order is taken.`,
            },
          ]
        : [],
    orders: purchaseOrdersToTake(inbound.purchaseOrders),
    acknowledge: (mapped) => ({
      kind: '997',
      verdict,
      text: written.text,
      summary:
        `997 AK9 ${statuses.join(', ') || '(no group)'}` +
        (refusedCount(mapped) ? `; then an 855 BAK02 RJ for each of the ${refusedCount(mapped)} order(s) refused` : ''),
    }),
  };
}

function readEdifactSample(bytes: Uint8Array, partner: PartnerRow, at: Date): SampleReading {
  const inbound = readEdifactInterchange(bytes);
  const { interchange, reports } = inbound;
  const ids = partnerColumns.edifact.read(partner.edifact);
  const matches =
    !!ids &&
    sameKey(
      { kind: 'edifact', ...interchange.sender },
      { kind: 'edifact', qualifier: ids.senderQualifier ?? '', id: ids.senderId },
    );
  checkRecipient(interchange, partner);
  const rejected = interchange.findings.length > 0;
  const messageErrors = reports.some((report) => report.findings.length > 0);
  // A partner's CONTRLs are matched to what we sent and never answered (as the live endpoint does).
  const onlyContrls = isOnlyContrls(inbound);
  const due = !onlyContrls && (rejected || messageErrors || interchange.acknowledgementRequested);
  const contrl =
    due && ids
      ? writeContrl(interchange, reports, {
          controlReference: String(PREVIEW_NUMBER),
          at,
          from: envelopePartiesOf(ids).from,
        }).text
      : undefined;
  const party = (id: string, qualifier?: string) => `UNB ${id}${qualifier ? `:${qualifier}` : ''}`;
  return {
    sender: {
      found: party(interchange.sender.id, interchange.sender.qualifier),
      expected: ids ? party(ids.senderId, ids.senderQualifier) : '',
      matches,
    },
    problems: interchange.findings.map((finding) => ({
      field: [finding.segmentTag, finding.element, finding.component].filter(Boolean).join('.'),
      message: `syntax error ${finding.code}: ${finding.detail}`,
    })),
    orders: rejected ? [] : edifactOrders(inbound, partner),
    acknowledge: (mapped) => ({
      kind: 'CONTRL',
      verdict: !due ? 'none asked for' : rejected ? 'rejected' : messageErrors ? 'accepted with errors' : 'accepted',
      ...(contrl ? { text: contrl } : {}),
      summary:
        (due
          ? `CONTRL UCI ${rejected ? '4 (rejected)' : '7 (acknowledged)'}`
          : onlyContrls
            ? 'No CONTRL (a CONTRL is never acknowledged)'
            : 'No CONTRL (UNB 0031 asks for none)') +
        (refusedCount(mapped) ? `; then an ORDRSP refusing each of the ${refusedCount(mapped)} order(s) refused` : ''),
    }),
  };
}

function readUblSample(bytes: Uint8Array, partner: PartnerRow): SampleReading {
  const order = readUblOrder(bytes);
  const endpoint = order.buyer.endpoint;
  const ours = toPartnerView(partner).identifiers.peppolEndpoint;
  const matches =
    !!endpoint && !!ours && sameKey({ kind: 'peppol-endpoint', ...endpoint }, { kind: 'peppol-endpoint', ...ours });
  return {
    sender: {
      found: endpoint ? `EndpointID ${endpoint.schemeId}:${endpoint.id}` : undefined,
      expected: ours ? `EndpointID ${ours.schemeId}:${ours.id}` : '',
      matches,
    },
    problems: [],
    orders: [ublOrderDraft(order)],
    acknowledge: (mapped) =>
      refusedCount(mapped)
        ? { kind: 'OrderResponse', verdict: 'rejected', summary: 'OrderResponse RE on receipt, with the reason' }
        : {
            kind: 'OrderResponse',
            verdict: 'accepted',
            summary: '202 Accepted; an OrderResponse AP, CA or RE once the pipeline decides the order',
          },
  };
}

/** A web shop's order names no sender: its webhook's shop-domain header does, so only the order is read. */
function shopSample(read: (json: unknown) => ReadOrder): SampleReader {
  return (bytes, partner) => ({
    sender: { expected: toPartnerView(partner).identifiers.shopDomain ?? '', matches: true },
    problems: [],
    orders: [read(readChannelJson(bytes))],
    acknowledge: (mapped) => ({
      kind: 'HTTP',
      verdict: refusedCount(mapped) ? 'rejected' : 'accepted',
      summary: '202 Accepted; the order’s status and events follow',
    }),
  });
}

/** The channels a sample can be tried for, by the partner's channel. */
export const SAMPLE_READERS: Readonly<Partial<Record<string, SampleReader>>> = {
  x12: readX12Sample,
  edifact: readEdifactSample,
  ubl: readUblSample,
  shopify: shopSample(readShopifyOrder),
  woocommerce: shopSample(readWooCommerceOrder),
};
