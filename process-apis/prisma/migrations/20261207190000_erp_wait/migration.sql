-- An order whose step cannot run because the ERP (or the system tier before it) is unavailable
-- waits for it without using up its attempts: its job is in state 'waiting' since "waitingSince".

-- AlterTable
ALTER TABLE "PipelineJob" ADD COLUMN "waitingSince" TIMESTAMP(3);
