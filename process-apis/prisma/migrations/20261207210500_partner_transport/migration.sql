-- How a trading partner's documents travel (AS2, SFTP, VAN, API, webhook), as recorded for the people running the link
ALTER TABLE "TradingPartner" ADD COLUMN "transport" JSONB;
