import { serviceCredentials } from '@crossdock/shared-contracts/platform/auth/service-credentials';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTierApp } from '@crossdock/shared-contracts/platform/http/create-tier-app';
import { listen, type RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import { amazonChannel } from './channels/amazon/amazon-channel';
import { amazonVendorChannel } from './channels/amazon-vendor/amazon-vendor-channel';
import { x12Channel } from './channels/edi/x12-channel';
import { edifactChannel } from './channels/edifact-inbound/edifact-channel';
import { ublChannel } from './channels/ubl/ubl-channel';
import { magentoChannel } from './channels/magento/magento-channel';
import { createServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import { watchSqlPool } from '@crossdock/shared-contracts/platform/observability/pool-metrics';
import { createUpstreamMetrics } from '@crossdock/shared-contracts/platform/observability/upstream-metrics';
import { createProcessMetrics } from './metrics/process-metrics';
import { startAlertWorker } from './alerts/alert-worker';
import { DEFAULT_ALERTS } from './alerts/alert-settings';
import { startChannelPollers, PULLED_CHANNELS } from './channels/polling/channel-pollers';
import { shopifyChannel } from './channels/shopify/shopify-channel';
import { woocommerceChannel } from './channels/woocommerce/woocommerce-channel';
import { bigcommerceChannel } from './channels/bigcommerce/bigcommerce-channel';
import { DEFAULT_CHANNELS, DEFAULT_EVENTS, DEFAULT_RETURN_WINDOW_DAYS, type ProcessApiConfig } from './config';
import { startDeliveryWorker } from './events/delivery-worker';
import { eventStreams } from './events/event-stream';
import { httpInventoryFeed, startInventoryRelay } from './events/inventory-relay';
import { httpErpFulfilment } from './fulfilment/erp-fulfilment';
import { x12PartnerDocuments } from './fulfilment/partner-documents';
import { startBusinessAnswers } from './channels/outbound-documents/business-answers';
import { edifactOrderAnswerer } from './channels/edifact-inbound/answer-edifact-order';
import { ublOrderAnswerer } from './channels/ubl/answer-order';
import { edifactPartnerDocuments, partnerDocumentsOf } from './channels/outbound-documents/edifact-partner-documents';
import { createPostgresControlNumbers } from './channels/x12/postgres-control-numbers';
import { serveStockArrivals } from './backorders/allocate-backorders';
import { httpWebhookSender } from './events/send-webhook';
import { registerInboundChannels } from './inbound-documents/channel-registry';
import { ingestDependencies } from './inbound-documents/ingest-dependencies';
import { openProcessDatabase } from './database';
import { RegisterRoutes } from './generated/routes';
import { systemClock, type Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { throttledJobAnnouncer } from './pipeline/announce-jobs';
import { listenForReadyJobs } from './pipeline/listen-for-jobs';
import { createOutcomeWaiter } from './pipeline/wait-for-outcome';
import { startPipelineWorker } from './pipeline/worker';
import { systemTierProbe } from './pipeline/erp-probe';
import { DEFAULT_RECLAIM_AFTER_MS, registerPipelineWorker } from './pipeline/worker-registry';
import { databasePartnerDirectory } from './partners/partner-directory';
import type { ProcessServices } from './process-services';
import { withMasterDataCache } from './system-api/master-data-cache';
import { createHttpErpDocuments } from './system-api/erp-documents';
import { createHttpSystemApi } from './system-api/system-api';
import { DEFAULT_SERVICE_LEVELS } from './partner-health/service-levels';

// A busy replica tells the others that jobs are waiting at most this often.
const JOB_ANNOUNCE_INTERVAL_MS = 50;

// Customers, items and warehouses read by the steps after validation are reused this long.
const MASTER_DATA_TTL_MS = 30_000;
// A batch of orders finding the ERP unavailable at once asks whether it answers once.
const ERP_PROBE_REUSE_MS = 250;

export const PROCESS_API_BASE_PATH = '/process/v1';

/** Webhook endpoints: their callers prove themselves with a signature over the body, not a token. */
export const SIGNED_WEBHOOK_PATHS = [
  `${PROCESS_API_BASE_PATH}/inbound/shopify`,
  `${PROCESS_API_BASE_PATH}/inbound/woocommerce`,
  `${PROCESS_API_BASE_PATH}/inbound/bigcommerce`,
];

/** Endpoints that take a document as raw bytes (an X12 or EDIFACT interchange, a UBL Order), with a token as usual. */
export const RAW_DOCUMENT_PATHS = [
  `${PROCESS_API_BASE_PATH}/inbound/x12`,
  `${PROCESS_API_BASE_PATH}/inbound/edifact`,
  `${PROCESS_API_BASE_PATH}/inbound/ubl`,
];

/** Starts process-apis: migrates its database, starts the pipeline worker, the alert worker and (when configured) the channel pollers, then serves `/process/v1`. */
export async function startProcessApi(
  config: ProcessApiConfig,
  logger: Logger,
  clock: Clock = systemClock,
): Promise<RunningServer> {
  const db = await openProcessDatabase(config.databaseUrl);
  const metrics = createServiceMetrics('process-apis');
  const upstreamMetrics = createUpstreamMetrics(metrics);
  watchSqlPool(metrics, db.sql, 'process');
  const pipelineMetrics = createProcessMetrics(metrics, db, clock);
  const systemClientFor = (name: string, timeoutMs = config.systemApiTimeoutMs) =>
    createUpstreamClient({
      name,
      baseUrl: config.systemApiUrl,
      timeoutMs,
      breaker: { resetTimeoutMs: config.pipeline.breakerResetMs },
      logger,
      metrics: upstreamMetrics,
      credentials: serviceCredentials(config.tokens, 'process-apis', ['system:read', 'system:write']),
    });
  const systemClient = systemClientFor('system-apis');
  // Asked when a step finds the ERP unavailable, and every second while orders wait for it: on a
  // client of its own, without retries, so its answers neither trip nor close the pipeline's breaker.
  const healthClient = createUpstreamClient({
    name: 'system-apis (health)',
    baseUrl: config.systemApiUrl,
    timeoutMs: Math.min(config.systemApiTimeoutMs, 2000),
    retry: { maxRetries: 0 },
    breaker: { resetTimeoutMs: config.pipeline.breakerResetMs },
    logger,
    metrics: upstreamMetrics,
  });
  // The feed is long-polled (and read often when stock moves): on the pipeline's client, its many
  // answers would dilute the failure rate the circuit breaker judges the ERP by. A read may wait
  // for a movement as long as the feed is asked to, before the usual timeout starts to count.
  const feedClient = systemClientFor(
    'system-apis (inventory feed)',
    config.systemApiTimeoutMs + (config.events ?? DEFAULT_EVENTS).inventoryFeedWaitMs,
  );
  const systemApi = withMasterDataCache(createHttpSystemApi(systemClient), {
    ttlMs: MASTER_DATA_TTL_MS,
    maxEntries: 50_000,
  });
  const waiter = createOutcomeWaiter(db);
  // Partners whose orders came by EDIFACT or UBL are told what became of each (ORDRSP, OrderResponse).
  const businessAnswers = startBusinessAnswers(
    {
      db,
      logger,
      answerers: {
        edifact: edifactOrderAnswerer({ db, systemApi, clock, controlNumbers: createPostgresControlNumbers(db) }),
        ubl: ublOrderAnswerer({ db, systemApi, clock }),
      },
    },
    () => clock.now(),
  );
  const events = config.events ?? DEFAULT_EVENTS;
  const deliveries = startDeliveryWorker({
    db,
    clock,
    logger,
    settings: events.delivery,
    sender: httpWebhookSender({ timeoutMs: events.delivery.timeoutMs, logger }),
  });
  const peers = throttledJobAnnouncer(db.sql, JOB_ANNOUNCE_INTERVAL_MS, logger);
  const identity = await registerPipelineWorker(
    config.databaseUrl,
    config.pipeline.reclaimAfterMs ?? DEFAULT_RECLAIM_AFTER_MS,
    logger,
  );
  const worker = startPipelineWorker(
    {
      db,
      systemApi,
      logger,
      clock,
      retry: config.pipeline,
      // An order moved on has events to send (its status changed): the delivery worker need not wait for its poll.
      onOrderChanged: (orderId) => {
        waiter.orderChanged(orderId);
        businessAnswers.orderChanged(orderId);
        deliveries.wake();
      },
      metrics: pipelineMetrics,
      erpAnswers: systemTierProbe(healthClient, ERP_PROBE_REUSE_MS),
    },
    config.pipeline,
    { peers, anyoneWaiting: waiter.anyoneWaiting, identity },
  );
  const stopListening = await listenForReadyJobs(config.databaseUrl, worker.wakeFromPeer, logger);
  const channelSettings = config.channels ?? DEFAULT_CHANNELS;
  const streams = eventStreams(db, logger, events.stream);
  const controlNumbers = createPostgresControlNumbers(db);
  // Every channel orders arrive by, registered with the inbound-documents core (see InboundChannel).
  const inboundChannels = registerInboundChannels([
    x12Channel({ controlNumbers, clock }),
    edifactChannel({ controlNumbers, clock }),
    shopifyChannel,
    woocommerceChannel,
    bigcommerceChannel,
    magentoChannel,
    amazonChannel,
    amazonVendorChannel({ clock }),
    ublChannel({ clock }),
  ]);
  const serveBackorders = () => serveStockArrivals({ db, systemApi }, logger, 'backorders');
  const inventoryRelay = startInventoryRelay(
    db,
    httpInventoryFeed(feedClient),
    { waitMs: events.inventoryFeedWaitMs, intervalMs: events.inventoryRelayIntervalMs },
    logger,
    serveBackorders,
    deliveries.wake,
  );
  const alerts = startAlertWorker({ db, clock, logger }, config.alerts ?? DEFAULT_ALERTS);
  const services: ProcessServices = {
    db,
    systemApi,
    erpDocuments: createHttpErpDocuments(systemClient),
    logger,
    clock,
    worker,
    waiter,
    inboundChannels,
    partners: databasePartnerDirectory(db),
    channelSettings,
    eventStreams: streams,
    fulfilment: httpErpFulfilment(systemClient),
    businessAnswers,
    partnerDocuments: partnerDocumentsOf([
      x12PartnerDocuments(controlNumbers, () => clock.now()),
      edifactPartnerDocuments(controlNumbers, () => clock.now()),
    ]),
    returnWindowDays: config.returnWindowDays ?? DEFAULT_RETURN_WINDOW_DAYS,
    serviceLevels: config.serviceLevels ?? DEFAULT_SERVICE_LEVELS,
  };
  const pollers = startChannelPollers({
    ...ingestDependencies(services),
    settings: channelSettings,
    connectors: PULLED_CHANNELS,
  });
  const app = createTierApp({
    logger,
    basePath: PROCESS_API_BASE_PATH,
    tokens: config.tokens,
    scopes: [
      { prefix: PROCESS_API_BASE_PATH, read: 'process:read', write: 'process:write' },
      // The KPIs are for operations managers; they change nothing, so no write scope opens them.
      { prefix: `${PROCESS_API_BASE_PATH}/kpis`, read: 'ops:read', write: 'ops:read' },
      { prefix: `${PROCESS_API_BASE_PATH}/partner-health`, read: 'ops:read', write: 'ops:read' },
      { prefix: `${PROCESS_API_BASE_PATH}/business-figures`, read: 'business:read', write: 'business:read' },
    ],
    registerRoutes: RegisterRoutes,
    services,
    signedPaths: SIGNED_WEBHOOK_PATHS,
    rawBodyPaths: RAW_DOCUMENT_PATHS,
    metrics,
    health: async () => {
      await db.$queryRaw`select 1`;
      return { database: 'up' };
    },
    circuits: () => ({
      'system-apis': systemClient.breakerState(),
      'system-apis (inventory feed)': feedClient.breakerState(),
    }),
  });
  const server = await listen(app, config.port, config.host);
  void businessAnswers.sweep();
  logger.info('process-apis listening', { url: server.url });
  return {
    ...server,
    close: async () => {
      streams.closeAll();
      await server.close();
      await inventoryRelay.stop();
      await alerts.stop();
      await deliveries.stop();
      await pollers.stop();
      await stopListening();
      await worker.stop();
      await businessAnswers.stop();
      await identity.deregister();
      await peers.stop();
      systemClient.shutdown();
      feedClient.shutdown();
      healthClient.shutdown();
      await db.$disconnect();
    },
  };
}
