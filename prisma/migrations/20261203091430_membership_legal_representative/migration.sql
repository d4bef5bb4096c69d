-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "isLegalRepresentative" BOOLEAN NOT NULL DEFAULT true;
