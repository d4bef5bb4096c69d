import type { Database } from "@/lib/db/client";

export type ShowcasedPartnership = {
  id: string;
  title: string;
  story: string;
  company: { name: string; comune: string };
  nonprofit: { name: string; comune: string };
  /** Photos attached to the story (served by /showcase/photos/<id>). */
  photos: { id: string; description: string | null }[];
};

/**
 * The partnerships on the public landing page: only those whose public story both
 * parties approved (an edit of the story clears the approvals, see schema.prisma).
 * Public data only: names, comuni, title and the approved story.
 */
export async function listShowcasedPartnerships(db: Database, limit = 6): Promise<ShowcasedPartnership[]> {
  const rows = await db.partnership.findMany({
    where: {
      publicStory: { not: null },
      storyApprovedByCompanyAt: { not: null },
      storyApprovedByNonprofitAt: { not: null },
    },
    orderBy: [{ storyApprovedByNonprofitAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      publicStory: true,
      company: { select: { name: true, comune: true } },
      nonprofit: { select: { name: true, comune: true } },
      documents: { where: { inStory: true, staffOnly: false, kind: "PHOTO" }, orderBy: { createdAt: "asc" }, select: { id: true, description: true } },
    },
  });
  return rows.map(({ publicStory, documents, ...partnership }) => ({ ...partnership, story: publicStory ?? "", photos: documents }));
}
