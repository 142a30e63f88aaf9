-- DropIndex
DROP INDEX "Order_channel_sourceOrderId_key";

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "receivedHash" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "Order_channel_customerId_sourceOrderId_key" ON "Order"("channel", "customerId", "sourceOrderId");
