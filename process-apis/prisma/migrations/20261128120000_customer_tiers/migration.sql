-- CreateTable
CREATE TABLE "CustomerTier" (
    "customerId" TEXT NOT NULL,
    "tier" INTEGER NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerTier_pkey" PRIMARY KEY ("customerId")
);
