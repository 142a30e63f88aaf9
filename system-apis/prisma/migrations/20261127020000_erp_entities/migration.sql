-- AlterTable
ALTER TABLE "PriceListEntry" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "SalesOrder" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "SalesOrderLine" ADD COLUMN     "shippedQuantity" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "InventoryMovement" (
    "id" BIGSERIAL NOT NULL,
    "sku" TEXT NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "reference" TEXT,
    "onHandAfter" INTEGER NOT NULL,
    "allocatedAfter" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "correlationId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InventoryMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reservation" (
    "id" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "salesOrderNumber" INTEGER,
    "lineNumber" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "number" SERIAL NOT NULL,
    "salesOrderNumber" INTEGER NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "carrier" TEXT NOT NULL,
    "trackingNumber" TEXT,
    "pickedAt" TIMESTAMP(3),
    "packedAt" TIMESTAMP(3),
    "shippedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "ShipmentLine" (
    "shipmentNumber" INTEGER NOT NULL,
    "orderLineNumber" INTEGER NOT NULL,
    "sku" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "uom" TEXT NOT NULL,

    CONSTRAINT "ShipmentLine_pkey" PRIMARY KEY ("shipmentNumber","orderLineNumber")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "number" SERIAL NOT NULL,
    "shipmentNumber" INTEGER NOT NULL,
    "salesOrderNumber" INTEGER NOT NULL,
    "customerId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "invoiceDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "lines" JSONB NOT NULL,
    "subtotal" DECIMAL(18,2) NOT NULL,
    "tax" DECIMAL(18,2) NOT NULL,
    "freight" DECIMAL(18,2) NOT NULL,
    "total" DECIMAL(18,2) NOT NULL,
    "balanceDue" DECIMAL(18,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "ReturnAuthorisation" (
    "number" SERIAL NOT NULL,
    "customerId" TEXT NOT NULL,
    "salesOrderNumber" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "status" TEXT NOT NULL DEFAULT 'requested',
    "receivedInto" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReturnAuthorisation_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "ReturnLine" (
    "returnNumber" INTEGER NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "sku" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "uom" TEXT NOT NULL,
    "receivedQuantity" INTEGER NOT NULL DEFAULT 0,
    "disposition" TEXT,

    CONSTRAINT "ReturnLine_pkey" PRIMARY KEY ("returnNumber","lineNumber")
);

-- CreateTable
CREATE TABLE "CreditMemo" (
    "number" SERIAL NOT NULL,
    "returnNumber" INTEGER NOT NULL,
    "customerId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditMemo_pkey" PRIMARY KEY ("number")
);

-- CreateIndex
CREATE INDEX "InventoryMovement_sku_warehouseId_id_idx" ON "InventoryMovement"("sku", "warehouseId", "id");

-- CreateIndex
CREATE INDEX "Reservation_salesOrderNumber_lineNumber_idx" ON "Reservation"("salesOrderNumber", "lineNumber");

-- CreateIndex
CREATE INDEX "Reservation_sku_warehouseId_status_idx" ON "Reservation"("sku", "warehouseId", "status");

-- CreateIndex
CREATE INDEX "Shipment_salesOrderNumber_idx" ON "Shipment"("salesOrderNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_shipmentNumber_key" ON "Invoice"("shipmentNumber");

-- CreateIndex
CREATE INDEX "Invoice_customerId_idx" ON "Invoice"("customerId");

-- CreateIndex
CREATE INDEX "ReturnAuthorisation_customerId_idx" ON "ReturnAuthorisation"("customerId");

-- CreateIndex
CREATE INDEX "ReturnAuthorisation_salesOrderNumber_idx" ON "ReturnAuthorisation"("salesOrderNumber");

-- CreateIndex
CREATE UNIQUE INDEX "CreditMemo_returnNumber_key" ON "CreditMemo"("returnNumber");

-- CreateIndex
CREATE INDEX "Customer_updatedAt_idx" ON "Customer"("updatedAt");

-- CreateIndex
CREATE INDEX "Item_updatedAt_idx" ON "Item"("updatedAt");

-- CreateIndex
CREATE INDEX "InventoryPosition_updatedAt_idx" ON "InventoryPosition"("updatedAt");

-- CreateIndex
CREATE INDEX "PriceListEntry_updatedAt_idx" ON "PriceListEntry"("updatedAt");

-- CreateIndex
CREATE INDEX "SalesOrder_updatedAt_idx" ON "SalesOrder"("updatedAt");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_salesOrderNumber_fkey" FOREIGN KEY ("salesOrderNumber") REFERENCES "SalesOrder"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentLine" ADD CONSTRAINT "ShipmentLine_shipmentNumber_fkey" FOREIGN KEY ("shipmentNumber") REFERENCES "Shipment"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_shipmentNumber_fkey" FOREIGN KEY ("shipmentNumber") REFERENCES "Shipment"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnLine" ADD CONSTRAINT "ReturnLine_returnNumber_fkey" FOREIGN KEY ("returnNumber") REFERENCES "ReturnAuthorisation"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditMemo" ADD CONSTRAINT "CreditMemo_returnNumber_fkey" FOREIGN KEY ("returnNumber") REFERENCES "ReturnAuthorisation"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Stock can never go below zero, nor more be held than is on hand: the database refuses it even if
-- a bug in the application tried.
ALTER TABLE "InventoryPosition" ADD CONSTRAINT "InventoryPosition_stock_within_bounds"
  CHECK ("onHand" >= 0 AND "allocated" >= 0 AND "allocated" <= "onHand");
