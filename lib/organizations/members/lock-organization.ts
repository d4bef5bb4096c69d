import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Serialises changes to one organisation's owners: two owners demoting or removing each
 * other at the same moment would both see "another owner is left" and leave none. The
 * second transaction waits here for the first, then sees its result.
 */
export async function lockOrganization(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
}
