import type { Database } from "@/lib/db/client";
import type { CommunicationChannel, CommunicationStatus, PartySide } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { dateToDay } from "@/lib/dates/rome-calendar";
import { storyHash } from "./story-hash";

export type CommunicationItemView = { id: string; channel: CommunicationChannel; title: string; plannedOn: string; status: CommunicationStatus; link: string | null };

export type PublicStoryView = {
  text: string | null;
  /** What the approve form sends back: approving is refused if the text changed meanwhile. */
  hash: string | null;
  approvedByCompanyAt: Date | null;
  approvedByNonprofitAt: Date | null;
  /** On the landing page now: both parties approved this very text. */
  visible: boolean;
};

export type CommunicationView = {
  items: CommunicationItemView[];
  story: PublicStoryView;
  side: PartySide | null;
  /** The plan takes changes while the partnership is open; the story also once completed. */
  canEditPlan: boolean;
  canEditStory: boolean;
};

/** The communication tab: the plan by date and the joint public story with its approvals. */
export async function getCommunication(db: Database, viewer: PartnershipViewer, input: { partnershipId: string }): Promise<CommunicationView> {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  const [items, partnership] = await Promise.all([
    db.communicationItem.findMany({
      where: { partnershipId: access.partnershipId },
      orderBy: [{ plannedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, channel: true, title: true, plannedOn: true, status: true, link: true },
    }),
    db.partnership.findUniqueOrThrow({
      where: { id: access.partnershipId },
      select: { publicStory: true, storyApprovedByCompanyAt: true, storyApprovedByNonprofitAt: true },
    }),
  ]);
  const text = partnership.publicStory;
  return {
    items: items.map((item) => ({ ...item, plannedOn: dateToDay(item.plannedOn) })),
    story: {
      text,
      hash: text === null ? null : storyHash(text),
      approvedByCompanyAt: partnership.storyApprovedByCompanyAt,
      approvedByNonprofitAt: partnership.storyApprovedByNonprofitAt,
      visible: text !== null && partnership.storyApprovedByCompanyAt !== null && partnership.storyApprovedByNonprofitAt !== null,
    },
    side: access.side,
    canEditPlan: !access.closed,
    canEditStory: !access.closed || access.phase === "COMPLETED",
  };
}
