import type { Database } from "@/lib/db/client";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";

/** Where an author speaks from: one of the two organisations, CSV staff, or unknown (a deleted account). */
export type MessageAuthor = { name: string; affiliation: "COMPANY" | "NONPROFIT" | "STAFF"; organizationName: string | null } | null;

export type PartnershipMessageView = { id: string; body: string; createdAt: Date; author: MessageAuthor; mine: boolean };

/** The thread between the two parties and staff, oldest first (newest last, as a conversation reads). */
export async function listPartnershipMessages(db: Database, viewer: PartnershipViewer, input: { partnershipId: string }): Promise<PartnershipMessageView[]> {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  const organizations = [access.companyId, access.nonprofitId];
  const rows = await db.partnershipMessage.findMany({
    where: { partnershipId: access.partnershipId },
    select: {
      id: true,
      body: true,
      createdAt: true,
      authorId: true,
      author: {
        select: {
          name: true,
          role: true,
          memberships: { where: { organizationId: { in: organizations } }, select: { organizationId: true, organization: { select: { name: true } } } },
        },
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => {
    const membership = row.author?.memberships[0];
    const author: MessageAuthor = !row.author
      ? null
      : row.author.role !== "PARTNER"
        ? { name: row.author.name, affiliation: "STAFF", organizationName: null }
        : {
            name: row.author.name,
            affiliation: membership?.organizationId === access.companyId ? "COMPANY" : "NONPROFIT",
            organizationName: membership?.organization.name ?? null,
          };
    return { id: row.id, body: row.body, createdAt: row.createdAt, author, mine: row.authorId === viewer.userId };
  });
}
