/** Partner health and service levels for operations managers (GET /process/v1/partner-health). */

/** The service-level targets (configuration: CROSSDOCK_SLA_*, see docs/configuration.md). */
export interface ServiceLevelTargets {
  /** Ingestion latency p95 (document received → ERP accepted the order) at most this many minutes. */
  ingestionLatencyP95Minutes: number;
  /** The oldest open hold or dead letter at most this many hours old. */
  backlogAgeHours: number;
  /** A partner's documents rejected (in whole or part) at most this share of its documents (0..1). */
  partnerErrorRate: number;
  /** A partner's 997 for our 855, 856 or 810 within this many hours. */
  acknowledgementHours: number;
}

export type ServiceLevel = 'ingestionLatencyP95' | 'backlogAge' | 'partnerErrorRate' | 'acknowledgements';

export interface ServiceLevelBreach {
  target: ServiceLevel;
  /** The partner at fault, for the partner targets. */
  partnerId?: string;
  /** What was measured, in the target's unit (minutes, hours, share, documents overdue). */
  measured: number;
  limit: number;
  /** In words, for the console. */
  detail: string;
}

export interface PartnerHealth {
  partnerId: string;
  name: string;
  channel: string;
  active: boolean;
  /** @format date-time */
  lastDocumentAt: string | null;
  /** Documents received from the partner in the window. */
  documents: number;
  /** Of those, rejected in whole or in part. */
  documentsWithErrors: number;
  /** documentsWithErrors / documents (0..1); null without documents. */
  errorRate: number | null;
  /** Our 855, 856 and 810 to the partner still without its 997 after the agreed hours. */
  acknowledgementsOverdue: number;
  /** @format date-time */
  oldestOverdueSentAt: string | null;
}

export interface PartnerHealthReport {
  /** @format date-time */
  from: string;
  /** @format date-time */
  to: string;
  targets: ServiceLevelTargets;
  breaches: ServiceLevelBreach[];
  partners: PartnerHealth[];
}
