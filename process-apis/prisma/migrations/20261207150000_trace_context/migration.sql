-- Trace context (W3C traceparent): the request that received an order, continued by its pipeline
-- jobs and by the deliveries of its events. Timeline entries carry the trace id beside the
-- correlation id. All nullable: rows written before tracing have none.
ALTER TABLE "Order" ADD COLUMN "traceparent" TEXT;

-- AlterTable
ALTER TABLE "OrderTimelineEntry" ADD COLUMN "traceId" TEXT;

-- AlterTable
ALTER TABLE "OutboxEvent" ADD COLUMN "traceparent" TEXT;
