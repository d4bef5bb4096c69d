import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";
import { createPartnership, createPartnerUser, createUser } from "./factories";

/** Two partners (one per side, each with its own organisation), a staff member, and their partnership. */
export async function createAgreementScene(db: Database, phase: PartnershipPhase = "AGREEMENT") {
  const company = await createPartnerUser(db, "COMPANY");
  const nonprofit = await createPartnerUser(db, "NONPROFIT");
  const staff = await createUser(db, { role: "STAFF" });
  const partnership = await createPartnership(db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id }, phase);
  await db.partnership.update({ where: { id: partnership.id }, data: { staffOwnerId: staff.id } });
  const asCompany: PartnershipViewer = { kind: "partner", userId: company.user.id, organizationId: company.organization.id };
  const asNonprofit: PartnershipViewer = { kind: "partner", userId: nonprofit.user.id, organizationId: nonprofit.organization.id };
  const asStaff: PartnershipViewer = { kind: "staff", userId: staff.id, role: "STAFF" };
  return { company, nonprofit, staff, partnership, asCompany, asNonprofit, asStaff };
}

/** A partner of an organisation that has nothing to do with the scene's partnership. */
export async function createStranger(db: Database): Promise<PartnershipViewer> {
  const stranger = await createPartnerUser(db, "COMPANY");
  return { kind: "partner", userId: stranger.user.id, organizationId: stranger.organization.id };
}
