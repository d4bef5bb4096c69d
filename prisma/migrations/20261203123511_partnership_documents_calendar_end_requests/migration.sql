-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('AGREEMENT_SCAN', 'PHOTO', 'INVOICE', 'REPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "EndRequestIntent" AS ENUM ('COMPLETE', 'DISCONTINUE');

-- CreateEnum
CREATE TYPE "EndRequestStatus" AS ENUM ('OPEN', 'WITHDRAWN', 'CONFIRMED', 'DISCUSS');

-- CreateTable
CREATE TABLE "PartnershipDocument" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "description" TEXT,
    "phase" "PartnershipPhase" NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "staffOnly" BOOLEAN NOT NULL DEFAULT false,
    "inStory" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" TEXT,
    "uploaderSide" "PartySide",
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnershipDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "PartnershipEndRequest" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "side" "PartySide" NOT NULL,
    "intent" "EndRequestIntent" NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "EndRequestStatus" NOT NULL DEFAULT 'OPEN',
    "requestedById" TEXT,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnershipEndRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnershipDocument_storageKey_key" ON "PartnershipDocument"("storageKey");

-- CreateIndex
CREATE INDEX "PartnershipDocument_partnershipId_createdAt_idx" ON "PartnershipDocument"("partnershipId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- CreateIndex
CREATE INDEX "PartnershipEndRequest_partnershipId_createdAt_idx" ON "PartnershipEndRequest"("partnershipId", "createdAt");

-- AddForeignKey
ALTER TABLE "PartnershipDocument" ADD CONSTRAINT "PartnershipDocument_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipDocument" ADD CONSTRAINT "PartnershipDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipEndRequest" ADD CONSTRAINT "PartnershipEndRequest_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipEndRequest" ADD CONSTRAINT "PartnershipEndRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
