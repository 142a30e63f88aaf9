-- CreateIndex
CREATE INDEX "OrderReturn_customerId_createdAt_id_idx" ON "OrderReturn"("customerId", "createdAt", "id");
