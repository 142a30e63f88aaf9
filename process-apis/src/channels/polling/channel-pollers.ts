import { randomUUID } from 'node:crypto';
import { runWithContext } from '@crossdock/shared-contracts/platform/context/request-context';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { amazonConnector } from '../amazon/amazon-connector';
import { amazonVendorConnector } from '../amazon-vendor/amazon-vendor-connector';
import { magentoConnector } from '../magento/magento-connector';
import type { ChannelConnector } from './channel-connector';
import { pollPartner, type PollDependencies } from './poll-partner';

/** The channels Crossdock pulls orders from, and how. */
export const PULLED_CHANNELS: Readonly<Record<string, ChannelConnector>> = {
  magento: magentoConnector,
  amazon: amazonConnector,
  'amazon-vendor': amazonVendorConnector,
};

export interface ChannelPollers {
  /** Stops polling; a poll under way finishes first. */
  stop(): Promise<void>;
}

/**
 * The process tier's background polling: every `pollIntervalMs`, each active partner of a pulled
 * channel whose next poll is due is polled (one at a time, each under its lease, so replicas share
 * the work). Nothing runs when no interval is configured.
 */
export function startChannelPollers(deps: PollDependencies): ChannelPollers {
  const intervalMs = deps.settings.pollIntervalMs;
  if (!intervalMs) return { stop: async () => undefined };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let cycle: Promise<void> = Promise.resolve();

  const runCycle = async () => {
    const partners = await deps.db.tradingPartner.findMany({
      where: {
        active: true,
        channel: { in: Object.keys(deps.connectors) },
        OR: [{ pollState: null }, { pollState: { nextPollAt: { lte: deps.clock.now() } } }],
      },
      select: { id: true, connection: true },
      orderBy: { id: 'asc' },
    });
    for (const partner of partners.filter((candidate) => candidate.connection !== null)) {
      if (stopped) return;
      // Each poll is its own unit of work, with its own correlation id on its log lines and orders.
      await runWithContext({ correlationId: randomUUID() }, () => pollPartner(deps, partner.id, { due: true }));
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      cycle = runCycle()
        .catch(
          (error: unknown) =>
            void deps.logger.error('channel poll cycle failed', { error: coerceError(error).message }),
        )
        .finally(schedule);
    }, intervalMs);
  };
  schedule();
  deps.logger.info('channel pollers started', { intervalMs, channels: Object.keys(deps.connectors) });
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await cycle;
    },
  };
}

/** Polls one partner now, on request (the poll endpoint), whether or not it is due. */
export function pollPartnerNow(deps: PollDependencies, partnerId: string) {
  return pollPartner(deps, partnerId, { due: false });
}
