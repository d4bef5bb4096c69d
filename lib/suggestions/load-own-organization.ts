import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { PartnerActor } from "@/lib/interests/actors";

/** The actor's organisation as it is now, with its profile (for matching). */
export async function loadOwnOrganization(db: Database, actor: PartnerActor) {
  const organization = await db.organization.findFirst({
    where: { id: actor.organization.id, memberships: { some: { userId: actor.user.id } } },
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      comune: true,
      profile: { select: { data: true, submittedAt: true } },
    },
  });
  if (!organization) throw new NotFoundError("Organisation not found.");
  return organization;
}
