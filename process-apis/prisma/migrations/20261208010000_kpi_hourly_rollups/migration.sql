-- Hourly rollups of the KPIs (issue #15): per closed hour of receipt, channel and partner, what the
-- report adds up about orders, with their durations kept whole (int arrays of ms) so the percentiles
-- stay exact, and per closed hour of an inventory change, its delivery delays. A report reads the rollups
-- of the full hours of its windows and the facts of the rest (the open hour, the partial hours at the
-- windows' edges, the hours marked dirty).

-- CreateTable
CREATE TABLE "OrderKpiHour" (
    "hour" TIMESTAMP(3) NOT NULL,
    "channel" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "exceptions" INTEGER NOT NULL,
    "transient" INTEGER NOT NULL,
    "recovered" INTEGER NOT NULL,
    "manualActions" INTEGER NOT NULL,
    "resolvedExceptions" INTEGER NOT NULL,
    "resolutionSeconds" DECIMAL(65,30),
    "exceptionReasons" JSONB NOT NULL,
    "latenciesMs" BIGINT[],
    "toShippedMs" BIGINT[],
    "toInvoicedMs" BIGINT[],
    "noticeDelaysMs" BIGINT[],

    CONSTRAINT "OrderKpiHour_pkey" PRIMARY KEY ("hour","channel","partner")
);

-- CreateTable
CREATE TABLE "InventoryKpiHour" (
    "hour" TIMESTAMP(3) NOT NULL,
    "delaysMs" BIGINT[],

    CONSTRAINT "InventoryKpiHour_pkey" PRIMARY KEY ("hour")
);

-- CreateTable
CREATE TABLE "KpiDirtyHour" (
    "hour" TIMESTAMP(3) NOT NULL,
    "xid" BIGINT NOT NULL,

    CONSTRAINT "KpiDirtyHour_pkey" PRIMARY KEY ("hour","xid")
);

-- An hour is marked dirty by the transaction that changed something it adds up, one row per
-- transaction and hour (never a row updated by every order: that would serialise the pipeline). The
-- mark becomes visible when the change does, so a rebuild that read the mark read the change too, and
-- a mark it did not see (a transaction still running) is left for the next one.
CREATE FUNCTION crossdock_mark_kpi_hours(hours TIMESTAMP(3)[]) RETURNS void
LANGUAGE sql VOLATILE
AS E'
  INSERT INTO "KpiDirtyHour" ("hour", "xid")
  SELECT DISTINCT date_trunc(''hour'', h), txid_current() FROM unnest(hours) AS h WHERE h IS NOT NULL
  ON CONFLICT DO NOTHING
';

-- The receipt instant of the order a shipment belongs to, and the instant an event counts at: an
-- inventory change's own, a shipment's its order's receipt (the notices are the order's figures).
CREATE FUNCTION crossdock_kpi_instant_of_shipment(shipment_id TEXT) RETURNS TIMESTAMP(3)
LANGUAGE sql STABLE
AS E'
  SELECT f."receivedAt" FROM "OrderShipment" AS s JOIN "OrderKpiFact" AS f ON f."orderId" = s."orderId"
   WHERE s."id" = shipment_id
';

CREATE FUNCTION crossdock_kpi_instant_of_event(event_type TEXT, event_subject TEXT, event_time TIMESTAMP(3)) RETURNS TIMESTAMP(3)
LANGUAGE sql STABLE
AS E'
  SELECT CASE event_type WHEN ''com.crossdock.inventory.changed'' THEN event_time
                         WHEN ''com.crossdock.shipment.milestone'' THEN crossdock_kpi_instant_of_shipment(event_subject) END
';

-- One trigger function per table, each naming the instants the changed row counts at (old and new).
CREATE FUNCTION crossdock_kpi_hours_of_fact() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM crossdock_mark_kpi_hours(ARRAY[NEW."receivedAt"])\073
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM crossdock_mark_kpi_hours(ARRAY[OLD."receivedAt"])\073
  ELSE
    PERFORM crossdock_mark_kpi_hours(ARRAY[OLD."receivedAt", NEW."receivedAt"])\073
  END IF\073
  RETURN NULL\073
END
';

CREATE FUNCTION crossdock_kpi_hours_of_shipment() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  PERFORM crossdock_mark_kpi_hours(ARRAY(
    SELECT f."receivedAt" FROM "OrderKpiFact" AS f
     WHERE f."orderId" IN (CASE WHEN TG_OP <> ''INSERT'' THEN OLD."orderId" END, CASE WHEN TG_OP <> ''DELETE'' THEN NEW."orderId" END)))\073
  RETURN NULL\073
END
';

CREATE FUNCTION crossdock_kpi_hours_of_event() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN
    PERFORM crossdock_mark_kpi_hours(ARRAY[crossdock_kpi_instant_of_event(OLD."type", OLD."subject", OLD."time")])\073
  ELSE
    PERFORM crossdock_mark_kpi_hours(ARRAY[crossdock_kpi_instant_of_event(NEW."type", NEW."subject", NEW."time")])\073
  END IF\073
  RETURN NULL\073
END
';

CREATE FUNCTION crossdock_kpi_hours_of_delivery() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  PERFORM crossdock_mark_kpi_hours(ARRAY(
    SELECT crossdock_kpi_instant_of_event(e."type", e."subject", e."time") FROM "OutboxEvent" AS e
     WHERE e."id" = (CASE WHEN TG_OP = ''DELETE'' THEN OLD."eventId" ELSE NEW."eventId" END)))\073
  RETURN NULL\073
END
';

CREATE FUNCTION crossdock_kpi_hours_of_notice() RETURNS trigger
LANGUAGE plpgsql
AS E'
BEGIN
  PERFORM crossdock_mark_kpi_hours(ARRAY[
    CASE WHEN TG_OP <> ''INSERT'' AND OLD."kind" = ''856'' THEN crossdock_kpi_instant_of_shipment(OLD."reference") END,
    CASE WHEN TG_OP <> ''DELETE'' AND NEW."kind" = ''856'' THEN crossdock_kpi_instant_of_shipment(NEW."reference") END])\073
  RETURN NULL\073
END
';

-- A fact row is written only when it changed (crossdock_store_order_kpi_facts). A delivery row is updated
-- at every claim: only a change of its state or delivery instant marks its hour.
CREATE TRIGGER "OrderKpiFact_kpi_hours" AFTER INSERT OR UPDATE OR DELETE ON "OrderKpiFact"
  FOR EACH ROW EXECUTE FUNCTION crossdock_kpi_hours_of_fact();
CREATE TRIGGER "OrderShipment_kpi_hours" AFTER INSERT OR DELETE ON "OrderShipment"
  FOR EACH ROW EXECUTE FUNCTION crossdock_kpi_hours_of_shipment();
CREATE TRIGGER "OrderShipment_kpi_hours_update" AFTER UPDATE OF "orderId" ON "OrderShipment"
  FOR EACH ROW WHEN (OLD."orderId" IS DISTINCT FROM NEW."orderId") EXECUTE FUNCTION crossdock_kpi_hours_of_shipment();
CREATE TRIGGER "OutboxEvent_kpi_hours" AFTER INSERT OR DELETE ON "OutboxEvent"
  FOR EACH ROW EXECUTE FUNCTION crossdock_kpi_hours_of_event();
CREATE TRIGGER "EventDelivery_kpi_hours" AFTER INSERT OR DELETE ON "EventDelivery"
  FOR EACH ROW EXECUTE FUNCTION crossdock_kpi_hours_of_delivery();
CREATE TRIGGER "EventDelivery_kpi_hours_update" AFTER UPDATE OF "state", "deliveredAt" ON "EventDelivery"
  FOR EACH ROW WHEN (OLD."state" IS DISTINCT FROM NEW."state" OR OLD."deliveredAt" IS DISTINCT FROM NEW."deliveredAt")
  EXECUTE FUNCTION crossdock_kpi_hours_of_delivery();
CREATE TRIGGER "OutboundDocument_kpi_hours" AFTER INSERT OR UPDATE OR DELETE ON "OutboundDocument"
  FOR EACH ROW EXECUTE FUNCTION crossdock_kpi_hours_of_notice();

-- What the report and the rollups both read, defined once: the delays of the notices of an order's
-- shipped shipments (the first delivered webhook or 856 after the shipped event, never below 0) and
-- the delivery delays of the inventory changes in [lo, hi) delivered to every subscriber (the last delivery).
CREATE FUNCTION crossdock_kpi_notice_delays(order_id TEXT) RETURNS SETOF BIGINT
LANGUAGE sql STABLE
AS E'
  SELECT greatest(0, (extract(epoch FROM (n.notified - ev."time")) * 1000)::BIGINT)
    FROM "OrderShipment" AS s
   CROSS JOIN LATERAL (
     SELECT ev."id", ev."time" FROM "OutboxEvent" AS ev
      WHERE ev."subject" = s."id" AND ev."type" = ''com.crossdock.shipment.milestone'' AND ev."data"->>''milestone'' = ''shipped''
     OFFSET 0
   ) AS ev
   CROSS JOIN LATERAL (
     SELECT least((SELECT min(d."deliveredAt") FROM "EventDelivery" AS d WHERE d."eventId" = ev."id" AND d."state" = ''delivered''),
                  (SELECT min(doc."createdAt") FROM "OutboundDocument" AS doc WHERE doc."kind" = ''856'' AND doc."reference" = s."id")) AS notified
   ) AS n
   WHERE s."orderId" = order_id AND n.notified IS NOT NULL
';

CREATE FUNCTION crossdock_kpi_inventory_delays(lo TIMESTAMP(3), hi TIMESTAMP(3)) RETURNS TABLE ("changed" TIMESTAMP(3), "delay" BIGINT)
LANGUAGE sql STABLE
AS E'
  SELECT ev."time", (extract(epoch FROM (dl.delivered - ev."time")) * 1000)::BIGINT
    FROM "OutboxEvent" AS ev CROSS JOIN LATERAL (
      SELECT max(d."deliveredAt") AS delivered, bool_and(d."state" = ''delivered'') AS done
        FROM "EventDelivery" AS d WHERE d."eventId" = ev."id"
    ) AS dl
   WHERE ev."type" = ''com.crossdock.inventory.changed'' AND ev."time" >= lo AND ev."time" < hi AND dl.done
';

-- The rollups of the dirty closed hours in [lo, hi) rebuilt from the facts, by one caller at a time (a
-- report that finds another rebuilding reads those hours' facts instead of waiting), and the number of
-- hours rebuilt. Each statement sees what committed before it: the facts are read after the marks were
-- taken, so they include every change whose mark was taken.
CREATE FUNCTION crossdock_rebuild_kpi_hours(lo TIMESTAMP(3), hi TIMESTAMP(3)) RETURNS INTEGER
LANGUAGE plpgsql VOLATILE
AS E'
DECLARE
  hours TIMESTAMP(3)[]\073
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext(''crossdock_rebuild_kpi_hours'')) THEN
    RETURN 0\073
  END IF\073
  WITH taken AS (
    DELETE FROM "KpiDirtyHour" AS d
     WHERE d."hour" >= date_trunc(''hour'', lo) AND d."hour" < hi
       AND d."hour" + interval ''1 hour'' <= (statement_timestamp() AT TIME ZONE ''UTC'')
    RETURNING d."hour"
  )
  SELECT array_agg(DISTINCT t."hour") INTO hours FROM taken AS t\073
  IF hours IS NULL THEN
    RETURN 0\073
  END IF\073
  DELETE FROM "OrderKpiHour" AS r WHERE r."hour" = ANY (hours)\073
  DELETE FROM "InventoryKpiHour" AS r WHERE r."hour" = ANY (hours)\073
  WITH f AS MATERIALIZED (
    SELECT h."hour", f."orderId", f."channel", coalesce(f."partnerId", '''') AS "partner", f."exceptionReasons" AS reasons,
           f."retried", f."recovered", f."manualActions", f."resolvedExceptions", f."resolutionSeconds",
           (extract(epoch FROM (f."acceptedAt" - f."receivedAt")) * 1000)::BIGINT AS latency,
           (extract(epoch FROM (f."shippedAt" - f."receivedAt")) * 1000)::BIGINT AS to_shipped,
           (extract(epoch FROM (f."invoicedAt" - f."receivedAt")) * 1000)::BIGINT AS to_invoiced
      FROM unnest(hours) AS h("hour") JOIN "OrderKpiFact" AS f
        ON f."receivedAt" >= h."hour" AND f."receivedAt" < h."hour" + interval ''1 hour''
  ), g AS (
    SELECT "hour", "channel", "partner", count(*)::INTEGER AS orders, count(*) FILTER (WHERE reasons <> ''{}'')::INTEGER AS exceptions,
           count(*) FILTER (WHERE "retried")::INTEGER AS transient, count(*) FILTER (WHERE "recovered")::INTEGER AS recovered,
           sum("manualActions")::INTEGER AS manual, sum("resolvedExceptions")::INTEGER AS resolved,
           sum("resolutionSeconds"::NUMERIC) AS resolution,
           coalesce(array_agg(latency ORDER BY latency) FILTER (WHERE latency IS NOT NULL), ''{}'') AS latencies,
           coalesce(array_agg(to_shipped ORDER BY to_shipped) FILTER (WHERE to_shipped IS NOT NULL), ''{}'') AS to_shipped,
           coalesce(array_agg(to_invoiced ORDER BY to_invoiced) FILTER (WHERE to_invoiced IS NOT NULL), ''{}'') AS to_invoiced
      FROM f GROUP BY "hour", "channel", "partner"
  ), r AS (
    SELECT "hour", "channel", "partner", jsonb_object_agg(reason, n) AS reasons
      FROM (SELECT f."hour", f."channel", f."partner", x.reason, count(*) AS n
              FROM f CROSS JOIN unnest(f.reasons) AS x(reason) GROUP BY 1, 2, 3, 4) AS x
     GROUP BY "hour", "channel", "partner"
  ), n AS (
    SELECT f."hour", f."channel", f."partner", array_agg(d.delay ORDER BY d.delay) AS delays
      FROM f CROSS JOIN LATERAL crossdock_kpi_notice_delays(f."orderId") AS d(delay)
     GROUP BY f."hour", f."channel", f."partner"
  )
  INSERT INTO "OrderKpiHour" ("hour", "channel", "partner", "orders", "exceptions", "transient", "recovered",
      "manualActions", "resolvedExceptions", "resolutionSeconds", "exceptionReasons", "latenciesMs", "toShippedMs",
      "toInvoicedMs", "noticeDelaysMs")
  SELECT g."hour", g."channel", g."partner", g.orders, g.exceptions, g.transient, g.recovered, g.manual, g.resolved,
         g.resolution, coalesce(r.reasons, ''{}''), g.latencies, g.to_shipped, g.to_invoiced, coalesce(n.delays, ''{}'')
    FROM g LEFT JOIN r USING ("hour", "channel", "partner") LEFT JOIN n USING ("hour", "channel", "partner")\073
  INSERT INTO "InventoryKpiHour" ("hour", "delaysMs")
  SELECT h."hour", array_agg(i."delay" ORDER BY i."delay")
    FROM unnest(hours) AS h("hour")
   CROSS JOIN LATERAL crossdock_kpi_inventory_delays(h."hour", (h."hour" + interval ''1 hour'')::TIMESTAMP(3)) AS i
   GROUP BY h."hour"\073
  RETURN cardinality(hours)\073
END
';

-- The rollups of every closed hour there already is (the open one stays marked: its facts are read).
SELECT crossdock_mark_kpi_hours(ARRAY(SELECT DISTINCT date_trunc('hour', f."receivedAt") FROM "OrderKpiFact" AS f
                                      UNION SELECT DISTINCT date_trunc('hour', e."time") FROM "OutboxEvent" AS e
                                       WHERE e."type" = 'com.crossdock.inventory.changed'));
SELECT crossdock_rebuild_kpi_hours('-infinity', 'infinity');
