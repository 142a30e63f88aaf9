-- AlterTable
ALTER TABLE "TradingPartner" ALTER COLUMN "allowBackorders" DROP NOT NULL,
ALTER COLUMN "allowBackorders" DROP DEFAULT;
