import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Database | Prisma.TransactionClient;

/**
 * Whether `userId` is an owner of the organisation and no other owner is left: such a
 * person may not leave, be removed, be demoted or delete their account until they hand
 * over ownership, or the organisation would have nobody to manage it.
 * Disabled accounts do not count as owners: they cannot sign in to manage anything.
 */
export async function isLastOwner(db: Reader, userId: string, organizationId: string): Promise<boolean> {
  const owners = await db.membership.findMany({
    where: { organizationId, role: "OWNER", user: { disabled: false } },
    select: { userId: true },
    take: 2,
  });
  return owners.length === 1 && owners[0]!.userId === userId;
}
