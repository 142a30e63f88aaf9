-- AlterTable
ALTER TABLE "OutboundDocument" ADD COLUMN     "acknowledgedAt" TIMESTAMP(3),
ADD COLUMN     "acknowledgedBy" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'sent';
