import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { PartnerRow } from '../partners/partner-view';
import type { ReadOrder } from './channel-order-draft';
import type { DocumentPart } from './document-part';
import type { DocumentReader, InboundChannel, RefusalAnswer, RejectedOrder } from './inbound-channel';

/**
 * The channels registered with the inbound-documents core, asked by the core for what only a channel
 * knows: how a kind of document is read, and how a partner is told its orders are refused. Built once
 * in the composition root (server.ts) and passed in: it is no module-level global.
 */
export interface InboundChannels {
  /**
   * The drafts of the orders in a stored document of `kind`, read by the channel that registered it.
   * @throws ValidationError (400) when no channel reads that kind; a 4xx error when it cannot be read.
   */
  read(kind: string, parts: DocumentPart[], partner?: PartnerRow): ReadOrder[];
  /** The answers refusing these orders of the partner, by its channel (all undefined when it answers none). */
  answerRefusals(partner: PartnerRow, refused: readonly RejectedOrder[]): Promise<(RefusalAnswer | undefined)[]>;
}

/**
 * Registers channels with the core. Two channels reading one kind, or one channel registered twice,
 * is a wiring mistake, refused at once rather than settled by whichever came last.
 */
export function registerInboundChannels(channels: readonly InboundChannel[]): InboundChannels {
  const readers = new Map<string, DocumentReader>();
  const byChannel = new Map<string, InboundChannel>();
  for (const channel of channels) {
    if (byChannel.has(channel.channel)) throw new Error(`The ${channel.channel} channel is registered twice.`);
    byChannel.set(channel.channel, channel);
    for (const [kind, reader] of Object.entries(channel.readers)) {
      if (readers.has(kind)) throw new Error(`Two channels read ${kind} documents.`);
      readers.set(kind, reader);
    }
  }
  return {
    read(kind, parts, partner) {
      const reader = readers.get(kind);
      if (!reader)
        throw new ValidationError(`Crossdock has no reader for ${kind} documents.`, [
          { field: 'kind', message: 'unknown document kind' },
        ]);
      return reader(parts, partner);
    },
    async answerRefusals(partner, refused) {
      const answer = byChannel.get(partner.channel)?.answerRefusals;
      return answer && refused.length > 0 ? answer(partner, refused) : refused.map(() => undefined);
    },
  };
}
