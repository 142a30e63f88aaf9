import { randomUUID } from 'node:crypto';
import type { ProcessDatabase } from '../database';
import type { OrderChanges, StepId } from './step';

/** One order that finished a step, with what to store for it. */
export interface StepDone {
  orderId: string;
  correlationId: string;
  customerId: string;
  detail?: string;
  changes?: OrderChanges;
  event?: { change: string; data: Record<string, unknown> };
}

const PIPELINE_ACTOR = 'pipeline';

/**
 * Records that the orders finished `step`, for the whole batch in one statement (so in one
 * transaction): the orders' new fields, a timeline entry each, their events (the outbox), and
 * their jobs moved on to `next` (or done). Only jobs still running at `step` are recorded: one
 * cancelled, rejected or taken over meanwhile is left alone. Answers the orders recorded.
 */
export async function recordStepsDone(db: ProcessDatabase, step: StepId, done: readonly StepDone[], next: StepId | undefined, now: Date, leasedUntil: Date): Promise<Set<string>> {
  if (done.length === 0) return new Set();
  const rows = done.map(({ orderId, correlationId, customerId, detail, changes, event }) => ({
    orderId,
    correlationId,
    detail: detail ?? null,
    ...changes,
    eventId: event ? randomUUID() : null,
    eventType: event ? `com.crossdock.order.${event.change}` : null,
    eventData: event ? { orderId, customerId, ...event.data } : null,
  }));
  const { rows: recorded } = await db.sql.query<{ orderId: string }>(RECORD_STEPS_DONE, [
    JSON.stringify(rows), step, next ?? null, now.toISOString(), leasedUntil.toISOString(), PIPELINE_ACTOR,
  ]);
  return new Set(recorded.map((row) => row.orderId));
}

// Jobs are locked in one order, so two batches never wait on each other in a circle. Absent
// fields come through as NULL and keep what the order has.
const RECORD_STEPS_DONE = `
  with done as (
    select * from jsonb_to_recordset($1::jsonb) as v(
      "orderId" text, "correlationId" text, "detail" text,
      "status" text, "currency" text, "pricedLines" jsonb, "subtotal" numeric, "tax" numeric, "total" numeric, "plan" jsonb, "erpOrderId" text,
      "eventId" text, "eventType" text, "eventData" jsonb)
  ), live as (
    select job."orderId" from "PipelineJob" as job join done using ("orderId")
     where job."state" = 'ready' and job."step" = $2
     order by job."orderId" for update of job
  ), orders as (
    update "Order" as o
       set "status" = coalesce(d."status", o."status"), "currency" = coalesce(d."currency", o."currency"),
           "pricedLines" = coalesce(d."pricedLines", o."pricedLines"), "subtotal" = coalesce(d."subtotal", o."subtotal"),
           "tax" = coalesce(d."tax", o."tax"), "total" = coalesce(d."total", o."total"), "plan" = coalesce(d."plan", o."plan"),
           "erpOrderId" = coalesce(d."erpOrderId", o."erpOrderId"), "updatedAt" = $4::timestamp
      from done as d join live using ("orderId")
     where o."id" = d."orderId"
  ), timeline as (
    insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "detail", "correlationId", "actor", "at")
    select d."orderId", $2, 'succeeded', d."detail", d."correlationId", $6, $4::timestamp from done as d join live using ("orderId")
  ), events as (
    insert into "OutboxEvent" ("id", "type", "source", "subject", "time", "correlationId", "data")
    select d."eventId", d."eventType", '/process/v1/orders', d."orderId", $4::timestamp, d."correlationId", d."eventData"
      from done as d join live using ("orderId") where d."eventId" is not null
  ), jobs as (
    update "PipelineJob" as job
       set "step" = coalesce($3, job."step"), "state" = case when $3::text is null then 'done' else job."state" end,
           "attempts" = case when $3::text is null then job."attempts" else 1 end, "lastError" = null,
           "leasedUntil" = case when $3::text is null then null else $5::timestamp end, "updatedAt" = $4::timestamp
      from live where job."orderId" = live."orderId"
  )
  select "orderId" from live`;
