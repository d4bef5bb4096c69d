import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";
import { createPartnership, createPartnerUser, createUser } from "./factories";

/** A partnership with a member on each side, plus the viewers the services take. */
export async function createPartnershipWithMembers(db: Database, phase: PartnershipPhase = "MONITORING") {
  const company = await createPartnerUser(db, "COMPANY");
  const nonprofit = await createPartnerUser(db, "NONPROFIT");
  const partnership = await createPartnership(db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id }, phase);
  const companyViewer: PartnershipViewer = { kind: "partner", userId: company.user.id, organizationId: company.organization.id };
  const nonprofitViewer: PartnershipViewer = { kind: "partner", userId: nonprofit.user.id, organizationId: nonprofit.organization.id };
  return { partnership, company, nonprofit, companyViewer, nonprofitViewer };
}

/** A partner of an organisation that takes no part in the partnership. */
export async function createOutsider(db: Database): Promise<PartnershipViewer> {
  const other = await createPartnerUser(db, "COMPANY");
  return { kind: "partner", userId: other.user.id, organizationId: other.organization.id };
}

export async function createStaffViewer(db: Database): Promise<PartnershipViewer & { kind: "staff" }> {
  const staff = await createUser(db, { role: "STAFF" });
  return { kind: "staff", userId: staff.id, role: "STAFF" };
}

/** An agreement accepted by the given sides, on its current revision. */
export async function signAgreement(db: Database, partnershipId: string, sides: ("COMPANY" | "NONPROFIT")[], options: { revision?: number; cancelled?: boolean } = {}) {
  const day = new Date("2026-01-10T00:00:00Z");
  const agreement = await db.agreement.create({
    data: {
      partnershipId,
      revision: options.revision ?? 1,
      objectives: "Obiettivi",
      startsOn: day,
      endsOn: day,
      responsibilities: "Responsabilità",
      communicationRules: "Regole",
      logoUse: "Logo",
      indicatorsText: "Indicatori",
      dataProtection: "Dati",
      termination: "Recesso",
    },
    select: { id: true },
  });
  for (const side of sides) {
    await db.agreementAcceptance.create({
      data: {
        agreementId: agreement.id,
        revision: 1,
        side,
        signerName: "Firmatario",
        signerRole: "Legale rappresentante",
        ipAddress: "127.0.0.1",
        cancelledAt: options.cancelled ? new Date() : null,
      },
    });
  }
  return agreement;
}

export const EVALUATION = {
  goalAchievement: 4,
  relationship: 5,
  csvSupport: 4,
  wouldRenew: "yes" as const,
  results: "Abbiamo sostituito tutti gli infissi del centro.",
  lessons: "Coinvolgere prima i volontari nella scelta dei tempi.",
};
