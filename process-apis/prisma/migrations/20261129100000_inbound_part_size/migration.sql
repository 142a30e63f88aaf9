-- AlterTable: the parts stored before get their size from their bytes, once.
ALTER TABLE "InboundDocumentPart" ADD COLUMN     "sizeBytes" INTEGER;
UPDATE "InboundDocumentPart" SET "sizeBytes" = octet_length("body");
ALTER TABLE "InboundDocumentPart" ALTER COLUMN "sizeBytes" SET NOT NULL;
