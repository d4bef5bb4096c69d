import { recordAudit } from "@/lib/audit/record-audit";
import type { PartnerActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { ContactDetailsInput } from "./contact-details-schema";

/**
 * Updates the contact details a partner shares after a mutual yes. Only the caller's own
 * organisation: the update is scoped to a membership of the caller, so another
 * organisation's id matches no row.
 */
export async function updateContactDetails(db: Database, actor: PartnerActor, input: ContactDetailsInput): Promise<void> {
  const data = {
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone || null,
    website: input.website || null,
  };
  await db.$transaction(async (tx) => {
    const before = await tx.organization.findFirst({
      where: { id: actor.organization.id, memberships: { some: { userId: actor.user.id } } },
      select: { id: true, contactName: true, contactEmail: true, contactPhone: true, website: true },
    });
    if (!before) throw new NotFoundError("Organisation not found.");
    await tx.organization.update({ where: { id: before.id }, data });
    const { id, ...previous } = before;
    await recordAudit(tx, { actorId: actor.user.id, action: "organization.update-contacts", targetType: "Organization", targetId: id, before: previous, after: data });
  });
}
