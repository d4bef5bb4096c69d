import type { PartnerActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** The caller's own organisation's contact details (scoped to its membership). */
export async function getContactDetails(db: Database, actor: PartnerActor) {
  const organization = await db.organization.findFirst({
    where: { id: actor.organization.id, memberships: { some: { userId: actor.user.id } } },
    select: { contactName: true, contactEmail: true, contactPhone: true, website: true },
  });
  if (!organization) throw new NotFoundError("Organisation not found.");
  return {
    contactName: organization.contactName ?? "",
    contactEmail: organization.contactEmail ?? "",
    contactPhone: organization.contactPhone ?? "",
    website: organization.website ?? "",
  };
}
