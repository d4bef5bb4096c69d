-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('MESSAGES', 'PHASE_CHANGES', 'DEADLINES', 'APPROVALS', 'INTRODUCTIONS');

-- CreateEnum
CREATE TYPE "EmailDelivery" AS ENUM ('IMMEDIATE', 'DIGEST', 'NEVER');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "digestId" TEXT,
ADD COLUMN     "digestPending" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "delivery" "EmailDelivery" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "EmailDigest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailDigest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmailDigest_userId_day_key" ON "EmailDigest"("userId", "day");

-- CreateIndex
CREATE INDEX "Notification_digestPending_userId_idx" ON "Notification"("digestPending", "userId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "EmailDigest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailDigest" ADD CONSTRAINT "EmailDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
