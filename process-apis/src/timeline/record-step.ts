import { currentCorrelationId } from '@crossdock/shared-contracts/platform/context/request-context';
import { currentTraceId } from '@crossdock/shared-contracts/platform/observability/trace-context';
import type { ProcessDatabase } from '../database';

type TimelineWriter = Pick<ProcessDatabase, 'orderTimelineEntry'>;

export interface StepRecord {
  orderId: string;
  step: string;
  outcome: 'succeeded' | 'held' | 'failed' | 'duplicate' | 'replayed' | 'compensated' | 'waiting';
  detail?: string;
  actor: string;
}

/** Leaves one trace of a step on the order's timeline, under the current correlation id and trace. */
export async function recordStep(db: TimelineWriter, record: StepRecord): Promise<void> {
  await db.orderTimelineEntry.create({
    data: { ...record, correlationId: currentCorrelationId() ?? 'none', traceId: currentTraceId() ?? null },
  });
}
