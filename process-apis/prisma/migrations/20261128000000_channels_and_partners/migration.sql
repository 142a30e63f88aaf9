-- CreateTable
CREATE TABLE "TradingPartner" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mappingName" TEXT NOT NULL,
    "mappingVersion" INTEGER NOT NULL,
    "priceTolerancePercent" DECIMAL(7,4) NOT NULL DEFAULT 0,
    "allowBackorders" BOOLEAN NOT NULL DEFAULT false,
    "x12" JSONB,
    "unitOfMeasureMappings" JSONB NOT NULL DEFAULT '[]',
    "webhookSecrets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "connection" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TradingPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerIdentifier" (
    "kind" TEXT NOT NULL,
    "qualifier" TEXT NOT NULL DEFAULT '',
    "value" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,

    CONSTRAINT "PartnerIdentifier_pkey" PRIMARY KEY ("kind","qualifier","value")
);

-- CreateTable
CREATE TABLE "PartnerItemReference" (
    "partnerId" TEXT NOT NULL,
    "qualifier" TEXT NOT NULL DEFAULT '',
    "partnerProductId" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "uom" TEXT,

    CONSTRAINT "PartnerItemReference_pkey" PRIMARY KEY ("partnerId","qualifier","partnerProductId")
);

-- CreateTable
CREATE TABLE "MappingVersion" (
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MappingVersion_pkey" PRIMARY KEY ("name","version")
);

-- CreateTable
CREATE TABLE "InboundDocument" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "partnerId" TEXT,
    "deliveryId" TEXT,
    "status" TEXT NOT NULL,
    "outcome" JSONB,
    "sha256" TEXT NOT NULL,
    "correlationId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "InboundDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundDocumentPart" (
    "documentId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "body" BYTEA NOT NULL,

    CONSTRAINT "InboundDocumentPart_pkey" PRIMARY KEY ("documentId","seq")
);

-- CreateTable
CREATE TABLE "InboundDocumentOrder" (
    "documentId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "sourceOrderId" TEXT NOT NULL,
    "mappingName" TEXT NOT NULL,
    "mappingVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundDocumentOrder_pkey" PRIMARY KEY ("documentId","orderId")
);

-- CreateTable
CREATE TABLE "ChannelPollState" (
    "partnerId" TEXT NOT NULL,
    "cursor" JSONB NOT NULL DEFAULT '{}',
    "nextPollAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leasedUntil" TIMESTAMP(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastPolledAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "ChannelPollState_pkey" PRIMARY KEY ("partnerId")
);

-- CreateIndex
CREATE INDEX "TradingPartner_channel_idx" ON "TradingPartner"("channel");

-- CreateIndex
CREATE INDEX "PartnerIdentifier_partnerId_idx" ON "PartnerIdentifier"("partnerId");

-- CreateIndex
CREATE INDEX "InboundDocument_receivedAt_idx" ON "InboundDocument"("receivedAt");

-- CreateIndex
CREATE INDEX "InboundDocument_partnerId_receivedAt_idx" ON "InboundDocument"("partnerId", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundDocument_partnerId_deliveryId_key" ON "InboundDocument"("partnerId", "deliveryId");

-- CreateIndex
CREATE INDEX "InboundDocumentOrder_orderId_idx" ON "InboundDocumentOrder"("orderId");

-- AddForeignKey
ALTER TABLE "TradingPartner" ADD CONSTRAINT "TradingPartner_mappingName_mappingVersion_fkey" FOREIGN KEY ("mappingName", "mappingVersion") REFERENCES "MappingVersion"("name", "version") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerIdentifier" ADD CONSTRAINT "PartnerIdentifier_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "TradingPartner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerItemReference" ADD CONSTRAINT "PartnerItemReference_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "TradingPartner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundDocumentPart" ADD CONSTRAINT "InboundDocumentPart_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "InboundDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundDocumentOrder" ADD CONSTRAINT "InboundDocumentOrder_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "InboundDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelPollState" ADD CONSTRAINT "ChannelPollState_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "TradingPartner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
