import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";
import { addDays, todayInRome } from "@/lib/dates/rome-calendar";
import { createPartnership, createPartnerUser, createUser } from "./factories";

/**
 * A partnership with a member on each side, a CSV staff member and a stranger (a partner
 * of another organisation), as the viewers the services take.
 */
export async function createPartnershipCast(db: Database, phase: PartnershipPhase = "MANAGEMENT") {
  const [company, nonprofit, stranger, staffUser] = await Promise.all([
    createPartnerUser(db, "COMPANY"),
    createPartnerUser(db, "NONPROFIT"),
    createPartnerUser(db, "NONPROFIT"),
    createUser(db, { role: "STAFF" }),
  ]);
  const partnership = await createPartnership(db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id }, phase);
  const partner = (member: typeof company): PartnershipViewer => ({ kind: "partner", userId: member.user.id, organizationId: member.organization.id });
  return {
    partnership,
    company,
    nonprofit,
    viewers: {
      company: partner(company),
      nonprofit: partner(nonprofit),
      stranger: partner(stranger),
      staff: { kind: "staff", userId: staffUser.id, role: "STAFF" } as PartnershipViewer,
    },
  };
}

/** A calendar day `days` from today in Italy (negative: in the past), "YYYY-MM-DD". */
export function dayFromToday(days: number): string {
  return addDays(todayInRome(), days);
}
