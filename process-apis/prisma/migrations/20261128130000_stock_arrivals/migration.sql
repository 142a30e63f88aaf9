-- CreateTable
CREATE TABLE "StockArrival" (
    "sku" TEXT NOT NULL,
    "arrivals" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "StockArrival_pkey" PRIMARY KEY ("sku")
);
