-- AlterEnum
ALTER TYPE "EmailTokenPurpose" ADD VALUE 'CHANGE_EMAIL';

-- AlterTable
ALTER TABLE "EmailToken" ADD COLUMN     "newEmail" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closureRequestedAt" TIMESTAMP(3),
ADD COLUMN     "closureRequestedById" TEXT,
ADD COLUMN     "erasedAt" TIMESTAMP(3);
