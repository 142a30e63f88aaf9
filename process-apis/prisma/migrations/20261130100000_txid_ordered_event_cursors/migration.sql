-- AlterTable
ALTER TABLE "EventCursor" ADD COLUMN     "feedCursor" TEXT,
ADD COLUMN     "txid" xid8 DEFAULT '0'::xid8;

-- CreateIndex
CREATE INDEX "OutboxEvent_txid_position_idx" ON "OutboxEvent"("txid", "position");

-- Readers now go in (txid, position) order. The fan-out's cursor was a position P: every event
-- past P in position order has a txid at least `rest` (the least txid among those visible, and any
-- not yet visible belongs to a transaction not older than this snapshot's xmin). If P's own txid is
-- not above `rest`, (txid of P, P) passes none of them, otherwise start at (rest, 0), which reads
-- again some events already fanned out (their deliveries exist: nothing is owed twice) and never
-- skips one. Either way an event the former cursor had passed while it was still being committed
-- sorts after the new cursor and is fanned out now.
WITH "resume" AS (
  SELECT (SELECT e."txid" FROM "OutboxEvent" AS e WHERE e."position" = c."position") AS "at", c."position" AS "after",
         LEAST((SELECT min(e."txid") FROM "OutboxEvent" AS e WHERE e."position" > c."position"), pg_snapshot_xmin(pg_current_snapshot())) AS "rest"
    FROM "EventCursor" AS c WHERE c."name" = 'deliveries'
)
UPDATE "EventCursor"
   SET "txid" = CASE WHEN r."at" <= r."rest" THEN r."at" ELSE r."rest" END,
       "position" = CASE WHEN r."at" <= r."rest" THEN r."after" ELSE 0 END
  FROM "resume" AS r
 WHERE "name" = 'deliveries';

-- The relay keeps the system tier's cursor as given (the former one was a movement id).
UPDATE "EventCursor" SET "feedCursor" = "position"::text WHERE "name" = 'system-inventory';

-- Positions handed to clients (stream ids, `after`) until now were read in position order: where
-- that order ended, and the oldest transaction then running (every later event's txid is at least it).
INSERT INTO "EventCursor" ("name", "position", "txid")
SELECT 'positions-read-by-position', coalesce(max("position"), 0), pg_snapshot_xmin(pg_current_snapshot()) FROM "OutboxEvent";
