import { Gauge, Histogram } from 'prom-client';
import { HOLD_REASON_CODES } from '@crossdock/shared-contracts/contracts/model/hold';
import {
  LATENCY_BUCKETS_SECONDS,
  type ServiceMetrics,
} from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../database';
import type { PipelineMetrics } from '../pipeline/observed-step';
import { STEP_IDS } from '../pipeline/step';
import { readBacklog } from './backlog';

/**
 * The process tier's own figures. The backlog (queues, open holds and dead letters) is read from
 * the database at each scrape, never counted in memory: every replica answers the same numbers,
 * and they are the numbers the KPI API and the console show.
 */
export function createProcessMetrics(metrics: ServiceMetrics, db: ProcessDatabase, clock: Clock): PipelineMetrics {
  const { registry } = metrics;
  let backlog: ReturnType<typeof readBacklog> | undefined;
  // One query per scrape, shared by the gauges below (prom-client collects them one by one).
  const current = () =>
    (backlog ??= readBacklog(db, clock.now()).finally(() => setTimeout(() => (backlog = undefined))));
  new Gauge({
    name: 'crossdock_queue_depth',
    help: 'Work waiting: pipeline jobs ready to run (jobs), outbox events not yet fanned out (outbox), webhook deliveries pending (deliveries).',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      for (const queue of (await current()).queues) this.set({ queue: queue.name }, queue.depth);
    },
  });
  new Gauge({
    name: 'crossdock_queue_oldest_age_seconds',
    help: 'How long the oldest waiting item of each queue has waited (0 when the queue is empty).',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      for (const queue of (await current()).queues) this.set({ queue: queue.name }, queue.oldestAgeSeconds);
    },
  });
  new Gauge({
    name: 'crossdock_open_holds',
    help: 'Holds waiting for a person, by reason code.',
    labelNames: ['reason'] as const,
    registers: [registry],
    async collect() {
      const open = (await current()).openHolds;
      for (const reason of new Set([...HOLD_REASON_CODES, ...Object.keys(open)]))
        this.set({ reason }, open[reason] ?? 0);
    },
  });
  new Gauge({
    name: 'crossdock_open_dead_letters',
    help: 'Dead letters not replayed, by the step whose retries ran out (their reason).',
    labelNames: ['reason'] as const,
    registers: [registry],
    async collect() {
      const open = (await current()).openDeadLetters;
      for (const reason of new Set([...STEP_IDS, ...Object.keys(open)])) this.set({ reason }, open[reason] ?? 0);
    },
  });
  new Gauge({
    name: 'crossdock_orders_waiting_for_erp',
    help: 'Orders waiting for the ERP to answer again (unavailable): they go on by themselves when it does.',
    registers: [registry],
    async collect() {
      this.set((await current()).waitingForErp.orders);
    },
  });
  new Gauge({
    name: 'crossdock_erp_wait_oldest_seconds',
    help: 'How long the order waiting longest for the ERP has waited (0 when none waits).',
    registers: [registry],
    async collect() {
      this.set((await current()).waitingForErp.oldestWaitSeconds);
    },
  });
  const steps = new Histogram({
    name: 'crossdock_pipeline_step_duration_seconds',
    help: 'One pipeline step run for a batch of orders (ERP calls included), by step.',
    labelNames: ['step'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  return { stepRan: (step, seconds) => steps.observe({ step }, seconds) };
}
