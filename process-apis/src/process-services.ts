import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { ServiceLevelTargets } from '@crossdock/shared-contracts/contracts/api/process-partner-health';
import type { ChannelSettings } from './config';
import type { ProcessDatabase } from './database';
import type { EventStreams } from './events/event-stream';
import type { ErpFulfilment } from './fulfilment/erp-fulfilment';
import type { PartnerDocuments } from './fulfilment/partner-documents';
import type { BusinessAnswers } from './channels/outbound-documents/business-answers';
import type { InboundChannels } from './inbound-documents/channel-registry';
import type { PartnerDirectory } from './partners/partner-directory';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { OutcomeWaiter } from './pipeline/wait-for-outcome';
import type { PipelineWorker } from './pipeline/worker';
import type { ErpDocuments } from './system-api/erp-documents';
import type { SystemApi } from './system-api/system-api';

/** What process-apis' controllers are given (through the IoC module). */
export interface ProcessServices {
  db: ProcessDatabase;
  systemApi: SystemApi;
  /** ERP shipments and invoices, for the documents written to partners. */
  erpDocuments: ErpDocuments;
  logger: Logger;
  clock: Clock;
  worker: PipelineWorker;
  waiter: OutcomeWaiter;
  /** The channels registered with the inbound-documents core (readers, refusal answers). */
  inboundChannels: InboundChannels;
  /** Finds the trading partner a channel document comes from. */
  partners: PartnerDirectory;
  /** How pulled channels are polled (also when a poll is asked for). */
  channelSettings: ChannelSettings;
  /** The open server-sent-event streams. */
  eventStreams: EventStreams;
  /** Shipments, invoices and returns in the ERP. */
  fulfilment: ErpFulfilment;
  /** 856 and 810 documents for orders that came from X12 partners. */
  partnerDocuments: PartnerDocuments;
  /** Tells EDIFACT and UBL partners what became of their orders; told of changes made outside the pipeline. */
  businessAnswers?: Pick<BusinessAnswers, 'orderChanged'>;
  /** Days after shipping in which goods come back without a person's review. */
  returnWindowDays: number;
  /** The service-level targets the partner-health report checks. */
  serviceLevels: ServiceLevelTargets;
}
