-- EDIFACT trading partners: their UNB sender and recipient ids, as the x12 column holds ISA ids
ALTER TABLE "TradingPartner" ADD COLUMN "edifact" JSONB;
