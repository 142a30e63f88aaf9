/** The KPI and partner-health answers, as the console reads them (see shared-contracts' process-kpis and process-partner-health). */
export interface KpiFigures {
  documentsReceived: number;
  ordersReceived: number;
  ingestionLatencyMs: { p50: number; p95: number; p99: number } | null;
  exceptions: number;
  exceptionRate: number;
  exceptionsByReason: Record<string, number>;
  duplicatesRefused: number;
  duplicateRate: number;
  openDeadLetters: number;
  openHolds: number;
  oldestOpenExceptionAgeSeconds: number | null;
  retrySuccessRate: number | null;
  meanTimeToResolutionSeconds: number | null;
  manualActions: number;
}

export interface KpiReport {
  from: string;
  to: string;
  bucket: string;
  totals: KpiFigures;
  previousPeriod: KpiFigures;
  buckets: { start: string; end: string; figures: KpiFigures }[];
  byChannel: { channel: string; figures: KpiFigures }[];
  byPartner: { partnerId: string; partnerName: string; figures: KpiFigures }[];
}

export interface ServiceLevelBreach {
  target: string;
  partnerId?: string;
  detail: string;
}

export interface PartnerHealthReport {
  targets: {
    ingestionLatencyP95Minutes: number;
    backlogAgeHours: number;
    partnerErrorRate: number;
    acknowledgementHours: number;
  };
  breaches: ServiceLevelBreach[];
  partners: {
    partnerId: string;
    name: string;
    channel: string;
    active: boolean;
    lastDocumentAt: string | null;
    documents: number;
    documentsWithErrors: number;
    errorRate: number | null;
    acknowledgementsOverdue: number;
  }[];
}
