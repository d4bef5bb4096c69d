import type { Database } from "@/lib/db/client";
import { BLOCKING_INTEREST_STATUSES, OPEN_PARTNERSHIP_PHASES } from "@/lib/interests/interest-rules";

export type Exposure = {
  /** Pending interests plus open partnerships of every organisation: busy ones score a little lower. */
  exposure: Map<string, number>;
  /** Organisations the reader already has a pending, accepted or declined interest or an open partnership with. */
  engaged: Set<string>;
};

/**
 * What the score of a pair depends on beyond the two questionnaires, read once per page:
 * the suggestions page and the directory use it alike, so both show the same score.
 */
export async function readExposure(db: Database, ownId: string): Promise<Exposure> {
  const [interests, partnerships] = await Promise.all([
    // Every pending interest (for exposure) and every blocking one of the reader.
    db.interest.findMany({
      where: {
        OR: [
          { status: "PENDING" },
          {
            status: { in: [...BLOCKING_INTEREST_STATUSES] },
            OR: [{ fromOrganizationId: ownId }, { toOrganizationId: ownId }],
          },
        ],
      },
      select: { fromOrganizationId: true, toOrganizationId: true, status: true },
    }),
    db.partnership.findMany({
      where: { phase: { in: [...OPEN_PARTNERSHIP_PHASES] } },
      select: { companyId: true, nonprofitId: true },
    }),
  ]);
  const engaged = new Set<string>();
  const exposure = new Map<string, number>();
  const count = (id: string) => exposure.set(id, (exposure.get(id) ?? 0) + 1);
  for (const interest of interests) {
    if (interest.fromOrganizationId === ownId) engaged.add(interest.toOrganizationId);
    if (interest.toOrganizationId === ownId) engaged.add(interest.fromOrganizationId);
    if (interest.status === "PENDING") {
      count(interest.fromOrganizationId);
      count(interest.toOrganizationId);
    }
  }
  for (const partnership of partnerships) {
    if (partnership.companyId === ownId) engaged.add(partnership.nonprofitId);
    if (partnership.nonprofitId === ownId) engaged.add(partnership.companyId);
    count(partnership.companyId);
    count(partnership.nonprofitId);
  }
  return { exposure, engaged };
}
