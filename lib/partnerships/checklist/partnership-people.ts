import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipAccess } from "../access/partnership-viewer";

type Reader = Pick<Prisma.TransactionClient, "user">;

/** Someone a checklist item can be assigned to: a member of either organisation, or CSV staff. */
export type PartnershipPerson = { id: string; name: string; affiliation: "COMPANY" | "NONPROFIT" | "STAFF" };

/** The people of a partnership (enabled accounts only), staff last, by name. */
export async function listPartnershipPeople(db: Reader, access: PartnershipAccess): Promise<PartnershipPerson[]> {
  const users = await db.user.findMany({
    where: {
      disabled: false,
      OR: [
        { role: { in: ["STAFF", "ADMIN"] } },
        { role: "PARTNER", memberships: { some: { organizationId: { in: [access.companyId, access.nonprofitId] } } } },
      ],
    },
    select: { id: true, name: true, role: true, memberships: { where: { organizationId: { in: [access.companyId, access.nonprofitId] } }, select: { organizationId: true } } },
    orderBy: { name: "asc" },
  });
  const order = { COMPANY: 0, NONPROFIT: 1, STAFF: 2 } as const;
  return users
    .map((user): PartnershipPerson => ({
      id: user.id,
      name: user.name,
      affiliation: user.role !== "PARTNER" ? "STAFF" : user.memberships.some((m) => m.organizationId === access.companyId) ? "COMPANY" : "NONPROFIT",
    }))
    .sort((a, b) => order[a.affiliation] - order[b.affiliation]);
}

/** Whether a user belongs to this partnership (one of its two organisations, or staff). */
export async function isPartnershipPerson(db: Reader, access: PartnershipAccess, userId: string): Promise<boolean> {
  const match = await db.user.findFirst({
    where: {
      id: userId,
      disabled: false,
      OR: [
        { role: { in: ["STAFF", "ADMIN"] } },
        { role: "PARTNER", memberships: { some: { organizationId: { in: [access.companyId, access.nonprofitId] } } } },
      ],
    },
    select: { id: true },
  });
  return match !== null;
}
