-- The work queue: the audit of support actions, paging indexes of the hold and dead-letter queues,
-- and orders found by the partner they came from

-- CreateTable
CREATE TABLE "SupportAction" (
    "id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "comment" TEXT,
    "orderId" TEXT,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "correlationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupportAction_createdAt_id_idx" ON "SupportAction"("createdAt", "id");

-- CreateIndex
CREATE INDEX "SupportAction_orderId_createdAt_idx" ON "SupportAction"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "SupportAction_actor_createdAt_idx" ON "SupportAction"("actor", "createdAt");

-- CreateIndex
CREATE INDEX "SupportAction_action_createdAt_idx" ON "SupportAction"("action", "createdAt");

-- CreateIndex
CREATE INDEX "Hold_createdAt_id_idx" ON "Hold"("createdAt", "id");

-- CreateIndex
CREATE INDEX "DeadLetter_createdAt_id_idx" ON "DeadLetter"("createdAt", "id");

-- CreateIndex (IF NOT EXISTS: the KPI indexes migration, merged beside this one, makes the same index)
CREATE INDEX IF NOT EXISTS "DeadLetter_orderId_idx" ON "DeadLetter"("orderId");

-- CreateIndex
CREATE INDEX "InboundDocumentOrder_partnerId_idx" ON "InboundDocumentOrder"("partnerId");

-- AddForeignKey
ALTER TABLE "InboundDocumentOrder" ADD CONSTRAINT "InboundDocumentOrder_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
