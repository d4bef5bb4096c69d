import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";
import { createPartnership, createPartnerUser, createUser } from "./factories";

/**
 * A partnership with a member on each side, a CSV staff member, and a partner of an
 * unrelated organisation (who must see nothing of it), each as a PartnershipViewer.
 */
export async function createCollabScene(db: Database, phase: PartnershipPhase = "NEGOTIATION") {
  const company = await createPartnerUser(db, "COMPANY");
  const nonprofit = await createPartnerUser(db, "NONPROFIT");
  const outsider = await createPartnerUser(db, "COMPANY");
  const staffUser = await createUser(db, { role: "STAFF" });
  const partnership = await createPartnership(db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id }, phase, { checklist: true });
  const asPartner = (member: { user: { id: string }; organization: { id: string } }): PartnershipViewer => ({
    kind: "partner",
    userId: member.user.id,
    organizationId: member.organization.id,
  });
  return {
    partnership,
    company,
    nonprofit,
    outsider,
    staffUser,
    viewers: {
      company: asPartner(company),
      nonprofit: asPartner(nonprofit),
      outsider: asPartner(outsider),
      staff: { kind: "staff", userId: staffUser.id, role: "STAFF" } as PartnershipViewer,
    },
  };
}
