-- AlterTable
ALTER TABLE "OutboxEvent" ADD COLUMN     "position" BIGSERIAL NOT NULL,
ADD COLUMN     "txid" xid8 DEFAULT pg_current_xact_id();

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "eventTypes" TEXT[],
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "startPosition" BIGINT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventDelivery" (
    "id" BIGSERIAL NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leasedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "lastStatus" INTEGER,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventCursor" (
    "name" TEXT NOT NULL,
    "position" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "EventCursor_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "EventDelivery_state_runAt_idx" ON "EventDelivery"("state", "runAt");

-- CreateIndex
CREATE INDEX "EventDelivery_subscriptionId_subject_position_idx" ON "EventDelivery"("subscriptionId", "subject", "position");

-- CreateIndex
CREATE UNIQUE INDEX "EventDelivery_subscriptionId_eventId_key" ON "EventDelivery"("subscriptionId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_position_key" ON "OutboxEvent"("position");

-- CreateIndex
CREATE INDEX "OutboxEvent_type_position_idx" ON "OutboxEvent"("type", "position");

-- AddForeignKey
ALTER TABLE "EventDelivery" ADD CONSTRAINT "EventDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The readers' cursors: fan-outs lock theirs, so they take turns.
INSERT INTO "EventCursor" ("name") VALUES ('deliveries'), ('system-inventory');
