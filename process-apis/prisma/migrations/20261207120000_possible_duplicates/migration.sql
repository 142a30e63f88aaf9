-- AlterTable
ALTER TABLE "Hold" ADD COLUMN     "duplicateOfOrderId" TEXT;

-- AlterTable
ALTER TABLE "TradingPartner" ADD COLUMN     "reusesPurchaseOrderNumbers" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Order_customerId_purchaseOrderNumber_idx" ON "Order"("customerId", "purchaseOrderNumber");
