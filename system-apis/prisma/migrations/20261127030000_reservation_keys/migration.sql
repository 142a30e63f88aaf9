-- AlterTable
ALTER TABLE "Reservation" ADD COLUMN     "key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Reservation_key_key" ON "Reservation"("key");
