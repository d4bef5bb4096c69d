import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { PartnerActor } from "@/lib/auth/actors";
import { findOwnOrganization } from "@/lib/organizations/find-own-organization";

/**
 * "Non mi interessa": the organisation is not suggested to the actor's organisation again.
 * Dismissing twice is harmless. Only organisations the actor could see can be dismissed.
 */
export async function dismissSuggestion(
  db: Database,
  actor: PartnerActor,
  input: { organizationId: string },
): Promise<void> {
  const own = await findOwnOrganization(db, actor);
  const otherKind: OrganizationKind = own.kind === "COMPANY" ? "NONPROFIT" : "COMPANY";
  const target = await db.organization.findFirst({
    where: { id: input.organizationId, kind: otherKind, status: "ACTIVE" },
    select: { id: true },
  });
  if (!target) throw new NotFoundError("Organisation not found.");
  await db.dismissedSuggestion.upsert({
    where: { organizationId_dismissedOrganizationId: { organizationId: own.id, dismissedOrganizationId: target.id } },
    create: { organizationId: own.id, dismissedOrganizationId: target.id },
    update: {},
  });
}
