-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "publicStory" TEXT,
ADD COLUMN     "storyApprovedByCompanyAt" TIMESTAMP(3),
ADD COLUMN     "storyApprovedByNonprofitAt" TIMESTAMP(3);
