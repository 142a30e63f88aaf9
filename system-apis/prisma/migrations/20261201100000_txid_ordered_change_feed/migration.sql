-- CreateIndex
CREATE INDEX "InventoryMovement_txid_id_idx" ON "InventoryMovement"("txid", "id");
