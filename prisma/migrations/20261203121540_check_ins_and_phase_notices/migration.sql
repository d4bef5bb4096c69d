-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "dismissReason" TEXT,
ADD COLUMN     "dismissedAt" TIMESTAMP(3),
ADD COLUMN     "dismissedById" TEXT,
ADD COLUMN     "moveId" TEXT,
ADD COLUMN     "supersededAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PhaseChangeNotice" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "moveId" TEXT NOT NULL,
    "toPhase" "PartnershipPhase" NOT NULL,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhaseChangeNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PhaseChangeNotice_moveId_key" ON "PhaseChangeNotice"("moveId");

-- CreateIndex
CREATE INDEX "PhaseChangeNotice_notBefore_idx" ON "PhaseChangeNotice"("notBefore");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseChangeNotice" ADD CONSTRAINT "PhaseChangeNotice_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing piles of unanswered check-ins: only the newest of each side stays open, and none
-- stays open on a closed partnership (its final evaluation covers it).
UPDATE "CheckIn" AS c SET "supersededAt" = CURRENT_TIMESTAMP
 WHERE c."answeredAt" IS NULL
   AND (EXISTS (SELECT 1 FROM "CheckIn" AS newer
                 WHERE newer."partnershipId" = c."partnershipId" AND newer."side" = c."side"
                   AND newer."answeredAt" IS NULL
                   AND (newer."requestedAt" > c."requestedAt" OR (newer."requestedAt" = c."requestedAt" AND newer."id" > c."id")))
     OR EXISTS (SELECT 1 FROM "Partnership" AS p
                 WHERE p."id" = c."partnershipId" AND p."phase" IN ('COMPLETED', 'DISCONTINUED')));
