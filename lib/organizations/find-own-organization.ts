import type { PartnerActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Pick<Database, "organization"> | Prisma.TransactionClient;

/**
 * The caller's own organisation as it is now, with its questionnaire. The query asks for a
 * membership of the caller, so an organisation id that is not the caller's matches no row.
 */
export async function findOwnOrganization(db: Reader, actor: PartnerActor) {
  const organization = await db.organization.findFirst({
    where: { id: actor.organization.id, memberships: { some: { userId: actor.user.id } } },
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      comune: true,
      reviewNote: true,
      profile: { select: { data: true, step: true, submittedAt: true } },
    },
  });
  if (!organization) throw new NotFoundError("Organisation not found.");
  return organization;
}
