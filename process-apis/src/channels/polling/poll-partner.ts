import type { PollReport } from '@crossdock/shared-contracts/contracts/api/process-partners';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { ConflictError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { backoffDelayMs, EQUAL_JITTER } from '@crossdock/shared-contracts/platform/http-client/backoff';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { ChannelSettings } from '../../config';
import type { ProcessDatabase } from '../../database';
import type { Prisma } from '../../generated/prisma/client';
import { ingestDelivery, type IngestDependencies } from '../../inbound-documents/ingest-document';
import { PARTNER_INCLUDE, type PartnerRow, type StoredConnection } from '../../partners/partner-view';
import type { ChannelConnector, PollCursor } from './channel-connector';

// A poll holds its partner this long; a poller that died mid-poll is replaced after it.
const POLL_LEASE_MS = 10 * 60_000;
// Without a poll interval (pollers off), a failed poll's backoff starts from a minute.
const BACKOFF_BASE_WITHOUT_INTERVAL_MS = 60_000;

export interface PollDependencies extends IngestDependencies {
  settings: ChannelSettings;
  /** The pulled channels and how each is polled. */
  connectors: Readonly<Record<string, ChannelConnector>>;
  /** Waits between retries of a call (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Polls one partner's channel once, if no other poller holds it (a lease in the database, so
 * replicas never poll one partner twice at once). `due`: only when its next poll is due (the
 * background pollers); otherwise at once (someone asked). A failed poll (the channel down, 429
 * after the retries) keeps the bookmark where it was and backs off: the wait before the next
 * poll doubles with each failure in a row.
 */
export async function pollPartner(
  deps: PollDependencies,
  partnerId: string,
  options: { due: boolean },
): Promise<PollReport> {
  const partner = await deps.db.tradingPartner.findUnique({ where: { id: partnerId }, include: PARTNER_INCLUDE });
  if (!partner) throw new NotFoundError(`There is no partner ${partnerId}.`);
  const connector = deps.connectors[partner.channel];
  const connection = partner.connection as StoredConnection | null;
  if (!connector || !connection)
    throw new ConflictError(
      'partner-not-polled',
      'The partner is not polled',
      `Partner ${partnerId} is a ${partner.channel} partner${connection ? '' : ' without a connection'}; only Magento, Amazon and Amazon Vendor partners with a connection are polled.`,
    );

  const now = deps.clock.now();
  if (!(await claim(deps.db, partnerId, now, options.due))) {
    return {
      partnerId,
      polled: false,
      documentIds: [],
      detail: options.due ? 'Not due, or another poller has it.' : 'Another poller is polling this partner now.',
    };
  }
  const state = await deps.db.channelPollState.findUniqueOrThrow({ where: { partnerId } });
  const documentIds: string[] = [];
  try {
    const result = await connector.poll({
      partner,
      connection,
      cursor: state.cursor as PollCursor,
      client: channelClient(deps, partner, connector, connection),
      clientAt: (baseUrl) =>
        kitClient(deps, `${partner.channel}:${partner.id}:${new URL(baseUrl).host}`, baseUrl, () => undefined),
      now,
      saveCursor: async (cursor) =>
        void (await deps.db.channelPollState.update({
          where: { partnerId },
          data: { cursor: cursor as Prisma.InputJsonValue },
        })),
      ingest: async (kind, parts, deliveryId) => {
        const ingested = await ingestDelivery(deps, {
          channel: partner.channel as 'magento' | 'amazon' | 'amazon-vendor',
          kind,
          partner,
          parts,
          deliveryId,
        });
        documentIds.push(ingested.documentId);
        // A page that cannot be read at all (kept as rejected) stops the poll before its bookmark moves past it.
        if (ingested.unreadable) throw ingested.unreadable;
        return ingested;
      },
      takenInBefore: async (sourceOrderIds) => takenInBefore(deps.db, partnerId, sourceOrderIds),
      db: deps.db,
      logger: deps.logger,
    });
    const nextPollAt = new Date(now.getTime() + (deps.settings.pollIntervalMs ?? 0));
    await deps.db.channelPollState.update({
      where: { partnerId },
      data: { leasedUntil: null, lastPolledAt: now, consecutiveFailures: 0, lastError: null, nextPollAt },
    });
    return { partnerId, polled: true, documentIds: result.documentIds, nextPollAt: nextPollAt.toISOString() };
  } catch (error) {
    const failures = state.consecutiveFailures + 1;
    // Equal jitter, as the queues: the pollers of every partner of a shop that was down do not all come back at once.
    const waitMs = backoffDelayMs(
      failures - 1,
      {
        baseDelayMs: deps.settings.pollIntervalMs ?? BACKOFF_BASE_WITHOUT_INTERVAL_MS,
        maxDelayMs: deps.settings.maxBackoffMs,
        jitter: EQUAL_JITTER,
      },
      Math.random,
    );
    const nextPollAt = new Date(now.getTime() + waitMs);
    const detail = coerceError(error).error.message;
    await deps.db.channelPollState.update({
      where: { partnerId },
      data: { leasedUntil: null, lastPolledAt: now, consecutiveFailures: failures, lastError: detail, nextPollAt },
    });
    deps.logger.warn('channel poll failed', {
      partnerId,
      channel: partner.channel,
      failures,
      nextPollAt: nextPollAt.toISOString(),
      error: detail,
    });
    if (!(error instanceof CrossdockError))
      deps.logger.error('channel poll failed unexpectedly', { partnerId, error: coerceError(error).message });
    return { partnerId, polled: true, documentIds, nextPollAt: nextPollAt.toISOString(), error: detail };
  }
}

/** Takes the partner's poll lease when free (and, for `due`, when its next poll is due). */
async function claim(db: ProcessDatabase, partnerId: string, now: Date, due: boolean): Promise<boolean> {
  await db.channelPollState.createMany({ data: [{ partnerId, nextPollAt: now }], skipDuplicates: true });
  const claimed = await db.channelPollState.updateMany({
    where: {
      partnerId,
      OR: [{ leasedUntil: null }, { leasedUntil: { lt: now } }],
      ...(due ? { nextPollAt: { lte: now } } : {}),
    },
    data: { leasedUntil: new Date(now.getTime() + POLL_LEASE_MS) },
  });
  return claimed.count === 1;
}

async function takenInBefore(db: ProcessDatabase, partnerId: string, sourceOrderIds: string[]): Promise<Set<string>> {
  if (sourceOrderIds.length === 0) return new Set();
  const links = await db.inboundDocumentOrder.findMany({
    where: { partnerId, sourceOrderId: { in: sourceOrderIds } },
    select: { sourceOrderId: true },
  });
  return new Set(links.map((link) => link.sourceOrderId));
}

function kitClient(deps: PollDependencies, name: string, baseUrl: string, credentials: () => string | undefined) {
  return createUpstreamClient({
    name,
    baseUrl,
    timeoutMs: deps.settings.httpTimeoutMs,
    retry: {
      maxRetries: deps.settings.httpRetries,
      baseDelayMs: deps.settings.httpRetryBaseMs,
      maxDelayMs: Math.max(deps.settings.httpRetryBaseMs, 60_000),
    },
    logger: deps.logger,
    sleep: deps.sleep,
    credentials,
  });
}

/** The client kit pointed at the partner's channel: its own token (never the caller's), its retries. */
function channelClient(
  deps: PollDependencies,
  partner: PartnerRow,
  connector: ChannelConnector,
  connection: StoredConnection,
) {
  const headers = connector.headers(connection);
  const client = kitClient(deps, `${partner.channel}:${partner.id}`, connection.baseUrl, () =>
    connector.bearerToken(connection),
  );
  return {
    ...client,
    get: <T>(path: string, options: Parameters<typeof client.get>[1] = {}) =>
      client.get<T>(path, { ...options, headers: { ...headers, ...options.headers } }),
  };
}
