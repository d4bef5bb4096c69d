import type { PartnerActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Database | Prisma.TransactionClient;

/**
 * The caller must be an owner of the organisation it acts for, as the database says now
 * (not as the page it came from said): a member demoted a second ago is refused.
 *
 * @throws ForbiddenError "ownersOnly"
 */
export async function assertOwner(db: Reader, actor: PartnerActor): Promise<void> {
  const own = await db.membership.findUnique({
    where: { userId_organizationId: { userId: actor.user.id, organizationId: actor.organization.id } },
    select: { role: true },
  });
  if (own?.role !== "OWNER") throw new ForbiddenError("ownersOnly");
}
