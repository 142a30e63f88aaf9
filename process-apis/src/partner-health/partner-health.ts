import type {
  PartnerHealth,
  PartnerHealthReport,
  ServiceLevelBreach,
  ServiceLevelTargets,
} from '@crossdock/shared-contracts/contracts/api/process-partner-health';
import type { ProcessDatabase } from '../database';
import { checkWindow, computeKpiFigures } from '../kpis/compute-kpis';

const HOUR_MS = 3_600_000;

/**
 * Per partner: the last document received, the documents of [$1, $2) and how many were rejected in
 * whole or part, and our 855, 856 and 810 still 'sent' (no 997 back) since before $3.
 */
const PARTNER_HEALTH = `
  select p."id" as "partnerId", p."name", p."channel", p."active",
         (select max(d."receivedAt") from "InboundDocument" as d where d."partnerId" = p."id") as "lastDocumentAt",
         count(d."id")::int as documents,
         count(d."id") filter (where d."status" in ('rejected', 'partially-processed'))::int as "documentsWithErrors",
         (select count(*) from "OutboundDocument" as s
           where s."partnerId" = p."id" and s."kind" in ('855', '856', '810') and s."status" = 'sent'
             and s."createdAt" < $3::timestamptz at time zone 'UTC')::int as "acknowledgementsOverdue",
         (select min(s."createdAt") from "OutboundDocument" as s
           where s."partnerId" = p."id" and s."kind" in ('855', '856', '810') and s."status" = 'sent'
             and s."createdAt" < $3::timestamptz at time zone 'UTC') as "oldestOverdueSentAt"
    from "TradingPartner" as p
    left join "InboundDocument" as d on d."partnerId" = p."id"
     and d."receivedAt" >= $1::timestamptz at time zone 'UTC' and d."receivedAt" < $2::timestamptz at time zone 'UTC'
   group by p."id" order by p."name", p."id"`;

interface HealthRow extends Omit<PartnerHealth, 'errorRate' | 'lastDocumentAt' | 'oldestOverdueSentAt'> {
  lastDocumentAt: Date | null;
  oldestOverdueSentAt: Date | null;
}

/** Each partner's health over [from, to) and the service levels breached there (as of `to`). */
export async function computePartnerHealth(
  db: Pick<ProcessDatabase, 'sql'>,
  window: { from: Date; to: Date },
  targets: ServiceLevelTargets,
): Promise<PartnerHealthReport> {
  checkWindow(window);
  const ackDue = new Date(window.to.getTime() - targets.acknowledgementHours * HOUR_MS);
  const [{ rows }, figures] = await Promise.all([
    db.sql.query<HealthRow & Record<string, unknown>>({
      name: 'partner-health',
      text: PARTNER_HEALTH,
      values: [window.from.toISOString(), window.to.toISOString(), ackDue.toISOString()],
    }),
    computeKpiFigures(db, window),
  ]);
  const partners: PartnerHealth[] = rows.map((row) => ({
    ...row,
    lastDocumentAt: row.lastDocumentAt?.toISOString() ?? null,
    oldestOverdueSentAt: row.oldestOverdueSentAt?.toISOString() ?? null,
    errorRate: row.documents === 0 ? null : row.documentsWithErrors / row.documents,
  }));
  const breaches: ServiceLevelBreach[] = [];
  const p95Minutes = figures.ingestionLatencyMs ? figures.ingestionLatencyMs.p95 / 60_000 : undefined;
  if (p95Minutes !== undefined && p95Minutes > targets.ingestionLatencyP95Minutes)
    breaches.push({
      target: 'ingestionLatencyP95',
      measured: p95Minutes,
      limit: targets.ingestionLatencyP95Minutes,
      detail: `Ingestion latency p95 is ${inMinutes(p95Minutes)} (target ≤ ${inMinutes(targets.ingestionLatencyP95Minutes)}).`,
    });
  const backlogHours =
    figures.oldestOpenExceptionAgeSeconds === null ? undefined : figures.oldestOpenExceptionAgeSeconds / 3600;
  if (backlogHours !== undefined && backlogHours > targets.backlogAgeHours)
    breaches.push({
      target: 'backlogAge',
      measured: backlogHours,
      limit: targets.backlogAgeHours,
      detail: `The oldest open exception is ${backlogHours.toFixed(1)} h old (target ≤ ${targets.backlogAgeHours} h).`,
    });
  for (const partner of partners) breaches.push(...partnerBreaches(partner, targets));
  return { from: window.from.toISOString(), to: window.to.toISOString(), targets, breaches, partners };
}

/** Minutes in words: seconds under a minute. */
const inMinutes = (minutes: number) => (minutes < 1 ? `${(minutes * 60).toFixed(1)} s` : `${minutes.toFixed(1)} min`);

function partnerBreaches(partner: PartnerHealth, targets: ServiceLevelTargets): ServiceLevelBreach[] {
  const breaches: ServiceLevelBreach[] = [];
  if (partner.errorRate !== null && partner.errorRate > targets.partnerErrorRate)
    breaches.push({
      target: 'partnerErrorRate',
      partnerId: partner.partnerId,
      measured: partner.errorRate,
      limit: targets.partnerErrorRate,
      detail: `${partner.name}: ${partner.documentsWithErrors} of ${partner.documents} documents rejected in whole or part (target ≤ ${Math.round(targets.partnerErrorRate * 100)} %).`,
    });
  if (partner.acknowledgementsOverdue > 0)
    breaches.push({
      target: 'acknowledgements',
      partnerId: partner.partnerId,
      measured: partner.acknowledgementsOverdue,
      limit: 0,
      detail: `${partner.name}: ${partner.acknowledgementsOverdue} of our documents without a 997 after ${targets.acknowledgementHours} h.`,
    });
  return breaches;
}
