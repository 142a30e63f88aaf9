-- One KPI fact row per order (src/kpis reads the KPIs from it by its receipt instant): its channel,
-- partner, acceptance, shipment and invoice instants, retried and recovered flags, manual actions,
-- exception reasons and resolution times, worked out from its timeline, holds, dead letters and
-- inbound documents. Triggers on those tables keep it in the same transaction as the rows it
-- summarises, whichever code (or test) writes them, so it is never out of step.

-- CreateTable
CREATE TABLE "OrderKpiFact" (
    "orderId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "channel" TEXT NOT NULL,
    "partnerId" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "shippedAt" TIMESTAMP(3),
    "invoicedAt" TIMESTAMP(3),
    "retried" BOOLEAN NOT NULL DEFAULT false,
    "recovered" BOOLEAN NOT NULL DEFAULT false,
    "manualActions" INTEGER NOT NULL DEFAULT 0,
    "exceptionReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "resolvedExceptions" INTEGER NOT NULL DEFAULT 0,
    "resolutionSeconds" DOUBLE PRECISION,

    CONSTRAINT "OrderKpiFact_pkey" PRIMARY KEY ("orderId")
);

-- CreateIndex
CREATE INDEX "OrderKpiFact_receivedAt_idx" ON "OrderKpiFact"("receivedAt");

-- CreateIndex
CREATE INDEX "OrderKpiFact_partnerId_receivedAt_idx" ON "OrderKpiFact"("partnerId", "receivedAt");

-- CreateIndex
CREATE INDEX "OrderKpiFact_channel_receivedAt_idx" ON "OrderKpiFact"("channel", "receivedAt");

-- One row per hold and dead letter, with its order's channel and partner, and whether the backlog
-- counts it while open (a dead letter not replayed only while its order is FAILED): the KPIs' backlog
-- reads it by index and looks nothing up. Kept by the same triggers.

-- CreateTable
CREATE TABLE "OrderKpiException" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "partnerId" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "counted" BOOLEAN NOT NULL,

    CONSTRAINT "OrderKpiException_pkey" PRIMARY KEY ("kind","id")
);

-- CreateIndex
CREATE INDEX "OrderKpiException_orderId_idx" ON "OrderKpiException"("orderId");

-- CreateIndex
CREATE INDEX "OrderKpiException_closedAt_openedAt_idx" ON "OrderKpiException"("closedAt", "openedAt");

-- The functions' bodies are string constants (quotes doubled) with their semicolons written \073:
-- Prisma's migrate (docs/deployment.md) cuts a migration at every semicolon, dollar quotes or not.
-- PL/pgSQL, not SQL, and generic plans: a SQL function planned its statement on every call, and so
-- did PL/pgSQL's custom plans (the server's CPU per timeline entry written alone: 2.0 ms more than
-- without the triggers, then 0.9, now 0.3, tests/bench/kpi-fact-triggers.bench.ts). One plan fits
-- every call: a few orders, each through its indexes.

-- The facts of the given orders worked out afresh from what the pipeline keeps (the definitions are
-- the KPIs' own, see src/kpis/kpi-statement.ts), and dropped for orders that no longer exist, and
-- the rows of their holds and dead letters. The
-- partner is the one whose document made the order (none for API and portal orders). A retried
-- failure is one the pipeline wrote as such (technical-failure.ts), recovered when a pipeline step
-- went through after it. A manual action is a person's release, override, reject or replay.
CREATE FUNCTION crossdock_store_order_kpi_facts(order_ids TEXT[], with_exceptions BOOLEAN DEFAULT true) RETURNS void
LANGUAGE plpgsql VOLATILE
SET plan_cache_mode = force_generic_plan
AS E'
BEGIN
  WITH gone AS (
    DELETE FROM "OrderKpiFact" AS f
     WHERE f."orderId" = ANY (order_ids) AND NOT EXISTS (SELECT 1 FROM "Order" AS o WHERE o."id" = f."orderId")
  )
  INSERT INTO "OrderKpiFact" AS f ("orderId", "receivedAt", "channel", "partnerId", "acceptedAt", "shippedAt",
      "invoicedAt", "retried", "recovered", "manualActions", "exceptionReasons", "resolvedExceptions", "resolutionSeconds")
  SELECT o."id", o."createdAt", o."channel",
         (SELECT d."partnerId" FROM "InboundDocumentOrder" AS d WHERE d."orderId" = o."id" ORDER BY d."createdAt" LIMIT 1),
         t.accepted, t.shipped, t.invoiced, t.last_retry IS NOT NULL, coalesce(t.last_through > t.last_retry, false),
         t.manual, coalesce(x.reasons, ARRAY[]::TEXT[]), x.resolved, x.resolution
    FROM "Order" AS o
   CROSS JOIN LATERAL (
     SELECT min(e."at") FILTER (WHERE e."step" = ''submit'' AND e."outcome" = ''succeeded'') AS accepted,
            min(e."at") FILTER (WHERE e."step" = ''shipped'') AS shipped,
            min(e."at") FILTER (WHERE e."step" = ''invoiced'') AS invoiced,
            max(e."id") FILTER (WHERE e."outcome" = ''failed'' AND e."actor" = ''pipeline''
                                  AND e."detail" LIKE ''Attempt % Retrying.'') AS last_retry,
            max(e."id") FILTER (WHERE e."actor" = ''pipeline'' AND e."outcome" IN (''succeeded'', ''held'')
                                  AND e."step" IN (''validate'', ''enrich'', ''credit'', ''plan'', ''reserve'', ''submit'')) AS last_through,
            count(DISTINCT (e."step", e."correlationId")) FILTER (WHERE e."actor" <> ''pipeline''
                AND (e."step" IN (''release'', ''override'', ''reject'') OR e."outcome" = ''replayed''))::INTEGER AS manual
       FROM "OrderTimelineEntry" AS e WHERE e."orderId" = o."id"
   ) AS t
   CROSS JOIN LATERAL (
     SELECT array_agg(DISTINCT x.reason ORDER BY x.reason) AS reasons, count(x.resolved)::INTEGER AS resolved,
            sum(((extract(epoch FROM (x.resolved - x.opened)) * 1000)::DOUBLE PRECISION) / 1000) AS resolution
       FROM (SELECT h."reasonCode" AS reason, h."createdAt" AS opened, h."resolvedAt" AS resolved
               FROM "Hold" AS h WHERE h."orderId" = o."id"
             UNION ALL
             SELECT ''DEAD_LETTER'', l."createdAt", l."replayedAt" FROM "DeadLetter" AS l WHERE l."orderId" = o."id") AS x
   ) AS x
   WHERE o."id" = ANY (order_ids)
  ON CONFLICT ("orderId") DO UPDATE SET
      "receivedAt" = excluded."receivedAt", "channel" = excluded."channel", "partnerId" = excluded."partnerId",
      "acceptedAt" = excluded."acceptedAt", "shippedAt" = excluded."shippedAt", "invoicedAt" = excluded."invoicedAt",
      "retried" = excluded."retried", "recovered" = excluded."recovered", "manualActions" = excluded."manualActions",
      "exceptionReasons" = excluded."exceptionReasons", "resolvedExceptions" = excluded."resolvedExceptions",
      "resolutionSeconds" = excluded."resolutionSeconds"
    WHERE f IS DISTINCT FROM excluded\073
  IF NOT with_exceptions THEN
    RETURN\073
  END IF\073
  DELETE FROM "OrderKpiException" AS x
   WHERE x."orderId" = ANY (order_ids)
     AND NOT EXISTS (SELECT FROM "Hold" AS h WHERE x."kind" = ''hold'' AND h."id" = x."id" AND h."orderId" = x."orderId")
     AND NOT EXISTS (SELECT FROM "DeadLetter" AS l
                      WHERE x."kind" = ''dead-letter'' AND l."id" = x."id" AND l."orderId" = x."orderId")\073
  INSERT INTO "OrderKpiException" AS x ("kind", "id", "orderId", "channel", "partnerId", "openedAt", "closedAt", "counted")
  SELECT ''hold'', h."id", o."id", o."channel", f."partnerId", h."createdAt", h."resolvedAt", true
    FROM "Order" AS o JOIN "Hold" AS h ON h."orderId" = o."id" LEFT JOIN "OrderKpiFact" AS f ON f."orderId" = o."id"
   WHERE o."id" = ANY (order_ids)
  UNION ALL
  SELECT ''dead-letter'', l."id", o."id", o."channel", f."partnerId", l."createdAt", l."replayedAt",
         l."replayedAt" IS NOT NULL OR o."status" = ''FAILED''
    FROM "Order" AS o JOIN "DeadLetter" AS l ON l."orderId" = o."id" LEFT JOIN "OrderKpiFact" AS f ON f."orderId" = o."id"
   WHERE o."id" = ANY (order_ids)
  ON CONFLICT ("kind", "id") DO UPDATE SET
      "orderId" = excluded."orderId", "channel" = excluded."channel", "partnerId" = excluded."partnerId",
      "openedAt" = excluded."openedAt", "closedAt" = excluded."closedAt", "counted" = excluded."counted"
    WHERE x IS DISTINCT FROM excluded\073
END
';

-- Before working the facts out, their rows are locked (in order, one statement): a transaction
-- writing about the same order waits for the one before it to commit, and then works them out from
-- a snapshot that has its rows (each statement of a function takes a new snapshot), so neither
-- overwrites the other with facts that miss a row (kpi-facts.test.ts). Row locks, not advisory
-- locks: a bulk insert of a million rows takes as many without running out of the lock table. An
-- order's fact row exists from the order's insert on (the rows about an order reference it).
CREATE FUNCTION crossdock_refresh_order_kpi_facts(order_ids TEXT[], with_exceptions BOOLEAN DEFAULT true) RETURNS void
LANGUAGE plpgsql VOLATILE
SET plan_cache_mode = force_generic_plan
AS E'
BEGIN
  PERFORM FROM "OrderKpiFact" AS f WHERE f."orderId" = ANY (order_ids) ORDER BY f."orderId" FOR UPDATE\073
  PERFORM crossdock_store_order_kpi_facts(order_ids, with_exceptions)\073
END
';

-- Statement triggers (a bulk insert works each order out once) on the tables with an "orderId". A
-- timeline entry changes no hold or dead letter: their rows are left alone then (the most frequent
-- write: 0.6 ms of server CPU added a row written alone, 0.3 without them).
CREATE FUNCTION crossdock_kpi_facts_after_insert() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  PERFORM crossdock_refresh_order_kpi_facts(ARRAY(SELECT DISTINCT n."orderId" FROM new_rows AS n),
                                            TG_TABLE_NAME <> ''OrderTimelineEntry'')\073
  RETURN NULL\073
END
';

CREATE FUNCTION crossdock_kpi_facts_after_update() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  PERFORM crossdock_refresh_order_kpi_facts(
    ARRAY(SELECT n."orderId" FROM new_rows AS n UNION SELECT p."orderId" FROM old_rows AS p),
    TG_TABLE_NAME <> ''OrderTimelineEntry'')\073
  RETURN NULL\073
END
';

CREATE FUNCTION crossdock_kpi_facts_after_delete() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  PERFORM crossdock_refresh_order_kpi_facts(ARRAY(SELECT DISTINCT p."orderId" FROM old_rows AS p),
                                            TG_TABLE_NAME <> ''OrderTimelineEntry'')\073
  RETURN NULL\073
END
';

CREATE TRIGGER "OrderTimelineEntry_kpi_facts_insert" AFTER INSERT ON "OrderTimelineEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_insert();
CREATE TRIGGER "OrderTimelineEntry_kpi_facts_update" AFTER UPDATE ON "OrderTimelineEntry"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_update();
CREATE TRIGGER "OrderTimelineEntry_kpi_facts_delete" AFTER DELETE ON "OrderTimelineEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_delete();

CREATE TRIGGER "Hold_kpi_facts_insert" AFTER INSERT ON "Hold"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_insert();
CREATE TRIGGER "Hold_kpi_facts_update" AFTER UPDATE ON "Hold"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_update();
CREATE TRIGGER "Hold_kpi_facts_delete" AFTER DELETE ON "Hold"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_delete();

CREATE TRIGGER "DeadLetter_kpi_facts_insert" AFTER INSERT ON "DeadLetter"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_insert();
CREATE TRIGGER "DeadLetter_kpi_facts_update" AFTER UPDATE ON "DeadLetter"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_update();
CREATE TRIGGER "DeadLetter_kpi_facts_delete" AFTER DELETE ON "DeadLetter"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_delete();

CREATE TRIGGER "InboundDocumentOrder_kpi_facts_insert" AFTER INSERT ON "InboundDocumentOrder"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_insert();
CREATE TRIGGER "InboundDocumentOrder_kpi_facts_update" AFTER UPDATE ON "InboundDocumentOrder"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_update();
CREATE TRIGGER "InboundDocumentOrder_kpi_facts_delete" AFTER DELETE ON "InboundDocumentOrder"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_after_delete();

-- The order itself: its receipt instant and channel, its status going to or from FAILED (any other
-- update, its status on every step, works nothing out), its insert and delete.
CREATE FUNCTION crossdock_kpi_facts_of_orders() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM crossdock_store_order_kpi_facts(ARRAY(SELECT n."id" FROM new_rows AS n))\073
  ELSE
    PERFORM crossdock_refresh_order_kpi_facts(ARRAY(SELECT p."id" FROM old_rows AS p))\073
  END IF\073
  RETURN NULL\073
END
';

CREATE FUNCTION crossdock_kpi_facts_of_order() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  PERFORM crossdock_refresh_order_kpi_facts(ARRAY[NEW."id"])\073
  RETURN NULL\073
END
';

CREATE TRIGGER "Order_kpi_facts_insert" AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_of_orders();
CREATE TRIGGER "Order_kpi_facts_delete" AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crossdock_kpi_facts_of_orders();
CREATE TRIGGER "Order_kpi_facts_update" AFTER UPDATE OF "createdAt", "channel" ON "Order"
  FOR EACH ROW WHEN (OLD."createdAt" IS DISTINCT FROM NEW."createdAt" OR OLD."channel" IS DISTINCT FROM NEW."channel")
  EXECUTE FUNCTION crossdock_kpi_facts_of_order();
CREATE TRIGGER "Order_kpi_facts_failed" AFTER UPDATE OF "status" ON "Order"
  FOR EACH ROW WHEN ((OLD."status" = 'FAILED') IS DISTINCT FROM (NEW."status" = 'FAILED'))
  EXECUTE FUNCTION crossdock_kpi_facts_of_order();

-- The facts of the orders there already are.
SELECT crossdock_store_order_kpi_facts(ARRAY(SELECT o."id" FROM "Order" AS o));
