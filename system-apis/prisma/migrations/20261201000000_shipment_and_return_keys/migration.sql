-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "key" TEXT;

-- AlterTable
ALTER TABLE "ReturnAuthorisation" ADD COLUMN     "key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_key_key" ON "Shipment"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ReturnAuthorisation_key_key" ON "ReturnAuthorisation"("key");
