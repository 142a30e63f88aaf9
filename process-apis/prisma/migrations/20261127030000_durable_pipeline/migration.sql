-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "overriddenReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "plan" JSONB,
ADD COLUMN     "reservations" JSONB,
ADD COLUMN     "tax" DECIMAL(18,2),
ADD COLUMN     "total" DECIMAL(18,2);

-- AlterTable
ALTER TABLE "Hold" ADD COLUMN     "resolution" TEXT,
ADD COLUMN     "step" TEXT NOT NULL DEFAULT 'validate';

-- CreateTable
CREATE TABLE "PipelineJob" (
    "orderId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'ready',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leasedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PipelineJob_pkey" PRIMARY KEY ("orderId")
);

-- CreateTable
CREATE TABLE "DeadLetter" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "lastError" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replayedAt" TIMESTAMP(3),
    "replayedBy" TEXT,

    CONSTRAINT "DeadLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "time" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correlationId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PipelineJob_state_runAt_idx" ON "PipelineJob"("state", "runAt");

-- CreateIndex
CREATE INDEX "DeadLetter_replayedAt_createdAt_idx" ON "DeadLetter"("replayedAt", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEvent_publishedAt_time_idx" ON "OutboxEvent"("publishedAt", "time");

-- CreateIndex
CREATE INDEX "OutboxEvent_subject_time_idx" ON "OutboxEvent"("subject", "time");

-- AddForeignKey
ALTER TABLE "PipelineJob" ADD CONSTRAINT "PipelineJob_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadLetter" ADD CONSTRAINT "DeadLetter_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
