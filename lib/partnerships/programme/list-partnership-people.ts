import type { Database } from "@/lib/db/client";
import type { PartySide } from "@/lib/generated/prisma/enums";
import type { PartnershipAccess } from "../access/partnership-viewer";

type Reader = Pick<Database, "user">;

/** Someone who may own an activity: a member of either organisation, or CSV staff (side null). */
export type PartnershipPerson = { id: string; name: string; side: PartySide | null };

/** The people of a partnership, for owner choices and for checking one. Names only: no e-mails. */
export async function listPartnershipPeople(db: Reader, access: Pick<PartnershipAccess, "companyId" | "nonprofitId">): Promise<PartnershipPerson[]> {
  const users = await db.user.findMany({
    where: {
      disabled: false,
      OR: [{ memberships: { some: { organizationId: { in: [access.companyId, access.nonprofitId] } } } }, { role: { in: ["STAFF", "ADMIN"] } }],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, memberships: { where: { organizationId: { in: [access.companyId, access.nonprofitId] } }, select: { organizationId: true } } },
  });
  return users.map((user) => {
    const organizationId = user.memberships[0]?.organizationId;
    const side: PartySide | null = organizationId === access.companyId ? "COMPANY" : organizationId === access.nonprofitId ? "NONPROFIT" : null;
    return { id: user.id, name: user.name, side };
  });
}
