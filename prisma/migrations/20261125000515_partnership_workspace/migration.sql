-- CreateEnum
CREATE TYPE "PartySide" AS ENUM ('COMPANY', 'NONPROFIT');

-- CreateEnum
CREATE TYPE "ContributionKind" AS ENUM ('MONEY', 'VOLUNTEER_HOURS', 'SKILLS', 'GOODS', 'SPACES', 'SERVICES', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('ACTIVITY', 'MILESTONE');

-- CreateEnum
CREATE TYPE "CommunicationChannel" AS ENUM ('WEBSITE', 'SOCIAL', 'PRESS', 'NEWSLETTER', 'EVENT', 'REPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "CommunicationStatus" AS ENUM ('PLANNED', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('INCREASE', 'DECREASE');

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "companyExpectations" TEXT,
ADD COLUMN     "inactivityRemindedAt" TIMESTAMP(3),
ADD COLUMN     "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "nonprofitExpectations" TEXT,
ADD COLUMN     "renewedFromId" TEXT,
ADD COLUMN     "roles" TEXT;

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "phase" "PartnershipPhase" NOT NULL,
    "templateKey" TEXT,
    "text" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "assigneeId" TEXT,
    "dueDate" DATE,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "createdById" TEXT,
    "overdueRemindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlannedContribution" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "side" "PartySide" NOT NULL,
    "kind" "ContributionKind" NOT NULL,
    "description" TEXT NOT NULL,
    "valueCents" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlannedContribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveredContribution" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "side" "PartySide" NOT NULL,
    "kind" "ContributionKind" NOT NULL,
    "description" TEXT NOT NULL,
    "deliveredOn" DATE NOT NULL,
    "hours" DECIMAL(10,2),
    "valueCents" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveredContribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "objectives" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "responsibilities" TEXT NOT NULL,
    "communicationRules" TEXT NOT NULL,
    "logoUse" TEXT NOT NULL,
    "indicatorsText" TEXT NOT NULL,
    "dataProtection" TEXT NOT NULL,
    "termination" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementAcceptance" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "side" "PartySide" NOT NULL,
    "userId" TEXT,
    "signerName" TEXT NOT NULL,
    "signerRole" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "AgreementAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL DEFAULT 'ACTIVITY',
    "title" TEXT NOT NULL,
    "description" TEXT,
    "startsOn" DATE,
    "dueOn" DATE NOT NULL,
    "ownerId" TEXT,
    "ownerSide" "PartySide",
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationItem" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "channel" "CommunicationChannel" NOT NULL,
    "title" TEXT NOT NULL,
    "plannedOn" DATE NOT NULL,
    "status" "CommunicationStatus" NOT NULL DEFAULT 'PLANNED',
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunicationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "baseline" DECIMAL(14,2) NOT NULL,
    "target" DECIMAL(14,2),
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'INCREASE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "measuredOn" DATE NOT NULL,
    "note" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "phase" "PartnershipPhase" NOT NULL,
    "side" "PartySide" NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rating" INTEGER,
    "comment" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "remindedAt" TIMESTAMP(3),

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinalEvaluation" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "side" "PartySide" NOT NULL,
    "goalAchievement" INTEGER NOT NULL,
    "relationship" INTEGER NOT NULL,
    "csvSupport" INTEGER NOT NULL,
    "wouldRenew" BOOLEAN NOT NULL,
    "results" TEXT NOT NULL,
    "lessons" TEXT NOT NULL,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FinalEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipMessage" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnershipMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffNote" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardColumnSetting" (
    "column" TEXT NOT NULL,
    "softLimit" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoardColumnSetting_pkey" PRIMARY KEY ("column")
);

-- CreateIndex
CREATE INDEX "ChecklistItem_partnershipId_phase_idx" ON "ChecklistItem"("partnershipId", "phase");

-- CreateIndex
CREATE INDEX "ChecklistItem_dueDate_doneAt_idx" ON "ChecklistItem"("dueDate", "doneAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_partnershipId_phase_templateKey_key" ON "ChecklistItem"("partnershipId", "phase", "templateKey");

-- CreateIndex
CREATE INDEX "PlannedContribution_partnershipId_idx" ON "PlannedContribution"("partnershipId");

-- CreateIndex
CREATE INDEX "DeliveredContribution_partnershipId_deliveredOn_idx" ON "DeliveredContribution"("partnershipId", "deliveredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_partnershipId_key" ON "Agreement"("partnershipId");

-- CreateIndex
CREATE INDEX "AgreementAcceptance_agreementId_revision_idx" ON "AgreementAcceptance"("agreementId", "revision");

-- CreateIndex
CREATE INDEX "Activity_partnershipId_dueOn_idx" ON "Activity"("partnershipId", "dueOn");

-- CreateIndex
CREATE INDEX "CommunicationItem_partnershipId_plannedOn_idx" ON "CommunicationItem"("partnershipId", "plannedOn");

-- CreateIndex
CREATE INDEX "Indicator_partnershipId_idx" ON "Indicator"("partnershipId");

-- CreateIndex
CREATE INDEX "Measurement_indicatorId_measuredOn_idx" ON "Measurement"("indicatorId", "measuredOn");

-- CreateIndex
CREATE INDEX "CheckIn_partnershipId_requestedAt_idx" ON "CheckIn"("partnershipId", "requestedAt");

-- CreateIndex
CREATE INDEX "CheckIn_answeredAt_requestedAt_idx" ON "CheckIn"("answeredAt", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FinalEvaluation_partnershipId_side_key" ON "FinalEvaluation"("partnershipId", "side");

-- CreateIndex
CREATE INDEX "PartnershipMessage_partnershipId_createdAt_idx" ON "PartnershipMessage"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "StaffNote_partnershipId_createdAt_idx" ON "StaffNote"("partnershipId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_renewedFromId_key" ON "Partnership"("renewedFromId");

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_renewedFromId_fkey" FOREIGN KEY ("renewedFromId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedContribution" ADD CONSTRAINT "PlannedContribution_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveredContribution" ADD CONSTRAINT "DeliveredContribution_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationItem" ADD CONSTRAINT "CommunicationItem_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalEvaluation" ADD CONSTRAINT "FinalEvaluation_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalEvaluation" ADD CONSTRAINT "FinalEvaluation_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipMessage" ADD CONSTRAINT "PartnershipMessage_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipMessage" ADD CONSTRAINT "PartnershipMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffNote" ADD CONSTRAINT "StaffNote_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffNote" ADD CONSTRAINT "StaffNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
