-- CreateTable
CREATE TABLE "X12ControlNumber" (
    "scope" TEXT NOT NULL,
    "lastInterchange" BIGINT NOT NULL DEFAULT 0,
    "lastGroup" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "X12ControlNumber_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "OutboundDocument" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "partnerId" TEXT,
    "reference" TEXT,
    "interchangeControlNumber" TEXT NOT NULL,
    "groupControlNumbers" TEXT[],
    "transactionSetControlNumbers" TEXT[],
    "raw" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboundDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboundDocument_partnerId_createdAt_idx" ON "OutboundDocument"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundDocument_interchangeControlNumber_idx" ON "OutboundDocument"("interchangeControlNumber");
