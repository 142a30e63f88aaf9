-- A web shop's or marketplace's cancellation of an order not taken in yet (its webhooks came out of order):
-- kept so that the order is refused when it arrives rather than shipped
CREATE TABLE "ChannelCancellation" (
    "partnerId" TEXT NOT NULL,
    "sourceOrderId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "reason" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelCancellation_pkey" PRIMARY KEY ("partnerId","sourceOrderId")
);
