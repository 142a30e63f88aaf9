-- OutboxEvent.publishedAt was never written (the fan-out's cursor says what was read): its index
-- only cost every event written an index entry.
-- DropIndex
DROP INDEX "OutboxEvent_publishedAt_time_idx";

-- AlterTable
ALTER TABLE "OutboxEvent" DROP COLUMN "publishedAt";
