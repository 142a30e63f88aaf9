-- Each running pipeline worker registers here, with the PostgreSQL backend of a connection it keeps
-- and a heartbeat, and each claimed job names its worker: a worker known to be gone (heartbeat
-- stale, or backend gone) has its jobs reclaimed within seconds instead of at the end of the lease
-- (see process-apis/src/pipeline/worker-registry.ts).

-- AlterTable
ALTER TABLE "PipelineJob" ADD COLUMN     "leasedBy" TEXT;

-- CreateTable
CREATE TABLE "PipelineWorker" (
    "id" TEXT NOT NULL,
    "backendPid" INTEGER NOT NULL,
    "backendStart" TIMESTAMPTZ(6) NOT NULL,
    "startedAt" TIMESTAMPTZ(6) NOT NULL,
    "heartbeatAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "PipelineWorker_pkey" PRIMARY KEY ("id")
);
