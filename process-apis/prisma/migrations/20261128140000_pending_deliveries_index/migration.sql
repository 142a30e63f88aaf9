-- CreateIndex
CREATE INDEX "EventDelivery_pending_subject_position_idx" ON "EventDelivery"("subscriptionId", "subject", "position") WHERE ("state" = 'pending');
