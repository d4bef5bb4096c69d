-- CreateTable
CREATE TABLE "ProgrammeSetting" (
    "id" TEXT NOT NULL DEFAULT 'programme',
    "volunteerHourValueCents" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeSetting_pkey" PRIMARY KEY ("id")
);
