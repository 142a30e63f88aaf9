import type { KpiFigures, KpiReport } from '@crossdock/shared-contracts/contracts/process-kpis';

const FIGURES: KpiFigures = {
  documentsReceived: 1212,
  ordersReceived: 1200,
  ingestionLatencyMs: { p50: 840, p95: 2300, p99: 6100 },
  exceptions: 36,
  exceptionRate: 0.03,
  exceptionsByReason: { CREDIT_LIMIT: 14, UNKNOWN_ITEM: 12, PRICE_MISMATCH: 7, DEAD_LETTER: 3 },
  duplicatesRefused: 12,
  duplicateRate: 0.0099,
  inventorySyncDelayMs: { p50: 1200, p95: 4100 },
  shipmentNotificationDelayMs: { p95: 900 },
  openDeadLetters: 2,
  openHolds: 9,
  oldestOpenExceptionAgeSeconds: 15840,
  transientFailures: 20,
  transientRecovered: 18,
  retrySuccessRate: 0.9,
  meanTimeToResolutionSeconds: 2710.5,
  orderCycleTimeSeconds: { receivedToShipped: 93600, receivedToInvoiced: 97200 },
  manualActions: 31,
  manualActionsPer100Orders: 2.5833,
};

/** What GET /kpis answers (the OpenAPI example): a day, one bucket shown, the same figures everywhere. */
export const EXAMPLE_KPI_REPORT: KpiReport = {
  from: '2026-12-06T00:00:00.000Z',
  to: '2026-12-07T00:00:00.000Z',
  bucket: 'hour',
  filters: {},
  totals: FIGURES,
  previousPeriod: FIGURES,
  buckets: [{ start: '2026-12-06T00:00:00.000Z', end: '2026-12-06T01:00:00.000Z', figures: FIGURES }],
  byChannel: [{ channel: 'x12', figures: FIGURES }],
  byPartner: [{ partnerId: 'xyz-retail', partnerName: 'XYZ Retail (EDI)', figures: FIGURES }],
};
