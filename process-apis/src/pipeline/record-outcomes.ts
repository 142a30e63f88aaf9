import { randomUUID } from 'node:crypto';
import { traceIdOf } from '@crossdock/shared-contracts/platform/observability/trace-context';
import type { ProcessDatabase } from '../database';
import type { OrderChanges, StepId } from './step';

/** One step an order finished, for its timeline. */
export interface StepFinished {
  step: StepId;
  detail?: string;
  /** When it finished. */
  at: Date;
}

/** One order that finished one or more steps, with what to store for them. */
export interface StepsDone {
  orderId: string;
  correlationId: string;
  /** The order's trace (the request that received it): on its timeline entries and its events. */
  traceparent?: string | null;
  customerId: string;
  /** The step the order's job is at: the first of `steps`. */
  from: StepId;
  /** The step its job moves on to; undefined when the order is through the pipeline. */
  next: StepId | undefined;
  steps: readonly StepFinished[];
  /** What the steps set on the order, later steps over earlier ones. */
  changes?: OrderChanges;
  events: readonly { change: string; data: Record<string, unknown> }[];
}

const PIPELINE_ACTOR = 'pipeline';

/**
 * Records that orders finished steps, for the whole batch in one statement (so in one
 * transaction): the orders' new fields, a timeline entry per step, their events (the outbox), and
 * their jobs moved on (or done). Only jobs still at the step they were claimed for or last
 * recorded at (and, with `leasedBy`, still that worker's) are recorded: one cancelled, rejected or
 * taken over meanwhile is left alone.
 * Answers the orders recorded.
 */
export async function recordStepsDone(
  db: ProcessDatabase,
  done: readonly StepsDone[],
  now: Date,
  leasedUntil: Date,
  leasedBy?: string,
): Promise<Set<string>> {
  if (done.length === 0) return new Set();
  const orders = done.map(({ orderId, from, next, changes }) => ({
    orderId,
    fromStep: from,
    nextStep: next ?? null,
    ...changes,
  }));
  const entries = done.flatMap(({ orderId, correlationId, traceparent, steps }) =>
    steps.map(({ step, detail, at }) => ({
      orderId,
      correlationId,
      traceId: traceIdOf(traceparent) ?? null,
      step,
      detail: detail ?? null,
      at: at.toISOString(),
    })),
  );
  const events = done.flatMap(({ orderId, correlationId, traceparent, customerId, events: orderEvents }) =>
    orderEvents.map(({ change, data }) => ({
      orderId,
      correlationId,
      traceparent: traceparent ?? null,
      eventId: randomUUID(),
      eventType: `com.crossdock.order.${change}`,
      eventData: { orderId, customerId, ...data },
    })),
  );
  const { rows: recorded } = await db.sql.query<{ orderId: string }>({
    name: 'record-steps-done',
    text: RECORD_STEPS_DONE,
    values: [
      JSON.stringify(orders),
      JSON.stringify(entries),
      JSON.stringify(events),
      now.toISOString(),
      leasedUntil.toISOString(),
      PIPELINE_ACTOR,
      leasedBy ?? null,
    ],
  });
  return new Set(recorded.map((row) => row.orderId));
}

// Jobs are locked in one order, so two batches never wait on each other in a circle. Absent
// fields come through as NULL and keep what the order has. Timeline entries and events keep the
// order of the steps: their ids and outbox positions are given in the order they are inserted.
const RECORD_STEPS_DONE = `
  with done as (
    select * from jsonb_to_recordset($1::jsonb) as v(
      "orderId" text, "fromStep" text, "nextStep" text,
      "status" text, "currency" text, "pricedLines" jsonb, "subtotal" numeric, "tax" numeric, "total" numeric, "plan" jsonb, "erpOrderId" text, "received" jsonb)
  ), live as (
    select job."orderId" from "PipelineJob" as job join done as d on d."orderId" = job."orderId"
     where job."state" = 'ready' and job."step" = d."fromStep" and ($7::text is null or job."leasedBy" = $7::text)
     order by job."orderId" for update of job
  ), orders as (
    update "Order" as o
       set "status" = coalesce(d."status", o."status"), "currency" = coalesce(d."currency", o."currency"),
           "pricedLines" = coalesce(d."pricedLines", o."pricedLines"), "subtotal" = coalesce(d."subtotal", o."subtotal"),
           "tax" = coalesce(d."tax", o."tax"), "total" = coalesce(d."total", o."total"), "plan" = coalesce(d."plan", o."plan"),
           "erpOrderId" = coalesce(d."erpOrderId", o."erpOrderId"), "received" = coalesce(d."received", o."received"), "updatedAt" = $4::timestamp
      from done as d join live using ("orderId")
     where o."id" = d."orderId"
  ), timeline as (
    insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "detail", "correlationId", "traceId", "actor", "at")
    select e."orderId", e."step", 'succeeded', e."detail", e."correlationId", e."traceId", $6, e."at"::timestamp
      from rows from (jsonb_to_recordset($2::jsonb) as ("orderId" text, "correlationId" text, "traceId" text, "step" text, "detail" text, "at" text))
           with ordinality as e("orderId", "correlationId", "traceId", "step", "detail", "at", "position")
      join live using ("orderId")
     order by e."position"
  ), events as (
    insert into "OutboxEvent" ("id", "type", "source", "subject", "time", "correlationId", "traceparent", "data")
    select x."eventId", x."eventType", '/process/v1/orders', x."orderId", $4::timestamp, x."correlationId", x."traceparent", x."eventData"
      from rows from (jsonb_to_recordset($3::jsonb) as ("orderId" text, "correlationId" text, "traceparent" text, "eventId" text, "eventType" text, "eventData" jsonb))
           with ordinality as x("orderId", "correlationId", "traceparent", "eventId", "eventType", "eventData", "position")
      join live using ("orderId")
     order by x."position"
  ), jobs as (
    update "PipelineJob" as job
       set "step" = coalesce(d."nextStep", job."step"), "state" = case when d."nextStep" is null then 'done' else job."state" end,
           "attempts" = case when d."nextStep" is null then job."attempts" else 1 end, "lastError" = null,
           "leasedUntil" = case when d."nextStep" is null then null else $5::timestamp end, "updatedAt" = $4::timestamp
      from done as d join live using ("orderId")
     where job."orderId" = d."orderId"
  )
  select "orderId" from live`;
