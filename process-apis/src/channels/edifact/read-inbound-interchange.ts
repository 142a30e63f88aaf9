import { BusinessRuleError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ChannelOrderDraft, ReadOrder } from '../../inbound-documents/channel-order-draft';
import { parseEdifactInterchange, type EdifactInterchange } from './parse-interchange';
import { CONTRL, readContrlMessage, type ReceivedContrl } from './read-contrl';
import { readOrdersMessage } from './read-orders';
import type { MessageReport } from './write-contrl';

/** One ORDERS message the CONTRL acknowledges. */
export interface InboundEdifactOrder {
  /** UNH 0062. */
  messageReference: string;
  draft: ChannelOrderDraft;
  /** BGM 1225 ('' when not sent). */
  messageFunction: string;
}

export interface InboundEdifactInterchange {
  interchange: EdifactInterchange;
  /** Per message, what the CONTRL says of it. */
  reports: MessageReport[];
  /** The orders of the messages acknowledged; none when the envelope is rejected. */
  orders: InboundEdifactOrder[];
  /** The partner's CONTRLs about interchanges of ours: matched to them, never answered with a CONTRL. */
  contrls: ReceivedContrl[];
}

/**
 * Everything Crossdock takes from an EDIFACT interchange: the ORDERS messages as drafts, the partner's
 * CONTRLs, and what the CONTRL answers of the interchange and each message. An envelope at fault rejects everything
 * in it; a message at fault is rejected alone and the others go on.
 *
 * @throws UnreadableDocumentError for a body that is no interchange (see parseEdifactInterchange).
 */
export function readEdifactInterchange(raw: string | Uint8Array): InboundEdifactInterchange {
  const interchange = parseEdifactInterchange(raw);
  const orders: InboundEdifactOrder[] = [];
  const contrls: ReceivedContrl[] = [];
  const reports = interchange.messages.map((message): MessageReport => {
    if (message.findings.length > 0) return { message, findings: message.findings };
    if (message.type === CONTRL) {
      contrls.push(readContrlMessage(message));
      return { message, findings: [] };
    }
    const read = readOrdersMessage(message);
    if (read.draft && interchange.findings.length === 0)
      orders.push({ messageReference: message.reference, draft: read.draft, messageFunction: read.messageFunction });
    return { message, findings: read.findings };
  });
  return { interchange, reports, orders, contrls };
}

/** BGM 1225 codes in the words of the standard (code list 1225). */
const MESSAGE_FUNCTIONS: Readonly<Record<string, string>> = {
  '1': 'cancellation',
  '3': 'deletion',
  '4': 'change',
  '5': 'replace',
  '6': 'confirmation',
  '7': 'duplicate',
  '9': 'original',
  '31': 'copy',
};

/**
 * An original (BGM 1225 9, or none) is taken in. Any other function speaks of an order sent before
 * (a cancellation, a replacement, a change) or is a copy: taken as a new order it would be swallowed
 * as a duplicate or refused as a conflict, so it goes to a person as the order's problem, while the
 * CONTRL still acknowledges its receipt (CONTRL speaks of syntax, not of what is done with an order).
 */
export function ordersToTake(orders: readonly InboundEdifactOrder[]): ReadOrder[] {
  return orders.map((order) => {
    const code = order.messageFunction || '9';
    if (code === '9') return order.draft;
    const named = MESSAGE_FUNCTIONS[code] ? `${code} (${MESSAGE_FUNCTIONS[code]})` : code;
    return {
      sourceOrderId: order.draft.sourceOrderId,
      problem: new BusinessRuleError(
        'MESSAGE_FUNCTION_NOT_ORIGINAL',
        `BGM message function ${named} is not taken automatically: only originals (9) are. Order ${order.draft.sourceOrderId} needs a person to apply it to the order placed before.`,
      ),
    };
  });
}
