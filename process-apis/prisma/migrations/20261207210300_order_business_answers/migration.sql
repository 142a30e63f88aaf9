-- The business answer (ORDRSP, UBL OrderResponse) sent once an order from a partner is accepted, held or rejected: one per order and outcome
CREATE TABLE "OrderBusinessAnswer" (
    "orderId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderBusinessAnswer_pkey" PRIMARY KEY ("orderId","outcome")
);
