-- The integration KPIs (src/kpis) read orders received in a window, the copies refused as
-- duplicates in it, the holds and dead letters of those orders, the backlog at its end, inventory
-- changes by when they happened and the deliveries and 856s of shipments.

-- CreateIndex
CREATE INDEX "Order_createdAt_idx" ON "Order"("createdAt");

-- CreateIndex
CREATE INDEX "OrderTimelineEntry_duplicate_at_idx" ON "OrderTimelineEntry"("at") WHERE ("outcome" = 'duplicate');

-- CreateIndex
CREATE INDEX "Hold_resolvedAt_idx" ON "Hold"("resolvedAt");

-- CreateIndex
CREATE INDEX "DeadLetter_orderId_idx" ON "DeadLetter"("orderId");

-- CreateIndex
CREATE INDEX "OutboxEvent_type_time_idx" ON "OutboxEvent"("type", "time");

-- CreateIndex
CREATE INDEX "EventDelivery_eventId_idx" ON "EventDelivery"("eventId");

-- CreateIndex
CREATE INDEX "OutboundDocument_reference_idx" ON "OutboundDocument"("reference");
